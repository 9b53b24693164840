import type { Diagnostic } from '../diagnostics';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Errors first, then by where the node sits in the document (scenario-wide ones first), then by
 * code. The sort is stable, so ties keep the order the rules found them in: the output is the
 * same for the same document.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], nodeOrder: readonly string[]): Diagnostic[] {
  const position = new Map(nodeOrder.map((id, index) => [id, index]));
  const where = (d: Diagnostic) => (d.nodeId === undefined ? -1 : (position.get(d.nodeId) ?? nodeOrder.length));
  return [...diagnostics].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      where(a) - where(b) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
