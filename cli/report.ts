import type { Diagnostic, Severity } from '../dsl/diagnostics';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function countOf(diagnostics: Diagnostic[], severity: Severity): number {
  return diagnostics.filter((d) => d.severity === severity).length;
}

/** "ok", "ok (2 warnings)" or "3 errors, 1 warning": the verdict after a file name. */
export function verdict(diagnostics: Diagnostic[]): string {
  const errors = countOf(diagnostics, 'error');
  const warnings = countOf(diagnostics, 'warning');
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')].filter(Boolean).join(', ');
  if (errors > 0) return counts;
  return warnings > 0 ? `ok (${counts})` : 'ok';
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Where a diagnostic points: node id and port ("menu_main:3"), else its document path. */
export function locationOf(d: Diagnostic): string {
  if (d.nodeId) return d.port ? `${d.nodeId}:${d.port}` : d.nodeId;
  return d.path && d.path.length > 0 ? d.path.join('.') : '-';
}

/** One aligned line per diagnostic, errors first: severity, location, code, message. */
export function diagnosticLines(diagnostics: Diagnostic[]): string[] {
  const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const rows = sorted.map((d) => [d.severity, locationOf(d), d.code, d.message] as const);
  const width = (i: 0 | 1 | 2) => Math.max(0, ...rows.map((r) => r[i].length));
  return rows.map((r) => `  ${r[0].padEnd(width(0))}  ${r[1].padEnd(width(1))}  ${r[2].padEnd(width(2))}  ${r[3]}`);
}
