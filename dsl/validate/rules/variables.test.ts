import { describe, expect, it } from 'vitest';
import { bye, doc, found, say } from '../test-helpers';

describe('variables rule', () => {
  it('reports a variable read but never set or declared', () => {
    const [d, ...rest] = found(doc({ welcome: say('Hello {{vars.customerName}}', 'bye', { name: 'Welcome' }), bye }), 'variable.undefined');
    expect(rest).toEqual([]);
    expect(d).toEqual({
      severity: 'error',
      code: 'variable.undefined',
      message: "Say 'Welcome': uses vars.customerName, which is never set or declared",
      nodeId: 'welcome',
      path: ['nodes', 'welcome', 'prompt', 'en-US'],
    });
  });

  it('suggests a close known variable', () => {
    const input = doc({ welcome: say('Hello {{vars.custmerName}}', 'bye'), bye }, { variables: { customerName: { type: 'string' } } });
    expect(found(input, 'variable.undefined')[0]?.message).toContain("(did you mean vars.customerName?)");
  });

  it('reports each missing variable once per node, across locales', () => {
    const welcome = { kind: 'say', prompt: { 'en-US': '{{vars.x}}', 'de-DE': '{{vars.x}}' }, next: 'bye' };
    expect(found(doc({ welcome, bye: { kind: 'hangup' } }, { locales: ['en-US', 'de-DE'] }), 'variable.undefined')).toHaveLength(1);
  });

  it('accepts variables set by an ask, a set, an http mapping or a subflow output', () => {
    const ask = { kind: 'ask', prompt: { 'en-US': 'Number?' }, variable: 'account', on: { valid: 'set' } };
    const set = { kind: 'set', assign: [{ variable: 'count', value: '1' }], next: 'http' };
    const http = { kind: 'http', url: 'https://crm/{{vars.account}}', map: { owner: 'response.body.name' }, on: { success: 'sub' } };
    const sub = { kind: 'subflow', scenario: 'other', outputs: { verified: 'vars.ok' }, on: { done: 'say' } };
    const speak = say('{{vars.account}} {{vars.count}} {{vars.owner}} {{vars.verified}}', 'bye');
    expect(found(doc({ ask, set, http, sub, say: speak, bye }), 'variable.undefined')).toEqual([]);
  });

  it('accepts a variable set by a node that is otherwise broken', () => {
    const ask = { kind: 'ask', variable: 'account', on: { valid: 'speak' } };
    expect(found(doc({ ask, speak: say('{{vars.account}}', 'bye'), bye }), 'variable.undefined')).toEqual([]);
  });

  it('mentions a variable that is set but not declared', () => {
    const set = { kind: 'set', name: 'Count', assign: [{ variable: 'count', value: '1' }], next: 'bye' };
    expect(found(doc({ set, bye }), 'variable.undeclared')).toEqual([
      {
        severity: 'info',
        code: 'variable.undeclared',
        message: "Set 'Count': sets vars.count, which is not declared; declare it to give it a type and a default",
        nodeId: 'set',
        path: ['nodes', 'set'],
      },
    ]);
  });

  it('mentions a declared variable that nothing uses', () => {
    const input = doc({ welcome: say('{{vars.used}}', 'bye'), bye }, { variables: { used: { type: 'string' }, spare: { type: 'string' } } });
    expect(found(input, 'variable.unused')).toEqual([
      { severity: 'info', code: 'variable.unused', message: "Scenario: variable 'spare' is declared but never used", path: ['variables', 'spare'] },
    ]);
  });
});
