import { describe, expect, it } from 'vitest';
import { compiled } from '../test/build';
import { simulate } from './simulate';

const robot = compiled(
  {
    robot: {
      kind: 'bot',
      greeting: { 'en-US': 'How can I help?' },
      fallbackPrompt: { 'en-US': 'Sorry, could you rephrase?' },
      maxTurns: 3,
      intentVariable: 'topic',
      intents: [
        { name: 'billing', exit: true, utterances: { 'en-US': ['question about my invoice', 'my bill is wrong'] } },
        { name: 'hours', answer: { 'en-US': 'We are open from 8 to 6.' }, utterances: { 'en-US': ['when are you open', 'opening hours'] } },
        { name: 'handoff', utterances: { 'en-US': ['talk to a human agent', 'real person'] } },
      ],
      on: { billing: 'billing', fallback: 'lost', handoff: 'human' },
    },
    billing: { kind: 'hangup', reason: 'billing' },
    lost: { kind: 'hangup', reason: 'fallback' },
    human: { kind: 'hangup', reason: 'handoff' },
  },
  { variables: { topic: { type: 'string' } } },
);

describe('bot node (built-in classifier)', () => {
  it('answers a question, keeps listening, then leaves by the exit intent', async () => {
    const run = await simulate(robot, ['speech:what are your opening hours', 'speech:I have a question about my invoice']);
    expect(run.transcript).toContain('< say "We are open from 8 to 6." [en-US]');
    expect(run.endReason).toBe('billing');
    expect(run.vars).toEqual({ topic: 'billing' });
  });

  it('hands over when the caller asks for a person', async () => {
    expect((await simulate(robot, ['text:can I talk to a human agent'], { channel: 'chat' })).endReason).toBe('handoff');
  });

  it('gives up by fallback after maxTurns without understanding', async () => {
    const run = await simulate(robot, ['speech:banana', 'noInput', 'speech:xylophone']);
    expect(run.transcript.filter((l) => l.includes('Sorry, could you rephrase?'))).toHaveLength(2);
    expect(run.endReason).toBe('fallback');
  });

  it('takes the error path when an external controller is not available', async () => {
    const remote = compiled({
      robot: {
        kind: 'bot',
        controller: { type: 'webhook', url: 'https://bot.example/turn' },
        intents: [{ name: 'done', exit: true, utterances: { 'en-US': ['done'] } }],
        on: { done: 'end', fallback: 'end' },
      },
      end: { kind: 'hangup', reason: 'end' },
    });
    const run = await simulate(remote, ['speech:done']);
    expect(run.transcript).toContain('~ error: no webhook controller available');
    expect(run.endReason).toBe('end');
  });
});
