import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const branch = (ports: string[]) => ({
  kind: 'branch',
  name: 'Route',
  conditions: ports.map((port) => ({ port, when: 'caller.number == "1"' })),
  on: { ...Object.fromEntries(ports.map((p) => [p, 'bye'])), else: 'bye' },
});

describe('branches rule', () => {
  it('reports two conditions leaving by the same port', () => {
    expect(found(doc({ route: branch(['vip', 'vip']), bye }), 'branch.duplicatePort')).toEqual([
      {
        severity: 'error',
        code: 'branch.duplicatePort',
        message: "Branch 'Route': two conditions use the port 'vip'; give each its own port",
        nodeId: 'route',
        port: 'vip',
        path: ['nodes', 'route', 'conditions', 1, 'port'],
      },
    ]);
  });

  it('reports a condition named else', () => {
    expect(found(doc({ route: branch(['else']), bye }), 'branch.reservedPort')[0]?.path).toEqual(['nodes', 'route', 'conditions', 0, 'port']);
  });
});
