import { describe, expect, it } from 'vitest';
import { bye, compiled } from '../test/build';
import { simulate } from './simulate';

const menu = compiled({
  main: {
    kind: 'menu',
    prompt: { 'en-US': 'For billing press 1, for support press 2.' },
    noInputPrompt: { 'en-US': 'Sorry, I did not hear you.' },
    noMatchPrompt: { 'en-US': 'Sorry, that is not an option.' },
    retries: 1,
    options: [
      { port: 'billing', dtmf: '1', keywords: { 'en-US': ['billing', 'invoice'] }, label: { 'en-US': 'Billing' } },
      { port: 'support', dtmf: '2', keywords: { 'en-US': ['technical support', 'help'] }, label: { 'en-US': 'Support' } },
    ],
    on: { billing: 'billing', support: 'support', noInput: 'giveUp', noMatch: 'giveUp' },
  },
  billing: { kind: 'say', prompt: { 'en-US': 'Billing it is.' }, next: 'bye' },
  support: { kind: 'say', prompt: { 'en-US': 'Support it is.' }, next: 'bye' },
  giveUp: { kind: 'hangup', reason: 'no choice', prompt: { 'en-US': 'Please call again.' } },
  bye,
});

describe('menu', () => {
  it('leaves by the option of the key pressed', async () => {
    const run = await simulate(menu, ['1']);
    expect(run.error).toBeUndefined();
    expect(run.path).toEqual(['start', 'main', 'billing', 'bye']);
  });

  it('picks an option by a keyword inside a longer spoken sentence', async () => {
    const run = await simulate(menu, ['speech:I need technical support please']);
    expect(run.path).toContain('support');
  });

  it('offers buttons in chat and accepts the button label as text', async () => {
    const run = await simulate(menu, ['text:Billing'], { channel: 'chat' });
    expect(run.transcript).toContain('< gather text 5s choices 1=billing 2=support');
    expect(run.path).toContain('billing');
  });

  it('repeats the menu after no input, then leaves by noInput', async () => {
    const run = await simulate(menu, ['noInput', 'noInput']);
    expect(run.path).toEqual(['start', 'main', 'giveUp']);
    expect(run.transcript.filter((l) => l.startsWith('< say "For billing'))).toHaveLength(2);
    expect(run.transcript).toContain('< say "Sorry, I did not hear you." [en-US]');
    expect(run.endReason).toBe('no choice');
  });

  it('counts unknown choices and silence together before giving up', async () => {
    const run = await simulate(menu, ['9', 'noInput']);
    expect(run.transcript).toContain('< say "Sorry, that is not an option." [en-US]');
    expect(run.path.at(-1)).toBe('giveUp');
  });

  it('reports a script step the menu cannot take', async () => {
    const run = await simulate(menu, ['transfer:busy']);
    expect(run.error).toMatch(/step 1 "transfer:busy": at main the session waits for the caller/);
  });
});
