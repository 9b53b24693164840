import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../dsl/diagnostics';
import { groupBySeverity, problemCount } from './group';

const d = (severity: Diagnostic['severity'], code: string): Diagnostic => ({ severity, code, message: code });

describe('problems grouping', () => {
  const diagnostics = [d('info', 'i1'), d('warning', 'w1'), d('error', 'e1'), d('error', 'e2')];

  it('lists errors first, then warnings, then info, keeping the order inside each group', () => {
    expect(groupBySeverity(diagnostics).map((g) => [g.severity, g.items.map((x) => x.code)])).toEqual([
      ['error', ['e1', 'e2']],
      ['warning', ['w1']],
      ['info', ['i1']],
    ]);
  });

  it('counts errors and warnings for the tab title, not info', () => {
    expect(problemCount(diagnostics)).toBe(3);
    expect(groupBySeverity([])).toEqual([]);
  });
});
