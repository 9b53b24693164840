import { z } from 'zod';
import type { Diagnostic } from '../diagnostics';
import { isObject, own } from '../migrate/json';
import { NODE_DEFINITIONS, NODE_KINDS, type Node } from '../nodes';
import { NodeId } from '../schema/common';
import { Scenario } from '../schema/document';
import { describeNode } from './describe';
import { issuesToDiagnostics } from './issues';
import { didYouMean } from './suggest';
import type { RuleDocument } from './types';

/** The document without its nodes, which are parsed one by one so one broken node hides nothing else. */
const Shell = Scenario.extend({ nodes: z.record(z.string(), z.unknown()) });

/** Just what the rules need; when these parse, the rules can run even if, say, the name is missing. */
const RuleShell = z.object({
  locales: Scenario.shape.locales,
  channels: Scenario.shape.channels,
  variables: Scenario.shape.variables,
  start: Scenario.shape.start,
});

const SCENARIO_SETTINGS = Object.keys(Scenario.shape);

/** Names that collide with object internals in JavaScript, which every layer would have to guard against. */
const RESERVED_IDS = new Set(['__proto__', 'prototype', 'constructor']);

const definitions = new Map<string, (typeof NODE_DEFINITIONS)[number]>(NODE_DEFINITIONS.map((d) => [d.kind, d]));

export interface ParsedDocument {
  diagnostics: Diagnostic[];
  /** Present when the fields the rules read are valid. */
  ruleDoc?: RuleDocument;
  nodes: Map<string, Node>;
  broken: Map<string, unknown>;
  order: string[];
  /** Present when the whole document is schema-valid. */
  scenario?: Scenario;
}

function settingsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: unknown }).shape;
  return isObject(shape) ? Object.keys(shape) : [];
}

function idDiagnostics(id: string): Diagnostic[] {
  const at = { severity: 'error' as const, nodeId: id, path: ['nodes', id] };
  if (RESERVED_IDS.has(id))
    return [{ ...at, code: 'node.reservedId', message: `Node '${id}': this id is reserved; choose another one` }];
  const result = NodeId.safeParse(id);
  if (result.success) return [];
  const reason = result.error.issues[0]?.message ?? 'not allowed';
  return [{ ...at, code: 'node.invalidId', message: `Node '${id}': the id is not valid: ${reason}` }];
}

const KNOWN_KINDS = `known kinds: ${NODE_KINDS.join(', ')}`;

function parseNode(id: string, raw: unknown): { node?: Node; diagnostics: Diagnostic[] } {
  const at = { severity: 'error' as const, nodeId: id, path: ['nodes', id] };
  if (!isObject(raw))
    return { diagnostics: [{ ...at, code: 'schema.invalid', message: `${describeNode(id, raw)} must be a group of settings with a "kind"` }] };
  const kind = own(raw, 'kind');
  if (kind === undefined) {
    const message = `${describeNode(id, raw)}: kind is missing (${KNOWN_KINDS})`;
    return { diagnostics: [{ ...at, code: 'node.missingKind', message, path: [...at.path, 'kind'] }] };
  }
  const definition = typeof kind === 'string' ? definitions.get(kind) : undefined;
  if (!definition) {
    const type = Array.isArray(kind) ? 'list' : kind === null ? 'null' : typeof kind;
    const shown = typeof kind === 'string' ? `'${kind.slice(0, 40)}'` : `of type ${type}`;
    const hint = typeof kind === 'string' ? didYouMean(kind, NODE_KINDS) : '';
    const message = `${describeNode(id, raw)}: unknown kind ${shown} (${KNOWN_KINDS})${hint}`;
    return { diagnostics: [{ ...at, code: 'node.unknownKind', message, path: [...at.path, 'kind'] }] };
  }
  const result = definition.schema.safeParse(raw);
  if (result.success) return { node: result.data as Node, diagnostics: [] };
  return {
    diagnostics: issuesToDiagnostics(result.error.issues, {
      subject: describeNode(id, raw),
      basePath: ['nodes', id],
      nodeId: id,
      value: raw,
      settings: settingsOf(definition.schema),
    }),
  };
}

/** Parses a migrated document: its shell, then each node with its kind's schema. */
export function parseDocument(raw: unknown): ParsedDocument {
  const parsed: ParsedDocument = { diagnostics: [], nodes: new Map(), broken: new Map(), order: [] };
  const shell = Shell.safeParse(raw);
  if (!shell.success)
    parsed.diagnostics.push(
      ...issuesToDiagnostics(shell.error.issues, { subject: 'Scenario', basePath: [], value: raw, settings: SCENARIO_SETTINGS }),
    );
  const ruleShell = RuleShell.safeParse(raw);
  if (ruleShell.success) {
    const id = isObject(raw) ? own(raw, 'id') : undefined;
    parsed.ruleDoc = { ...ruleShell.data, ...(typeof id === 'string' && { id }) };
  }
  const rawNodes = isObject(raw) ? own(raw, 'nodes') : undefined;
  if (!isObject(rawNodes)) return parsed;

  let nodesValid = true;
  for (const [id, rawNode] of Object.entries(rawNodes)) {
    parsed.order.push(id);
    const ids = idDiagnostics(id);
    const { node, diagnostics } = parseNode(id, rawNode);
    parsed.diagnostics.push(...ids, ...diagnostics);
    if (ids.length > 0 || !node) nodesValid = false;
    if (node) parsed.nodes.set(id, node);
    else parsed.broken.set(id, rawNode);
  }
  if (shell.success && nodesValid) {
    const nodes = Object.fromEntries(parsed.order.map((id) => [id, parsed.nodes.get(id)]));
    parsed.scenario = { ...shell.data, nodes } as Scenario;
  }
  return parsed;
}
