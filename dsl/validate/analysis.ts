import { expressionProblem, templateParts, templateProblem } from '../expr';
import { identifierPath, parse, walk, type AstNode } from '../expr/ast';
import type { CodeRef } from '../nodes/define';

export interface Call {
  name: string;
  /** "transforms" for `x|name`, "functions" for `name(x)`. */
  pool: string;
}

/** What validation needs to know about one expression or template. */
export interface Analysis {
  /** Why it cannot be read; when set, the other fields are empty. */
  problem?: string;
  /** Name paths it reads, e.g. [["vars", "balance"], ["caller", "number"]], as `readPaths` gives them. */
  paths: string[][];
  calls: Call[];
}

const EMPTY: Analysis = { paths: [], calls: [] };

/**
 * `expressionProblem` has the last word on whether an expression is well-formed; paths and
 * calls then come from one more parse, since parsing dominates the cost of validation.
 * The paths follow `readPaths` (checked against it in analysis.test.ts).
 */
export function analyzeExpression(source: string): Analysis {
  const problem = expressionProblem(source);
  if (problem) return { problem, paths: [], calls: [] };
  const ast = parse(source);
  const inner = new Set<AstNode>();
  const calls: Call[] = [];
  walk(ast, (node) => {
    if (node.type === 'Identifier' && node.from) inner.add(node.from);
    if (node.type === 'FunctionCall' && typeof node.name === 'string') calls.push({ name: node.name, pool: String(node.pool) });
  });
  const paths: string[][] = [];
  walk(ast, (node) => {
    // Only the outermost identifier of a chain is a whole path; `relative` ones read array items.
    if (node.type !== 'Identifier' || inner.has(node) || node.relative) return;
    const path = identifierPath(node);
    if (path) paths.push(path);
  });
  return { paths, calls };
}

/** Analyses each distinct expression once per validation run: the same `{{vars.name}}` recurs in many prompts. */
export class CodeAnalyzer {
  private readonly expressions = new Map<string, Analysis>();

  expression(source: string): Analysis {
    let analysis = this.expressions.get(source);
    if (!analysis) {
      analysis = analyzeExpression(source);
      this.expressions.set(source, analysis);
    }
    return analysis;
  }

  template(source: string): Analysis {
    if (!source.includes('{{')) return EMPTY;
    const parts = templateParts(source).map((part) => this.expression(part));
    const broken = parts.find((part) => part.problem !== undefined);
    if (broken) return broken;
    // An opening "{{" with no "}}" after it; templateProblem words the message.
    if (source.lastIndexOf('{{') > source.lastIndexOf('}}')) return { problem: templateProblem(source) ?? 'unclosed "{{"', paths: [], calls: [] };
    return { paths: parts.flatMap((p) => p.paths), calls: parts.flatMap((p) => p.calls) };
  }

  of(ref: CodeRef): Analysis {
    return ref.kind === 'expression' ? this.expression(ref.source) : this.template(ref.source);
  }
}

/** Names of the variables (vars.X) among the paths an analysis reads. */
export function variablesRead(analysis: Analysis): string[] {
  return [...new Set(analysis.paths.filter((p) => p[0] === 'vars' && p[1] !== undefined).map((p) => p[1] as string))];
}
