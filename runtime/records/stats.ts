import type { SessionSummary } from '../storage/records';
import type { ScenarioStats } from './schemas';

/** End reasons are free text; a reason such as "__proto__" must count like any other. */
const counts = (): Record<string, number> => Object.create(null) as Record<string, number>;
const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Per-node visit counts and totals, counted from session summaries (traces are not read). */
export function scenarioStats(
  scenarioId: string,
  summaries: SessionSummary[],
  period: { from?: string; to?: string; revision?: number },
): ScenarioStats {
  const stats: ScenarioStats = {
    scenarioId,
    from: period.from ?? null,
    to: period.to ?? null,
    revision: period.revision ?? null,
    sessions: 0,
    visits: counts(),
    reached: counts(),
    byStatus: counts(),
    byEndReason: counts(),
  };
  for (const summary of summaries) {
    if (period.revision !== undefined && summary.revision !== period.revision) continue;
    stats.sessions++;
    for (const nodeId of summary.visits) bump(stats.visits, nodeId);
    for (const nodeId of new Set(summary.visits)) bump(stats.reached, nodeId);
    bump(stats.byStatus, summary.status);
    if (summary.endReason !== null) bump(stats.byEndReason, summary.endReason);
  }
  return stats;
}
