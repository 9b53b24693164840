import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { bye, compiled, scenario } from '../test/build';
import { simulate } from './simulate';

describe('callerList node', () => {
  const screen = compiled({
    list: { kind: 'callerList', numbers: ['+4915199999999', '+4990*'], on: { listed: 'blocked', notListed: 'bye' } },
    blocked: { kind: 'hangup', reason: 'blocked' },
    bye,
  });

  it('matches exact numbers and prefixes, ignoring spaces and a 00 prefix', async () => {
    expect((await simulate(screen, [], { caller: '0049 151 99999999' })).endReason).toBe('blocked');
    expect((await simulate(screen, [], { caller: '+499001234' })).endReason).toBe('blocked');
    expect((await simulate(screen, [], { caller: '+4930123' })).endReason).toBe('completed');
  });

  it('asks the host for named lists', async () => {
    const named = compiled({ list: { kind: 'callerList', list: 'vip', on: { listed: 'blocked', notListed: 'bye' } }, blocked: { kind: 'hangup', reason: 'vip' }, bye });
    const run = await simulate(named, [], { providers: { callerListed: (list, n) => list === 'vip' && n === '+4930123456789' } });
    expect(run.endReason).toBe('vip');
  });
});

describe('record node', () => {
  const consent = compiled({
    rec: {
      kind: 'record',
      consent: { 'en-US': 'This call is recorded. Press 9 to object.' },
      optOutKey: '9',
      on: { recording: 'bye', declined: 'bye' },
    },
    bye,
  });

  it('starts recording after the notice when the caller stays silent', async () => {
    const run = await simulate(consent, ['noInput']);
    expect(run.transcript.slice(4, 8)).toEqual([
      '< say "This call is recorded. Press 9 to object." [en-US]',
      '< gather dtmf 5s expect optOut:9',
      '> noInput',
      '< startRecording',
    ]);
  });

  it('does not record when the caller presses the opt-out key', async () => {
    const run = await simulate(consent, ['9']);
    expect(run.transcript).not.toContain('< startRecording');
  });
});

describe('schedule, language, tag and message nodes', () => {
  const hours = compiled(
    {
      hours: {
        kind: 'schedule',
        timezone: 'Europe/Paris',
        hours: { mon: [{ from: '09:00', to: '17:00' }] },
        holidays: [{ date: '12-25' }],
        on: { open: 'french', closed: 'closed' },
      },
      french: { kind: 'language', locale: 'fr-FR', next: 'tag' },
      tag: { kind: 'tag', status: 'served', tags: ['open-hours'], next: 'sms' },
      sms: { kind: 'message', text: { 'en-US': 'Thanks', 'fr-FR': 'Merci {{caller.number}}' }, next: 'bye' },
      closed: { kind: 'hangup', reason: 'closed' },
      bye: { kind: 'hangup', prompt: { 'en-US': 'Bye', 'fr-FR': 'Au revoir' } },
    },
    { locales: ['en-US', 'fr-FR'] },
  );

  it('routes by the clock and speaks the chosen language from then on', async () => {
    const run = await simulate(hours, [], { now: '2026-11-23T09:30:00Z', caller: '+331' });
    expect(run.transcript.slice(4)).toEqual([
      '@ french (language)',
      '< setLocale fr-FR',
      '@ tag (tag)',
      '< tag status served open-hours',
      '@ sms (message)',
      '< message sms to +331 "Merci +331"',
      '@ bye (hangup)',
      '< say "Au revoir" [fr-FR]',
      '< hangup completed',
    ]);
  });

  it('treats a holiday as closed when the holiday port is not connected', async () => {
    expect((await simulate(hours, [], { now: '2026-12-25T10:00:00Z' })).endReason).toBe('closed');
  });
});

describe('subflow node', () => {
  const child = scenario(
    {
      askPin: { kind: 'ask', prompt: { 'en-US': 'PIN for {{vars.account}}?' }, variable: 'pin', type: 'pattern', pattern: '[0-9]{4}', retries: 0, on: { valid: 'ok', invalid: 'failed' } },
      ok: { kind: 'return' },
      failed: { kind: 'return', outcome: 'error' },
    },
    { variables: { account: { type: 'string', input: true }, pin: { type: 'string' } } },
  );
  const childDoc = { ...child, id: 'check-pin', nodes: { ...child.nodes, start: { kind: 'start' as const, answer: true, on: { subflow: 'askPin' } } } };
  const parent = scenario(
    {
      check: { kind: 'subflow', scenario: 'check-pin', inputs: { account: '"DE-42"' }, outputs: { pinOk: 'vars.pin|length == 4' }, on: { done: 'thanks', error: 'bye' } },
      thanks: { kind: 'say', prompt: { 'en-US': 'Verified: {{vars.pinOk}}' }, next: 'bye' },
      bye,
    },
    { variables: { pinOk: { type: 'boolean', default: false } } },
  );
  const resolveScenario = (id: string) => (id === 'check-pin' ? childDoc : undefined);
  const machine = compile(parent, { validated: true, resolveScenario });

  it('runs the subflow with its own variables and brings the outputs back', async () => {
    const run = await simulate(machine, ['1234']);
    expect(run.path).toEqual(['start', 'check', 'check~askPin', 'check~ok', 'thanks', 'bye']);
    expect(run.transcript).toContain('< say "PIN for DE-42?" [en-US]');
    expect(run.transcript).toContain('< say "Verified: true" [en-US]');
    expect(run.vars).toEqual({ pinOk: true });
  });

  it('leaves by error when the subflow returns an error', async () => {
    expect((await simulate(machine, ['12'])).path).toEqual(['start', 'check', 'check~askPin', 'check~failed', 'bye']);
  });

  it('refuses to compile a subflow that cannot be found or runs itself', () => {
    expect(() => compile(parent, { validated: true })).toThrow(/scenario 'check-pin' not found/);
    const selfish = { ...childDoc, id: 'test' };
    expect(() => compile(parent, { validated: true, resolveScenario: () => selfish })).toThrow(/no subflow entry|runs itself/);
  });
});
