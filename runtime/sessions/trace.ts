import type { Happening } from '../../dsl/interpret';
import type { TraceEntry } from '../storage/records';

const MASK = '•••';

/** Trace entries for a step; variables declared sensitive are masked before anything is stored. */
export function traceOf(
  happenings: Happening[],
  at: string,
  varsBefore: Record<string, unknown>,
  varsAfter: Record<string, unknown>,
  sensitive: ReadonlySet<string>,
): TraceEntry[] {
  const entries: TraceEntry[] = happenings.map((h): TraceEntry => {
    switch (h.kind) {
      case 'event':
        return { at, kind: 'event', data: maskEvent(h.event as unknown as Record<string, unknown>, sensitive.size > 0) };
      case 'visit':
        return { at, kind: 'visit', data: { nodeId: h.nodeId, kind: h.nodeKind } };
      case 'command':
        return { at, kind: 'command', data: h.command as unknown as Record<string, unknown> };
      case 'effect':
        return { at, kind: 'effect', data: { result: h.result.result, note: h.result.note } };
    }
  });
  const changed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(varsAfter)) {
    if (JSON.stringify(value) !== JSON.stringify(varsBefore[name])) changed[name] = sensitive.has(name) ? MASK : value;
  }
  if (Object.keys(changed).length > 0) entries.push({ at, kind: 'vars', data: changed });
  return entries;
}

/**
 * What a caller keys in while a scenario has sensitive variables (PINs, account numbers) is
 * not kept verbatim: the trace shows that digits came, not which.
 */
function maskEvent(event: Record<string, unknown>, hasSensitive: boolean): Record<string, unknown> {
  if (!hasSensitive || event.type !== 'digits') return event;
  return { ...event, digits: MASK };
}

export const maskedValue = MASK;
