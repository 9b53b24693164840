import { describe, expect, it } from 'vitest';
import { runCli } from './testing';

const REMINDER = [
  'simulate', 'examples/appointment-reminder.json', '--trigger', 'outbound',
  '--var', 'patientName=Frau Schneider', '--var', 'appointmentDate=Dienstag um 9:30 Uhr',
  '--var', 'appointmentId=A-17', '--var', 'mobileNumber=+4915112345678',
];

describe('callflow simulate', () => {
  it('prints the conversation of a scripted call from start to hangup', async () => {
    const run = await runCli(...REMINDER, '--say', '1', '--mock', 'confirmAppointment=200:{"ok":true}');
    expect(run.stdout.trim().split('\n')).toEqual([
      '> start outbound from +4930123456789 to +498001234567 (voice)',
      '@ start (start)',
      '@ greeting (say)',
      '< say "Guten Tag, hier ist die automatische Terminerinnerung der Praxis Dr. Weber. Diese Nachricht ist für Frau Schneider." [de-DE]',
      '@ confirmAttendance (ask)',
      '< say "Sie haben am Dienstag um 9:30 Uhr einen Termin bei uns. Können Sie den Termin wahrnehmen? Bitte sagen Sie Ja oder Nein, oder drücken Sie die 1 für Ja und die 2 für Nein." [de-DE]',
      '< gather dtmf+speech 6s expect yesNo',
      '> digits 1',
      '@ attendingOrNot (branch)',
      '@ confirmAppointment (http)',
      '~ success: POST https://praxis-weber.example.de/api/appointments/A-17/confirm → 200',
      '@ confirmed (say)',
      '< say "Vielen Dank, Ihr Termin ist bestätigt. Bitte bringen Sie Ihre Versichertenkarte mit. Wir freuen uns auf Ihren Besuch." [de-DE]',
      '@ smsConfirmed (message)',
      '< message sms to +4915112345678 "Praxis Dr. Weber: Ihr Termin am Dienstag um 9:30 Uhr ist bestätigt. Absagen bitte bis 24 Stunden vorher unter 030 1234567."',
      '@ tagConfirmed (tag)',
      '< tag status confirmed reminder,confirmed',
      '@ goodbye (hangup)',
      '< say "Auf Wiederhören und einen schönen Tag." [de-DE]',
      '< hangup completed',
    ]);
    expect(run.code).toBe(0);
  });

  it('prints the path and outcome with --json, taking the mocked timeout', async () => {
    const run = await runCli(...REMINDER, '--say', '1', '--mock', 'confirmAppointment=timeout', '--json');
    const result = JSON.parse(run.stdout);
    expect(result.path).toEqual([
      'start', 'greeting', 'confirmAttendance', 'attendingOrNot', 'confirmAppointment',
      'notSaved', 'tagFollowUp', 'goodbye',
    ]);
    expect(result).toMatchObject({ ended: true, vars: { attending: true } });
    expect(result.error).toBeUndefined();
    expect(run.code).toBe(0);
  });

  it('says where the flow waits when the script ends too early, and exits 1', async () => {
    const run = await runCli('simulate', 'examples/multilingual-menu.json', '--say', '2');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('< gather dtmf+speech 6s choices 1=outage 2=billing 3=contract 0=switchboard 9=repeat');
    expect(run.stderr.trim()).toBe(
      'examples/multilingual-menu.json: the script does not fit the flow: the script ended while the session waits at mainMenu for the caller (keys, speech or text)',
    );
    expect(run.code).toBe(1);
  });

  it('explains a --var the scenario does not declare, a --mock it cannot read and a --now that is no time', async () => {
    const [unknownVar, badMock, badNow] = await Promise.all([
      runCli(...REMINDER, '--var', 'patient=Anna'),
      runCli(...REMINDER, '--mock', 'confirmAppointment=ok'),
      runCli(...REMINDER, '--now', 'tomorrow'),
    ]);
    expect(unknownVar.stderr).toMatch(/--var "patient=Anna": the scenario declares no variable "patient" \(declared: patientName,/);
    expect(badMock.stderr).toMatch(/--mock "confirmAppointment=ok": "ok" is not <status>:<json>, timeout or error/);
    expect(badNow.stderr).toMatch(/--now "tomorrow" is not an ISO time/);
    expect([unknownVar.code, badMock.code, badNow.code]).toEqual([1, 1, 1]);
  });

  it('refuses a channel it does not know', async () => {
    const run = await runCli('simulate', 'examples/voice-robot.json', '--channel', 'fax');
    expect(run.stderr).toMatch(/argument 'fax' is invalid. Allowed choices are voice, chat, sms/);
    expect(run.code).toBe(1);
  });
});
