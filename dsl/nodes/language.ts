import { z } from 'zod';
import { Locale, nodeBase, Target } from '../schema/common';
import { defineNode, required } from './define';

export const LanguageNode = z
  .strictObject({
    kind: z.literal('language'),
    ...nodeBase,
    locale: Locale.describe('Locale the conversation continues in'),
    next: Target.optional(),
  })
  .describe('Switch the conversation locale');

export const language = defineNode({
  kind: 'language',
  schema: LanguageNode,
  summary: 'Switch the conversation language',
  ports: () => [required('next')],
  waits: () => false,
});
