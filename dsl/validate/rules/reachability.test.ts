import { describe, expect, it } from 'vitest';
import { bye, doc, found, say } from '../test-helpers';

describe('reachability rule', () => {
  it('warns about a node that cannot be reached from the start', () => {
    const diagnostics = found(doc({ welcome: say('Hi', 'bye'), bye, orphan: say('Nobody hears this', 'bye', { name: 'Old greeting' }) }), 'node.unreachable');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'node.unreachable',
        message: "Say 'Old greeting' cannot be reached from the start; connect it or delete it",
        nodeId: 'orphan',
        path: ['nodes', 'orphan'],
      },
    ]);
  });

  it('follows every port, including optional ones and loops', () => {
    const ask = { kind: 'ask', prompt: { 'en-US': 'Number?' }, variable: 'n', on: { valid: 'bye', invalid: 'retry', noInput: 'ask' } };
    expect(found(doc({ ask, retry: say('Again', 'ask'), bye }, { variables: { n: { type: 'string' } } }), 'node.unreachable')).toEqual([]);
  });

  it('says nothing when the start node is missing, since everything would be unreachable', () => {
    expect(found(doc({ bye }, { start: 'nope' }), 'node.unreachable')).toEqual([]);
  });
});
