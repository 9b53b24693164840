import { describe, expect, it } from 'vitest';
import { doc, found, say } from '../test-helpers';

describe('returns rule', () => {
  it('warns about a return step in a scenario that cannot run as a subflow', () => {
    expect(found(doc({ welcome: say('Hi', 'back'), back: { kind: 'return', name: 'Back' } }), 'return.outsideSubflow')).toEqual([
      {
        severity: 'warning',
        code: 'return.outsideSubflow',
        message: "Return 'Back': this scenario cannot run as a subflow (its Start step has no subflow entry), so there is nothing to return to",
        nodeId: 'back',
        path: ['nodes', 'back'],
      },
    ]);
  });

  it('accepts a return step when the start has a subflow entry', () => {
    const input = doc({ back: { kind: 'return' } });
    (input.nodes as Record<string, unknown>).start = { kind: 'start', on: { subflow: 'back' } };
    expect(found(input, 'return.outsideSubflow')).toEqual([]);
  });
});
