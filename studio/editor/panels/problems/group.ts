import type { Diagnostic, Severity } from '../../../../dsl/diagnostics';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Diagnostics by severity, most severe first; each keeps the validator's order. */
export function groupBySeverity(diagnostics: readonly Diagnostic[]): { severity: Severity; items: Diagnostic[] }[] {
  return SEVERITIES.map((severity) => ({ severity, items: diagnostics.filter((d) => d.severity === severity) })).filter((g) => g.items.length > 0);
}

/** What the tab counts: errors and warnings (info is advice, not a problem to fix). */
export function problemCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity !== 'info').length;
}
