import { describe, expect, it } from 'vitest';
import { bye, doc, found, say } from '../test-helpers';

const branch = (when: string) => ({ kind: 'branch', name: 'Check', conditions: [{ port: 'yes', when }], on: { yes: 'bye', else: 'bye' } });
const vars = { variables: { balance: { type: 'number' } } };

describe('expressions rule', () => {
  it('reports an expression that cannot be read, with its path', () => {
    const [d] = found(doc({ check: branch('vars.balance >'), bye }, vars), 'expression.invalid');
    expect(d).toMatchObject({ severity: 'error', nodeId: 'check', path: ['nodes', 'check', 'conditions', 0, 'when'] });
    expect(d?.message).toMatch(/^Branch 'Check': conditions #1 › when: cannot read "vars.balance >"/);
  });

  it('reports a template with an unclosed placeholder in a prompt', () => {
    const [d] = found(doc({ welcome: say('Your balance is {{vars.balance', 'bye'), bye }, vars), 'expression.invalid');
    expect(d).toMatchObject({ path: ['nodes', 'welcome', 'prompt', 'en-US'] });
    expect(d?.message).toContain('"{{" without a closing "}}"');
  });

  it('reports a name outside the scope and suggests the likely one', () => {
    const [d] = found(doc({ check: branch('var.balance > 100'), bye }, vars), 'expression.unknownName');
    expect(d).toMatchObject({ severity: 'error', nodeId: 'check', path: ['nodes', 'check', 'conditions', 0, 'when'] });
    expect(d?.message).toBe(
      "Branch 'Check': 'var.balance' is not a known name (did you mean 'vars.balance'?); names start with vars, caller, called, session, input, response, queue, tags",
    );
  });

  it('suggests vars. before a bare variable name', () => {
    expect(found(doc({ check: branch('balance > 100'), bye }, vars), 'expression.unknownName')[0]?.message).toContain(
      "(did you mean 'vars.balance'?)",
    );
  });

  it('accepts null and undefined, which Jexl reads as names', () => {
    expect(found(doc({ check: branch('vars.balance == null || vars.balance == undefined'), bye }, vars), 'expression.unknownName')).toEqual([]);
  });

  it('reports an unknown transform with a hint, and functions, which do not exist', () => {
    const [typo] = found(doc({ check: branch('caller.number|startWith("+49")'), bye }), 'expression.unknownTransform');
    expect(typo?.message).toBe("Branch 'Check': '|startWith' is not a known transform (did you mean '|startsWith'?)");
    const [call] = found(doc({ check: branch('now() > 1'), bye }), 'expression.unknownFunction');
    expect(call?.message).toBe("Branch 'Check': 'now(…)' is not available; use a transform such as '|upper' instead");
  });

  it('checks templates in URLs, audio fallback texts and message recipients', () => {
    const http = { kind: 'http', url: 'https://crm/{{calller.number}}', on: { success: 'msg', error: 'msg', timeout: 'msg' } };
    const msg = { kind: 'message', text: { 'en-US': 'Hi' }, to: '{{caller.numbr|upper}}', next: 'audio' };
    const audio = { kind: 'say', prompt: { 'en-US': { audio: 'a.wav', text: '{{vars.x +}}' } }, next: 'bye' };
    const diagnostics = found(doc({ http, msg, audio, bye }), 'expression.unknownName').concat(found(doc({ http, msg, audio, bye }), 'expression.invalid'));
    expect(diagnostics.map((d) => d.path)).toEqual([['nodes', 'http', 'url'], ['nodes', 'audio', 'prompt', 'en-US', 'text']]);
  });
});
