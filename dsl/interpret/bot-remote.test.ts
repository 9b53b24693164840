import { describe, expect, it } from 'vitest';
import { compiled } from '../test/build';
import type { Providers } from './providers';
import { simulate } from './simulate';

const remote = (on: Record<string, string>) =>
  compiled(
    {
      robot: {
        kind: 'bot',
        controller: { type: 'webhook', url: 'https://bot.example/turn', timeout: 1 },
        maxTurns: 3,
        intents: [
          { name: 'sales', exit: true, utterances: {} },
          { name: 'hours', answer: { 'en-US': 'We open at 8.' }, utterances: {} },
        ],
        on,
      },
      sales: { kind: 'hangup', reason: 'sales' },
      lost: { kind: 'hangup', reason: 'fallback' },
      broken: { kind: 'hangup', reason: 'error' },
    },
    { variables: { customer: { type: 'string', default: '' } } },
  );

const scripted = (...turns: Awaited<ReturnType<NonNullable<Providers['classify']>>>[]): Providers => ({
  classify: async () => turns.shift() ?? { intent: null, confidence: 0 },
});

describe('bot node with a remote controller', () => {
  it("says the controller's replies, keeps listening, and leaves by the exit it names with its variables", async () => {
    const providers = scripted(
      { intent: null, confidence: 0, replies: ['Which product interests you?'] },
      { intent: 'sales', confidence: 1, replies: ['Let me connect you.'], vars: { customer: 'K-1', invented: 'x' } },
    );
    const run = await simulate(remote({ sales: 'sales', fallback: 'lost' }), ['speech:I want to buy', 'speech:a phone'], { providers });
    expect(run.transcript.filter((l) => l.startsWith('< say'))).toEqual(['< say "Which product interests you?" [en-US]', '< say "Let me connect you." [en-US]']);
    expect(run.endReason).toBe('sales');
    expect(run.vars).toEqual({ customer: 'K-1' });
  });

  it("answers an answer intent the controller names with the node's own answer", async () => {
    const run = await simulate(remote({ sales: 'sales', fallback: 'lost' }), ['speech:when do you open', 'speech:buy'], {
      providers: scripted({ intent: 'hours', confidence: 0.9 }, { intent: 'sales', confidence: 0.9 }),
    });
    expect(run.transcript).toContain('< say "We open at 8." [en-US]');
    expect(run.endReason).toBe('sales');
  });

  it('leaves by the error port when the controller fails, or by fallback when error is not connected', async () => {
    const failing: Providers = { classify: async () => Promise.reject(new Error('connection refused')) };
    const withError = await simulate(remote({ sales: 'sales', fallback: 'lost', error: 'broken' }), ['speech:hi'], { providers: failing });
    expect(withError.endReason).toBe('error');
    expect(withError.transcript).toContain('~ error: webhook controller failed: connection refused');
    const withoutError = await simulate(remote({ sales: 'sales', fallback: 'lost' }), ['speech:hi'], { providers: failing });
    expect(withoutError.endReason).toBe('fallback');
  });

  it("takes the error path when the controller outlives the node's timeout", async () => {
    const slow: Providers = { classify: (_effect, { signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))) };
    const run = await simulate(remote({ sales: 'sales', fallback: 'lost', error: 'broken' }), ['speech:hi'], { providers: slow });
    expect(run.endReason).toBe('error');
    expect(run.transcript, run.transcript.join('\n')).toContain('~ error: webhook controller: no answer within 1s');
  });

  it('counts an exit the node does not have as not understood', async () => {
    const run = await simulate(remote({ sales: 'sales', fallback: 'lost' }), ['speech:a', 'speech:b', 'speech:c'], {
      providers: scripted({ intent: 'billing', confidence: 1 }, { intent: 'billing', confidence: 1 }, { intent: 'billing', confidence: 1 }),
    });
    expect(run.endReason).toBe('fallback');
    expect(run.transcript.some((l) => l.includes("unknown intent 'billing'"))).toBe(true);
  });
});
