import type { NodeProps } from '@xyflow/react';
import type { ComponentType } from 'react';
import type { NodeKind } from '../../dsl/nodes';
import type { ScenarioFlowNode } from '../canvas/flow';
import { AskNode } from './AskNode';
import { BotNode } from './BotNode';
import { BranchNode } from './BranchNode';
import { CallerListNode } from './CallerListNode';
import { HangupNode } from './HangupNode';
import { HttpNode } from './HttpNode';
import { LanguageNode } from './LanguageNode';
import { MenuNode } from './MenuNode';
import { MessageNode } from './MessageNode';
import { QueueNode } from './QueueNode';
import { RecordNode } from './RecordNode';
import { ReturnNode } from './ReturnNode';
import { SayNode } from './SayNode';
import { ScheduleNode } from './ScheduleNode';
import { SetNode } from './SetNode';
import { StartNode } from './StartNode';
import { SubflowNode } from './SubflowNode';
import { TagNode } from './TagNode';
import { TransferNode } from './TransferNode';
import { VoicemailNode } from './VoicemailNode';

/** React Flow's nodeTypes: a canvas node's `type` is its dsl kind. */
export const nodeTypes: Record<NodeKind, ComponentType<NodeProps<ScenarioFlowNode>>> = {
  start: StartNode,
  say: SayNode,
  menu: MenuNode,
  ask: AskNode,
  branch: BranchNode,
  set: SetNode,
  http: HttpNode,
  schedule: ScheduleNode,
  callerList: CallerListNode,
  language: LanguageNode,
  transfer: TransferNode,
  queue: QueueNode,
  voicemail: VoicemailNode,
  record: RecordNode,
  bot: BotNode,
  message: MessageNode,
  tag: TagNode,
  subflow: SubflowNode,
  hangup: HangupNode,
  return: ReturnNode,
};

export { NodeShell } from './NodeShell';
export { KIND_LOOK } from './kinds';
