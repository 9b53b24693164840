import { z } from 'zod';
import { DtmfKey, LocalizedText, Locale, nodeBase, PortName, Prompt, Seconds, Target } from '../schema/common';
import { defineNode, optional, promptsOf, required, type PromptRef } from './define';

export const MenuOption = z.strictObject({
  port: PortName.describe('Port the caller leaves by when choosing this option'),
  dtmf: DtmfKey.optional().describe('Phone key that selects the option'),
  keywords: z
    .record(Locale, z.array(z.string().min(1).max(200)).max(50))
    .optional()
    .describe('Spoken or typed words that select the option, per locale'),
  label: LocalizedText.optional().describe('Button text in chat, per locale'),
});

export const MenuNode = z
  .strictObject({
    kind: z.literal('menu'),
    ...nodeBase,
    prompt: Prompt,
    options: z.array(MenuOption).min(1).max(20),
    noInputPrompt: Prompt.optional().describe('Said before repeating the menu when the caller says nothing'),
    noMatchPrompt: Prompt.optional().describe('Said before repeating the menu when the choice is unknown'),
    timeout: Seconds.default(5).describe('Seconds to wait for a choice'),
    retries: z.number().int().min(0).max(10).default(2).describe('Extra attempts before leaving by noInput/noMatch'),
    bargeIn: z.boolean().default(true),
    on: z.record(PortName, Target),
  })
  .describe('IVR menu: keys, spoken keywords and chat buttons');

export const menu = defineNode({
  kind: 'menu',
  schema: MenuNode,
  summary: 'IVR menu with phone keys, spoken keywords and chat buttons',
  ports: (node) => [...node.options.map((o) => required(o.port)), optional('noInput'), optional('noMatch')],
  prompts: (node) => [
    ...promptsOf(node, 'prompt', 'noInputPrompt', 'noMatchPrompt'),
    ...node.options.flatMap((o, i): PromptRef[] => (o.label ? [{ path: ['options', i, 'label'], prompt: o.label }] : [])),
  ],
  waits: () => true,
});
