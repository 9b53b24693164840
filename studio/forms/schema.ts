import { z } from 'zod';
import { Locale, VarName } from '../../dsl/schema/common';

/** The part of JSON Schema (draft 2020-12, as `z.toJSONSchema` writes it) that forms read. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** The JSON Schema of a zod schema as a person writes it (defaults may be left out). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

// Taken from the dsl's own schemas, so a changed pattern there changes what forms recognise.
const LOCALE_PATTERN = jsonSchemaOf(Locale).pattern;
const VAR_PATTERN = jsonSchemaOf(VarName).pattern;

/** Strings longer than this get a multi-line box. */
const LONG_TEXT = 500;

export type Field =
  | { kind: 'text'; multiline: boolean; variable: boolean; code: 'expression' | 'template' | null }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  /** Free text with suggestions (a union of an enum and a string). */
  | { kind: 'suggest'; values: string[] }
  | { kind: 'choices'; values: string[] }
  | { kind: 'list'; item: JsonSchema }
  | { kind: 'object'; properties: [string, JsonSchema][]; required: Set<string> }
  /** One value per declared locale. */
  | { kind: 'locales'; value: JsonSchema; prompt: boolean }
  | { kind: 'record'; value: JsonSchema; variableKeys: boolean }
  /** One of several object shapes told apart by a constant property (e.g. bot.controller.type). */
  | { kind: 'variant'; tag: string; variants: JsonSchema[] }
  | { kind: 'json' };

const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type[0] : s.type);

/** How a field of this schema is edited; `key` is the property name it sits under (variable fields are named so). */
export function fieldOf(schema: JsonSchema, key?: string | number): Field {
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const tag = variantTag(alternatives);
    if (tag) return { kind: 'variant', tag, variants: alternatives };
    const values = alternatives.flatMap((a) => (a.enum ?? []).filter((v): v is string => typeof v === 'string'));
    if (alternatives.every((a) => a.enum || typeOf(a) === 'string')) return { kind: 'suggest', values };
    return { kind: 'json' };
  }
  if (schema.enum) return { kind: 'enum', values: schema.enum.map(String) };
  switch (typeOf(schema)) {
    case 'string':
      return {
        kind: 'text',
        multiline: (schema.maxLength ?? 0) > LONG_TEXT,
        variable: schema.pattern === VAR_PATTERN && typeof key === 'string' && /variable/i.test(key),
        code: codeKindOf(schema),
      };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: typeOf(schema) === 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const item = schema.items ?? {};
      if (item.enum) return { kind: 'choices', values: item.enum.map(String) };
      return { kind: 'list', item };
    }
    case 'object': {
      if (schema.properties) return { kind: 'object', properties: Object.entries(schema.properties), required: new Set(schema.required) };
      const value = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
      if (schema.propertyNames?.pattern === LOCALE_PATTERN) return { kind: 'locales', value, prompt: isPromptValue(value) };
      return { kind: 'record', value, variableKeys: schema.propertyNames?.pattern === VAR_PATTERN };
    }
    default:
      return { kind: 'json' };
  }
}

/** Expressions and templates say so in their description (dsl/schema/common.ts), which field descriptions keep. */
function codeKindOf(schema: JsonSchema): 'expression' | 'template' | null {
  const text = schema.description ?? '';
  if (/^expression\b/i.test(text)) return 'expression';
  if (/\{\{|template/i.test(text)) return 'template';
  return null;
}

/** A prompt value: TTS text or an {audio, text} object. */
function isPromptValue(value: JsonSchema): boolean {
  return (value.anyOf ?? []).some((a) => a.properties && 'audio' in a.properties);
}

function variantTag(alternatives: JsonSchema[]): string | undefined {
  const first = alternatives[0]?.properties;
  if (!first) return undefined;
  return Object.keys(first).find((key) => alternatives.every((a) => a.properties?.[key]?.const !== undefined));
}

/** A value to start a new row or field with: the schema's default, else an empty value of its type. */
export function emptyValue(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.[0]) return emptyValue(alternatives[0]);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  switch (typeOf(schema)) {
    case 'string':
      return '';
    case 'number':
    case 'integer':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, emptyValue(schema.properties?.[key] ?? {})]));
    default:
      return null;
  }
}
