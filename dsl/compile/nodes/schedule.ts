import type { NodeOf } from '../../nodes';
import { outcomeIs } from '../actions';
import type { StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';

export function compileSchedule(id: string, node: NodeOf<'schedule'>, ctx: CompileContext): StateConfig {
  // Without a holiday port, holidays are simply closed days.
  const holidayPort = node.on.holiday !== undefined ? 'holiday' : 'closed';
  return {
    id: stateId(ctx, id),
    entry: [
      visit(ctx, id, node),
      { type: 'checkSchedule', params: { timezone: node.timezone, hours: node.hours, holidays: node.holidays } },
    ],
    always: [
      leave(ctx, id, node, holidayPort, { guard: outcomeIs('holiday') }),
      leave(ctx, id, node, 'open', { guard: outcomeIs('open') }),
      leave(ctx, id, node, 'closed'),
    ],
  };
}
