import type { Scenario } from '../../../../dsl/schema/document';
import { validate } from '../../../../dsl/validate';

/** Scenario ids the scenario's subflow nodes run. */
export function subflowIds(scenario: Scenario): string[] {
  const ids = new Set<string>();
  for (const node of Object.values(scenario.nodes)) if (node.kind === 'subflow') ids.add(node.scenario);
  return [...ids];
}

/**
 * Fetches every scenario reachable through subflow nodes (the drafts, as the editor sees them),
 * so compile's synchronous `resolveScenario` can find them. A scenario that cannot be fetched or
 * parsed is left out: compiling then names the subflow that is missing.
 */
export async function loadSubflows(scenario: Scenario, fetchDraft: (id: string) => Promise<unknown>): Promise<Map<string, Scenario>> {
  const found = new Map<string, Scenario>([[scenario.id, scenario]]);
  const failed = new Set<string>();
  let wanted = subflowIds(scenario);
  while (wanted.length > 0) {
    const next: string[] = [];
    for (const id of wanted) {
      if (found.has(id) || failed.has(id)) continue;
      const parsed = await fetchDraft(id).then((draft) => validate(draft).scenario, () => undefined);
      if (!parsed) {
        failed.add(id);
        continue;
      }
      found.set(id, parsed);
      next.push(...subflowIds(parsed));
    }
    wanted = next;
  }
  found.delete(scenario.id);
  return found;
}
