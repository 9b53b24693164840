import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RtpPeer } from './test/rtpPeer';
import { patchExample, sipRuntime, type SipRuntime } from './test/runtime';
import { loggedCallId, runSipp, stopSipp } from './test/sipp';
import { sessionIdOf } from './calls';

/**
 * Hold and resume by re-INVITE in the middle of a call. The caller's audio address moves with
 * each offer — first socket, then a hold socket, then a third one (a=sendrecv) — so each phase
 * has its own socket and nothing depends on when a packet arrived.
 */
let server: SipRuntime;

beforeAll(async () => {
  // A short media timeout: a hold must not pass for a caller who vanished (the caller keeps sending throughout).
  server = await sipRuntime({ SIP_MEDIA_TIMEOUT: 1.5 });
  // The queue's hold audio goes on for longer than the whole call, so there is always something to hear.
  await patchExample(server, 'caller-screening', 'serviceQueue', { maxWait: 60 });
  await patchExample(server, 'caller-screening', 'recordingConsent', { optOutWindow: 1 });
});
afterAll(() => server?.stop());

const HOLDS = [
  { name: 'a=sendonly', hold_ip: '127.0.0.1', hold_direction: 'sendonly' },
  { name: 'the old way, c=0.0.0.0 (RFC 3264 §8.4), held longer than the media timeout', hold_ip: '0.0.0.0', hold_direction: 'sendrecv' },
];

describe.concurrent('hold and resume, with sipp', () => {
  it.for(HOLDS)('held with $name: recvonly and no RTP; resumed, the audio goes on at the new port; the session does not notice', { timeout: 40_000 }, async ({ hold_ip, hold_direction }, test) => {
    const [first, held, resumed] = await Promise.all([RtpPeer.open(), RtpPeer.open(), RtpPeer.open()]);
    const sipp = await runSipp({
      scenario: 'hold-and-resume.xml',
      sipPort: server.sipPort,
      service: 'caller-screening',
      rtpPort: first.port,
      keys: { hold_ip, hold_direction, hold_port: String(held.port), resume_port: String(resumed.port) },
    });
    test.onTestFinished(async () => {
      [first, held, resumed].forEach((peer) => peer.close());
      await stopSipp(sipp);
    });
    // Like a phone, the caller keeps sending from its first socket (music on hold while holding).
    void first.startSending();

    const result = await sipp.done;
    expect(result.code, result.logs).toBe(0);
    const port = result.logged.find((l) => l.startsWith('first answer on '))!.slice('first answer on '.length);
    expect(result.logged).toContain(`hold answered a=recvonly on ${port}`);
    expect(result.logged).toContain(`resume answered a=sendrecv on ${port}`);
    expect(result.logged.at(-1)).toBe('bye answered');

    // Audio before the hold, none to the held address, audio again at the resumed one.
    expect(first.received.length).toBeGreaterThan(25);
    expect(held.received).toEqual([]);
    expect(resumed.received.length).toBeGreaterThan(25);
    // One stream throughout: the sequence numbers show nothing was sent anywhere while held, and
    // the resumed audio starts a new talkspurt.
    expect(resumed.received[0]!.seq).toBe((first.received.at(-1)!.seq + 1) & 0xffff);
    expect(resumed.received[0]!.marker).toBe(true);
    for (let i = 1; i < resumed.received.length; i++) expect(resumed.received[i]!.seq).toBe((resumed.received[i - 1]!.seq + 1) & 0xffff);

    // The session went on as if nothing happened, into the queue, and ended with the caller's BYE.
    const callId = loggedCallId(result.logged);
    let record = await server.deps.engine.get(sessionIdOf(callId));
    // The BYE is answered at once; the session hears of it once the queue has let the caller go.
    for (let i = 0; i < 50 && record?.status === 'active'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      record = await server.deps.engine.get(sessionIdOf(callId));
    }
    expect(record?.visits).toEqual(['start', 'blocklist', 'vipList', 'callerCountry', 'useEnglish', 'welcome', 'recordingConsent', 'vipOrNot', 'serviceQueue']);
    expect(record?.status).toBe('ended');
    expect(record?.trace).toContainEqual(expect.objectContaining({ kind: 'event', data: { type: 'hangup' } }));
    expect(server.logs.filter((l) => l.includes(callId) && (l.startsWith('error') || l.includes('no RTP')))).toEqual([]);
  });
});
