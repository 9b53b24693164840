import { describe, expect, it } from 'vitest';
import { bye, compiled } from '../test/build';
import { createSession } from './session';
import { simulate } from './simulate';
import type { StartEvent } from '../session/events';

const start: StartEvent = {
  type: 'start',
  sessionId: 's1',
  trigger: 'call',
  channel: 'voice',
  caller: { number: '+4930111222' },
  called: { number: '+49800' },
  vars: { customer: 'Anna', ignored: 'x' },
  startedAt: '2026-11-23T10:00:00Z',
};

const askAndTransfer = compiled(
  {
    greet: { kind: 'say', prompt: { 'en-US': 'Hello {{vars.customer}}.' }, next: 'account' },
    account: {
      kind: 'ask',
      prompt: { 'en-US': 'Your account number?' },
      variable: 'account',
      type: 'digits',
      maxLength: 6,
      retries: 0,
      on: { valid: 'agent', invalid: 'bye' },
    },
    agent: {
      kind: 'transfer',
      target: { type: 'number', value: '+4930999' },
      whisper: { 'en-US': 'Customer {{vars.customer}}, account {{vars.account}}' },
      on: { answered: 'bye', busy: 'sorry' },
    },
    sorry: { kind: 'say', prompt: { 'en-US': 'All lines are busy.' }, next: 'bye' },
    bye,
  },
  { variables: { customer: { type: 'string', input: true }, account: { type: 'string' } } },
);

describe('session', () => {
  it('answers, takes declared inputs from the start event and renders templates', async () => {
    const session = createSession(askAndTransfer);
    const step = await session.start(start);
    expect(step.commands.map((c) => c.type)).toEqual(['answer', 'say', 'say', 'gather']);
    expect(step.commands[1]).toMatchObject({ type: 'say', text: 'Hello Anna.' });
    expect(step.waitingFor).toBe('input');
    expect(session.context().vars).toEqual({ customer: 'Anna', account: null });
  });

  it('continues from a stored snapshot as if nothing happened', async () => {
    const first = createSession(askAndTransfer);
    await first.start(start);
    const stored = JSON.parse(JSON.stringify(first.snapshot()));
    const second = createSession(askAndTransfer, {}, { snapshot: stored });
    const step = await second.send({ type: 'digits', digits: '123456' });
    expect(step.nodeId).toBe('agent');
    expect(step.commands).toEqual([
      { type: 'transfer', nodeId: 'agent', targetType: 'number', target: '+4930999', callerId: '+4930111222', timeout: 30,
        whisper: { text: 'Customer Anna, account 123456', locale: 'en-US' } },
    ]);
  });

  it('refuses a damaged snapshot with a clear error', () => {
    expect(() => createSession(askAndTransfer, {}, { snapshot: { status: 'active', value: 'x', context: { vars: 3 } } })).toThrow(
      /stored session is damaged/,
    );
  });

  it('leaves by the transfer result port', async () => {
    const run = await simulate(askAndTransfer, ['123', 'transfer:busy']);
    expect(run.path).toEqual(['start', 'greet', 'account', 'agent', 'sorry', 'bye']);
  });

  it('ends the call with the reason when an optional port is not connected', async () => {
    const run = await simulate(askAndTransfer, ['123', 'transfer:noAnswer']);
    expect(run.ended).toBe(true);
    expect(run.endReason).toBe('no route: agent.noAnswer');
    expect(run.transcript.at(-1)).toBe('< hangup no route: agent.noAnswer');
  });

  it('ends when the caller hangs up, wherever the session is', async () => {
    const session = createSession(askAndTransfer);
    await session.start(start);
    const step = await session.send({ type: 'hangup' });
    expect(step).toMatchObject({ ended: true, endReason: 'caller hung up', commands: [] });
    await expect(session.send({ type: 'digits', digits: '1' })).rejects.toThrow(/ended/);
  });

  it('leaves an ask by invalid when the answer breaks its rules', async () => {
    const run = await simulate(askAndTransfer, ['1234567']);
    expect(run.path).toEqual(['start', 'greet', 'account', 'bye']);
  });
});
