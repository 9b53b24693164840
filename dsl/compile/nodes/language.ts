import type { NodeOf } from '../../nodes';
import type { StateConfig } from '../config';
import { leave, stateId, visit, type CompileContext } from '../context';

export function compileLanguage(id: string, node: NodeOf<'language'>, ctx: CompileContext): StateConfig {
  return {
    id: stateId(ctx, id),
    entry: [visit(ctx, id, node), { type: 'setLocale', params: { locale: node.locale } }],
    always: [leave(ctx, id, node, 'next')],
  };
}
