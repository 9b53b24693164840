import { z } from 'zod';
import { Node } from '../nodes';
import { Locale, NodeId, Ui, VarName } from './common';

/** The format version this build writes; older documents are migrated (see migrate/). */
export const DSL_VERSION = 2;

export const Channel = z.enum(['voice', 'chat', 'sms']);
export type Channel = z.infer<typeof Channel>;

export const VariableType = z.enum(['string', 'number', 'boolean', 'date', 'object', 'list']);
export type VariableType = z.infer<typeof VariableType>;

export const Variable = z.strictObject({
  type: VariableType,
  default: z.unknown().optional(),
  description: z.string().max(2000).optional(),
  input: z.boolean().default(false).describe('May be set when the session starts (API call, subflow input)'),
  sensitive: z.boolean().default(false).describe('Masked in traces and statistics'),
});
export type Variable = z.infer<typeof Variable>;

export const StickyNote = z.strictObject({
  text: z.string().max(10_000),
  ui: Ui,
});

export const Scenario = z
  .strictObject({
    $schema: z.string().optional(),
    dsl: z.literal(DSL_VERSION).describe('Format version of this document'),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'lower-case letters, digits and "-"'),
    name: z.string().min(1).max(200),
    description: z.string().max(10_000).optional(),
    locales: z.array(Locale).min(1).max(50).describe('Locales every prompt must have; the first is the default'),
    channels: z.array(Channel).min(1).default(['voice']),
    variables: z.record(VarName, Variable).default({}),
    start: NodeId.describe('Id of the start node'),
    nodes: z.record(NodeId, Node),
    notes: z.record(NodeId, StickyNote).optional().describe('Sticky notes on the canvas'),
  })
  .describe('A Callflow Studio scenario');

export type Scenario = z.infer<typeof Scenario>;
/** What a person writes: defaults may be left out. */
export type ScenarioInput = z.input<typeof Scenario>;
