import { z } from 'zod';

/** Node ids become XState state ids, so they may not hold dots or `#`. */
export const NodeId = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/, 'use letters, digits, "_" or "-" (max 64), starting with a letter')
  // These would collide with JavaScript object internals wherever ids are used as keys.
  .refine((id) => !['__proto__', 'constructor', 'prototype'].includes(id), 'this id is reserved; choose another')
  .describe('Stable node id, unique in the scenario');
export type NodeId = z.infer<typeof NodeId>;

/** A port name chosen by the user (menu option, branch condition, bot exit). */
export const PortName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'use letters, digits or "_" (max 64), starting with a letter')
  .describe('Name of an outgoing port');

export const VarName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'use letters, digits or "_" (max 64), starting with a letter')
  .describe('Variable name (read as vars.<name>)');

export const Locale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a locale such as "de-DE", "fr-FR" or "en-US"')
  .describe('BCP 47 locale tag');
export type Locale = z.infer<typeof Locale>;

/** Where a port leads: the id of another node. */
export const Target = NodeId.describe('Id of the node this port leads to');

/** An expression in the sandboxed expression language (Jexl), e.g. `vars.balance > 100`. */
export const Expression = z.string().min(1).max(2000).describe('Expression, e.g. vars.balance > 100');

/** Text with `{{ expression }}` placeholders, e.g. `https://crm/api?number={{caller.number}}`. */
export const Template = z.string().max(10_000).describe('Text with {{expression}} placeholders');

export const LocalizedText = z
  .record(Locale, Template)
  .describe('Text per locale, e.g. {"de-DE": "Hallo", "en-US": "Hello"}');
export type LocalizedText = z.infer<typeof LocalizedText>;

export const AudioPrompt = z.strictObject({
  audio: z.string().min(1).describe('Audio file path or URL'),
  text: Template.optional().describe('Spoken by TTS when the audio cannot be played, and shown in chat'),
});

/** A prompt per locale: TTS text (a template) or an audio file. */
export const Prompt = z
  .record(Locale, z.union([Template.min(1), AudioPrompt]))
  .describe('Prompt per locale: TTS text or {"audio": "file.wav"}');
export type Prompt = z.infer<typeof Prompt>;

export const Seconds = z.number().min(0).max(86_400).describe('Duration in seconds');

export const DtmfKey = z.string().regex(/^[0-9*#]$/, 'a phone key: 0-9, * or #');

export const Ui = z
  .strictObject({
    x: z.number(),
    y: z.number(),
    width: z.number().positive().optional(),
    height: z.number().positive().optional(),
    color: z.string().max(32).optional(),
  })
  .describe('Canvas placement, ignored by the runtime');

/** Fields every node has besides its kind and ports. */
export const nodeBase = {
  name: z.string().max(200).optional().describe('Label shown on the canvas and in messages'),
  description: z.string().max(5000).optional(),
  ui: Ui.optional(),
};
