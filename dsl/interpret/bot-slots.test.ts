import { describe, expect, it } from 'vitest';
import { compiled } from '../test/build';
import { createSession } from './session';
import { simulate } from './simulate';
import { extractSlot } from './slots';

const claims = compiled(
  {
    router: {
      kind: 'bot',
      maxTurns: 4,
      intentVariable: 'team',
      intents: [
        { name: 'claims', exit: true, slots: ['product', 'policy'], utterances: { 'en-US': ['I had an accident', 'report a claim'] } },
        { name: 'renew', exit: true, slots: ['confirm'], utterances: { 'en-US': ['renew my policy'] } },
      ],
      slots: [
        { name: 'product', type: 'custom', prompt: { 'en-US': 'Car, home or travel?' }, values: [{ value: 'car', synonyms: { 'en-US': ['vehicle', 'my auto'] } }, { value: 'home' }, { value: 'travel' }] },
        { name: 'policy', type: 'number', prompt: { 'en-US': 'Your policy number, please.' } },
        { name: 'confirm', type: 'yesNo', prompt: { 'en-US': 'Shall I renew it, yes or no?' } },
      ],
      on: { claims: 'claimsDesk', renew: 'renewals', fallback: 'lost' },
    },
    claimsDesk: { kind: 'hangup', reason: 'claims' },
    renewals: { kind: 'hangup', reason: 'renewals' },
    lost: { kind: 'hangup', reason: 'fallback' },
  },
  { variables: { team: { type: 'string' }, product: { type: 'string' }, policy: { type: 'number' }, confirm: { type: 'boolean' } } },
);

describe('bot slots', () => {
  it('takes the slots the first sentence holds and asks only for the missing one', async () => {
    const run = await simulate(claims, ['speech:I had an accident with my vehicle', 'speech:it is 4711 2024']);
    expect(run.transcript.filter((l) => l.startsWith('< say'))).toEqual(['< say "Your policy number, please." [en-US]']);
    expect(run.endReason).toBe('claims');
    expect(run.vars).toMatchObject({ team: 'claims', product: 'car', policy: 47112024 });
  });

  it('asks again until the answer holds the slot, then gives up by fallback after maxTurns', async () => {
    const run = await simulate(claims, ['speech:report a claim', 'speech:a boat', 'noInput', 'speech:no idea']);
    expect(run.transcript.filter((l) => l.includes('Car, home or travel?'))).toHaveLength(3);
    expect(run.endReason).toBe('fallback');
  });

  it('fills a yes/no slot from a keypad answer and asks with a grammar of its type', async () => {
    const session = createSession(claims);
    await session.start({ type: 'start', sessionId: 's', trigger: 'call', channel: 'voice', caller: { number: '1' }, called: { number: '2' }, vars: {}, startedAt: '2026-01-01T00:00:00Z' });
    const step = await session.send({ type: 'speech', text: 'please renew my policy' });
    expect(step.commands.at(-1)).toMatchObject({ type: 'gather', expect: 'yesNo', modes: ['speech', 'dtmf'], maxDigits: 1 });
    const done = await session.send({ type: 'speech', text: 'yes please' });
    expect(done.endReason).toBe('renewals');
    expect(session.context().vars.confirm).toBe(true);
  });

  it('offers the custom values as recognition hints when it asks for a custom slot', async () => {
    const session = createSession(claims);
    await session.start({ type: 'start', sessionId: 's', trigger: 'call', channel: 'voice', caller: { number: '1' }, called: { number: '2' }, vars: {}, startedAt: '2026-01-01T00:00:00Z' });
    const step = await session.send({ type: 'speech', text: 'report a claim' });
    expect(step.commands.at(-1)).toMatchObject({ type: 'gather', expect: 'custom', hints: ['car', 'vehicle', 'my auto', 'home', 'travel'] });
  });
});

describe('slot extraction', () => {
  it('finds typed values inside a sentence', () => {
    expect(extractSlot({ name: 'n', type: 'number' }, 'my number is 12 345 and not 7', 'en-US')).toBe(12345);
    expect(extractSlot({ name: 'd', type: 'date' }, 'on 24.12.2026 please', 'de-DE')).toBe('2026-12-24');
    expect(extractSlot({ name: 'e', type: 'email' }, 'write to anna at example dot com', 'en-US')).toBe('anna@example.com');
    expect(extractSlot({ name: 'y', type: 'yesNo' }, 'oh well, nein danke', 'de-DE')).toBe(false);
    expect(extractSlot({ name: 'c', type: 'custom', values: [{ value: 'home', synonyms: { 'de-DE': ['Hausrat'] } }] }, 'meine Hausrat Versicherung', 'de-DE')).toBe('home');
    expect(extractSlot({ name: 'n', type: 'number' }, 'I do not know', 'en-US')).toBeUndefined();
  });
});
