import type { NodeOf } from '../../nodes';
import { say } from '../actions';
import { WAIT_TAGS, type StateConfig } from '../config';
import { compact, leave, stateId, visit, type CompileContext } from '../context';

export function compileVoicemail(id: string, node: NodeOf<'voicemail'>, ctx: CompileContext): StateConfig {
  const sid = stateId(ctx, id);
  return {
    id: sid,
    tags: [WAIT_TAGS.recording],
    entry: [
      visit(ctx, id, node),
      ...say(sid, node.greeting),
      {
        type: 'recordMessage',
        params: compact({
          nodeId: sid,
          mailbox: node.mailbox,
          maxLength: node.maxLength,
          beep: node.beep,
          transcribe: node.transcribe,
          notify: node.notify,
        }),
      },
    ],
    on: { recordingDone: [leave(ctx, id, node, 'next', { actions: [{ type: 'storeRecording' }] })] },
  };
}
