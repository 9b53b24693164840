import { z } from 'zod';
import { nodeBase, Prompt, Target } from '../schema/common';
import { defineNode, promptsOf, required } from './define';

export const SayNode = z
  .strictObject({
    kind: z.literal('say'),
    ...nodeBase,
    prompt: Prompt,
    bargeIn: z.boolean().default(false).describe('A key press or speech interrupts the prompt'),
    next: Target.optional(),
  })
  .describe('Speak a TTS text or play an audio file (a message in chat)');

export const say = defineNode({
  kind: 'say',
  schema: SayNode,
  summary: 'Speak a text or play audio; in chat, send it as a message',
  ports: () => [required('next')],
  prompts: (node) => promptsOf(node, 'prompt'),
  waits: () => false,
});
