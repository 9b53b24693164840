import type { z } from 'zod';
import type { LocalizedText, Prompt } from '../schema/common';

export interface PortSpec {
  name: string;
  /** A required port must be connected; an optional one that is not ends the session when taken. */
  required: boolean;
}

/** Where in a node a piece of text or code sits, for diagnostics and editors. */
export type FieldPath = (string | number)[];

export interface PromptRef {
  path: FieldPath;
  prompt: Prompt | LocalizedText;
}

export interface CodeRef {
  path: FieldPath;
  source: string;
  /** An expression is evaluated as a whole; a template only inside its `{{ }}`. */
  kind: 'expression' | 'template';
}

/**
 * Everything the language knows about one node kind, read from the node's own data.
 * Validation, compilation and the studio all work from these facts, so adding a kind
 * means adding one file here (plus its compile rule), not editing switch statements.
 */
export interface NodeDefinition<K extends string = string, S extends z.ZodType = z.ZodType> {
  kind: K;
  schema: S;
  /** Short English summary for the palette and the docs. */
  summary: string;
  ports(node: z.infer<S>): PortSpec[];
  prompts(node: z.infer<S>): PromptRef[];
  code(node: z.infer<S>): CodeRef[];
  /** Variables this node assigns. */
  writes(node: z.infer<S>): string[];
  /** True when leaving the node always waits for the caller or the outside world. */
  waits(node: z.infer<S>): boolean;
}

export function defineNode<K extends string, S extends z.ZodType>(
  def: Partial<Pick<NodeDefinition<K, S>, 'prompts' | 'code' | 'writes'>> &
    Omit<NodeDefinition<K, S>, 'prompts' | 'code' | 'writes'>,
): NodeDefinition<K, S> {
  return {
    prompts: () => [],
    code: () => [],
    writes: () => [],
    ...def,
  };
}

export const required = (name: string): PortSpec => ({ name, required: true });
export const optional = (name: string): PortSpec => ({ name, required: false });

/** Collects the prompt fields that are set, skipping absent optional ones. */
export function promptsOf(node: object, ...keys: string[]): PromptRef[] {
  const record = node as Record<string, unknown>;
  return keys
    .filter((key) => record[key] !== undefined)
    .map((key) => ({ path: [key], prompt: record[key] as Prompt }));
}
