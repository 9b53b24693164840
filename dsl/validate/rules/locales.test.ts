import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const two = { locales: ['de-DE', 'fr-FR'] };
const byeDe = { kind: 'hangup' };

describe('locales rule', () => {
  it('reports a prompt without text for a declared locale', () => {
    const welcome = { kind: 'say', name: 'Welcome', prompt: { 'de-DE': 'Willkommen' }, next: 'bye' };
    expect(found(doc({ welcome, bye: byeDe }, two), 'locale.missing')).toEqual([
      {
        severity: 'error',
        code: 'locale.missing',
        message: "Say 'Welcome': no text for fr-FR",
        nodeId: 'welcome',
        path: ['nodes', 'welcome', 'prompt'],
      },
    ]);
  });

  it('names the field when it is not the main prompt', () => {
    const menu = {
      kind: 'menu',
      prompt: { 'de-DE': 'Wählen', 'fr-FR': 'Choisissez' },
      noInputPrompt: { 'de-DE': 'Bitte wählen' },
      options: [{ port: 'a', dtmf: '1', label: { 'de-DE': 'A' } }],
      on: { a: 'bye', noInput: 'bye', noMatch: 'bye' },
    };
    expect(found(doc({ menu, bye: byeDe }, two), 'locale.missing').map((d) => [d.message, d.path])).toEqual([
      ["Menu 'menu': no text for fr-FR (noInputPrompt)", ['nodes', 'menu', 'noInputPrompt']],
      ["Menu 'menu': no text for fr-FR (options #1 › label)", ['nodes', 'menu', 'options', 0, 'label']],
    ]);
  });

  it('checks audio prompts and message texts too', () => {
    const welcome = { kind: 'say', prompt: { 'de-DE': { audio: 'hallo.wav' } }, next: 'sms' };
    const sms = { kind: 'message', text: { 'fr-FR': 'Bonjour' }, next: 'bye' };
    expect(found(doc({ welcome, sms, bye: byeDe }, two), 'locale.missing').map((d) => d.nodeId)).toEqual(['welcome', 'sms']);
  });

  it('warns about a text for a locale the scenario does not declare', () => {
    const welcome = { kind: 'say', prompt: { 'en-US': 'Hello', 'it-IT': 'Ciao' }, next: 'bye' };
    const [d] = found(doc({ welcome, bye }), 'locale.undeclared');
    expect(d).toMatchObject({
      severity: 'warning',
      path: ['nodes', 'welcome', 'prompt', 'it-IT'],
      message: "Say 'welcome': text for it-IT, which is not one of the scenario's languages (en-US)",
    });
  });
});
