import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const menu = (options: unknown[]) => ({
  kind: 'menu',
  name: 'Main menu',
  prompt: { 'en-US': 'Choose' },
  options,
  on: Object.fromEntries([...(options as { port: string }[]).map((o) => [o.port, 'bye']), ['noInput', 'bye'], ['noMatch', 'bye']]),
});

describe('menus rule', () => {
  it('reports a key used by two options', () => {
    const input = doc({ main: menu([{ port: 'billing', dtmf: '1' }, { port: 'support', dtmf: '1' }]), bye });
    expect(found(input, 'menu.duplicateKey')).toEqual([
      {
        severity: 'error',
        code: 'menu.duplicateKey',
        message: "Menu 'Main menu': key 1 is used by both 'billing' and 'support'",
        nodeId: 'main',
        port: 'support',
        path: ['nodes', 'main', 'options', 1, 'dtmf'],
      },
    ]);
  });

  it('reports two options with the same port', () => {
    const [d] = found(doc({ main: menu([{ port: 'billing', dtmf: '1' }, { port: 'billing', dtmf: '2' }]), bye }), 'menu.duplicatePort');
    expect(d).toMatchObject({ severity: 'error', path: ['nodes', 'main', 'options', 1, 'port'], message: "Menu 'Main menu': two options use the port 'billing'; give each option its own port" });
  });

  it('reports an option named like the menu\'s own ports', () => {
    expect(found(doc({ main: menu([{ port: 'noMatch', dtmf: '9' }]), bye }), 'menu.reservedPort')).toHaveLength(1);
  });

  it('warns about a word that selects two options, ignoring case', () => {
    const input = doc({
      main: menu([
        { port: 'billing', dtmf: '1', keywords: { 'en-US': ['invoice', 'bill'] } },
        { port: 'support', dtmf: '2', keywords: { 'en-US': ['Invoice '] } },
      ]),
      bye,
    });
    const [d] = found(input, 'menu.duplicateKeyword');
    expect(d).toMatchObject({ severity: 'warning', path: ['nodes', 'main', 'options', 1, 'keywords', 'en-US'] });
    expect(d?.message).toBe("Menu 'Main menu': the word 'Invoice' (en-US) selects both 'billing' and 'support'");
  });

  it('treats the same word in two locales as different', () => {
    const input = doc({ main: menu([{ port: 'a', keywords: { 'en-US': ['ok'] } }, { port: 'b', keywords: { 'de-DE': ['ok'] } }]), bye });
    expect(found(input, 'menu.duplicateKeyword')).toEqual([]);
  });

  it('warns about an option nobody can choose', () => {
    const [d] = found(doc({ main: menu([{ port: 'billing', dtmf: '1' }, { port: 'ghost' }]), bye }), 'menu.unselectable');
    expect(d?.message).toBe("Menu 'Main menu': option 'ghost' has no key, keyword or button text, so nobody can choose it");
  });
});
