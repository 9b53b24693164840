import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../dsl/diagnostics';
import { diagnosticLines, verdict } from './report';

const unconnected: Diagnostic = {
  severity: 'error',
  code: 'port.unconnected',
  message: "Menu 'Main menu': key 3 leads nowhere",
  nodeId: 'menu_main',
  port: 'billing',
};
const unreachable: Diagnostic = { severity: 'warning', code: 'node.unreachable', message: "Say 'Promo' is never reached", nodeId: 'promo' };
const documentLevel: Diagnostic = { severity: 'error', code: 'schema', message: 'name is missing', path: ['name'] };

describe('verdict', () => {
  it('says ok, counting warnings when there are some', () => {
    expect(verdict([])).toBe('ok');
    expect(verdict([unreachable, unreachable])).toBe('ok (2 warnings)');
  });

  it('counts errors and warnings when there are errors', () => {
    expect(verdict([unconnected, unreachable])).toBe('1 error, 1 warning');
    expect(verdict([unconnected, documentLevel])).toBe('2 errors');
  });
});

describe('diagnostic lines', () => {
  it('show severity, node and port, code and message, errors first and aligned', () => {
    expect(diagnosticLines([unreachable, unconnected])).toEqual([
      "  error    menu_main:billing  port.unconnected  Menu 'Main menu': key 3 leads nowhere",
      "  warning  promo              node.unreachable  Say 'Promo' is never reached",
    ]);
  });

  it('show the document path when no node is concerned', () => {
    expect(diagnosticLines([documentLevel])).toEqual(['  error  name  schema  name is missing']);
  });
});
