import type { Node, NodeKind, NodeOf } from '../../nodes';
import type { StateConfig } from '../config';
import type { CompileContext } from '../context';
import { compileAsk } from './ask';
import { compileBot } from './bot';
import { compileBranch } from './branch';
import { compileCallerList } from './callerList';
import { compileHangup } from './hangup';
import { compileHttp } from './http';
import { compileLanguage } from './language';
import { compileMenu } from './menu';
import { compileMessage } from './message';
import { compileQueue } from './queue';
import { compileRecord } from './record';
import { compileReturn } from './return';
import { compileSay } from './say';
import { compileSchedule } from './schedule';
import { compileSet } from './set';
import { compileStart } from './start';
import { compileSubflow } from './subflow';
import { compileTag } from './tag';
import { compileTransfer } from './transfer';
import { compileVoicemail } from './voicemail';

type Rule<K extends NodeKind> = (id: string, node: NodeOf<K>, ctx: CompileContext) => StateConfig;

const RULES: { [K in NodeKind]: Rule<K> } = {
  start: compileStart,
  say: compileSay,
  menu: compileMenu,
  ask: compileAsk,
  branch: compileBranch,
  set: compileSet,
  http: compileHttp,
  schedule: compileSchedule,
  callerList: compileCallerList,
  language: compileLanguage,
  transfer: compileTransfer,
  queue: compileQueue,
  voicemail: compileVoicemail,
  record: compileRecord,
  bot: compileBot,
  message: compileMessage,
  tag: compileTag,
  subflow: compileSubflow,
  hangup: compileHangup,
  return: compileReturn,
};

export function compileNode(id: string, node: Node, ctx: CompileContext): StateConfig {
  return (RULES[node.kind] as Rule<NodeKind>)(id, node as NodeOf<NodeKind>, ctx);
}

/** One state per node, in document order. A subflow's start node is its entry, not a state. */
export function compileNodes(ctx: CompileContext): Record<string, StateConfig> {
  const states: Record<string, StateConfig> = {};
  for (const [id, node] of Object.entries(ctx.scenario.nodes)) {
    if (ctx.prefix !== '' && node.kind === 'start') continue;
    states[id] = compileNode(id, node, ctx);
  }
  return states;
}
