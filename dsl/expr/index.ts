import { identifierPath, parse, walk, type AstNode } from './ast';
import { jexl } from './jexl';
export { TRANSFORM_NAMES } from './jexl';

/** The names an expression may start with; see docs in README ("Expressions"). */
export const SCOPE_ROOTS = ['vars', 'caller', 'called', 'session', 'input', 'response', 'queue', 'tags'] as const;

export interface Scope {
  vars: Record<string, unknown>;
  caller: { number: string; name?: string };
  called: { number: string };
  session: { id: string; channel: string; locale: string; trigger: string; startedAt: string };
  input?: { value: string; mode: string };
  response?: { status: number; body: unknown; headers: Record<string, string> };
  queue?: { position: number; waitMinutes: number };
  tags: string[];
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
const TEMPLATE_PART = /\{\{([\s\S]*?)\}\}/g;

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(message);
  }
}

function checkedAst(source: string): AstNode {
  let ast: AstNode;
  try {
    ast = parse(source);
  } catch (error) {
    throw new ExpressionError(`cannot read "${source}": ${(error as Error).message}`, source);
  }
  walk(ast, (node) => {
    if (node.type === 'Identifier' && FORBIDDEN.has(String(node.value)))
      throw new ExpressionError(`"${String(node.value)}" may not be used in an expression`, source);
  });
  return ast;
}

/** Returns the reason an expression cannot be evaluated, or undefined when it is well-formed. */
export function expressionProblem(source: string): string | undefined {
  try {
    checkedAst(source);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export function templateProblem(template: string): string | undefined {
  for (const part of templateParts(template)) {
    const problem = expressionProblem(part);
    if (problem) return problem;
  }
  if (/\{\{(?![\s\S]*?\}\})/.test(template)) return `"{{" without a closing "}}" in "${template}"`;
  return undefined;
}

export function templateParts(template: string): string[] {
  return [...template.matchAll(TEMPLATE_PART)].map((m) => (m[1] ?? '').trim());
}

/** Evaluates an expression; a failing one yields undefined, since a call must go on. */
export function evaluate(source: string, scope: Scope | Record<string, unknown>): unknown {
  try {
    checkedAst(source);
    return jexl.evalSync(source, scope as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

export function isTruthy(source: string, scope: Scope | Record<string, unknown>): boolean {
  return Boolean(evaluate(source, scope));
}

export interface RenderOptions {
  /** Escapes each inserted value for where the text goes (a URL, a JSON body). */
  escape?: (value: string) => string;
  /** Placeholders to leave as they are, for a later render with more data. */
  keep?: (source: string) => boolean;
}

export function renderTemplate(template: string, scope: Scope | Record<string, unknown>, options: RenderOptions = {}): string {
  return template.replace(TEMPLATE_PART, (whole, source: string) => {
    const expression = source.trim();
    if (options.keep?.(expression)) return whole;
    const value = evaluate(expression, scope);
    if (value === undefined || value === null) return '';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return options.escape ? options.escape(text) : text;
  });
}

/** Every name path an expression or template reads, e.g. [["vars", "balance"], ["caller", "number"]]. */
export function readPaths(source: string, kind: 'expression' | 'template'): string[][] {
  const sources = kind === 'template' ? templateParts(source) : [source];
  const paths: string[][] = [];
  for (const part of sources) {
    let ast: AstNode;
    try {
      ast = checkedAst(part);
    } catch {
      continue;
    }
    const inner = new Set<AstNode>();
    walk(ast, (node) => {
      if (node.type === 'Identifier' && node.from) inner.add(node.from);
    });
    walk(ast, (node) => {
      // Only the outermost identifier of a chain is a whole path; `relative` ones read array items.
      if (node.type !== 'Identifier' || inner.has(node) || node.relative) return;
      const path = identifierPath(node);
      if (path) paths.push(path);
    });
  }
  return paths;
}

/** Names of the variables (vars.X) an expression or template reads. */
export function readVariables(source: string, kind: 'expression' | 'template'): string[] {
  return [...new Set(readPaths(source, kind).filter((p) => p[0] === 'vars' && p[1]).map((p) => p[1] as string))];
}
