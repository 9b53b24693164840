import type { Diagnostic } from '../../diagnostics';
import type { NodeKind } from '../../nodes';
import { listing } from '../describe';
import type { Rule } from '../types';

/**
 * Kinds that only make sense on a phone line. Not the queue: a chat waits for an agent in a
 * queue just as a call does (see examples/support-chatbot.json).
 */
export const VOICE_ONLY_KINDS: readonly NodeKind[] = ['transfer', 'record', 'voicemail'];

/** Phone-only steps in a chat or SMS scenario would never do anything. */
export const channelsRule: Rule = (context) => {
  const { channels } = context.doc;
  if (channels.includes('voice')) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    if (!VOICE_ONLY_KINDS.includes(node.kind)) continue;
    diagnostics.push({
      severity: 'warning',
      code: 'channel.voiceOnly',
      message: `${context.describe(id)}: works only in phone calls, but this scenario is for ${listing(channels)}`,
      nodeId: id,
      path: ['nodes', id],
    });
  }
  return diagnostics;
};
