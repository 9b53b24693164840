import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics';
import { fieldLabel, shorten } from './describe';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Where a group of zod issues comes from, to turn them into diagnostics about that place. */
export interface IssueSource {
  /** "Menu 'Main menu'" or "Scenario". */
  subject: string;
  /** Path of the parsed value inside the document, e.g. ["nodes", "menu1"]. */
  basePath: Path;
  nodeId?: string;
  /** The value as written, to tell a missing field from a wrong one. */
  value: unknown;
  /** The setting names of the value's own object, for "did you mean" on a misspelt setting. */
  settings: readonly string[];
}

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of settings ({…})',
  record: 'a group of settings ({…})',
  array: 'a list ([…])',
  null: 'null',
};

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

function has(value: unknown, path: Path): boolean {
  let current = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return false;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current !== undefined;
}

const count = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  switch (issue.origin) {
    case 'string':
      if (small && Number(limit) === 1) return 'must not be empty';
      return `must have ${small ? 'at least' : 'at most'} ${count(limit, 'character', 'characters')}`;
    case 'array':
    case 'set':
      if (small && Number(limit) === 1) return 'needs at least one entry';
      return `${small ? 'needs at least' : 'may have at most'} ${count(limit, 'entry', 'entries')}`;
    case 'number':
    case 'int':
    case 'bigint':
      if (issue.inclusive === false) return `must be ${small ? 'more' : 'less'} than ${limit}`;
      return `must be ${small ? 'at least' : 'at most'} ${limit}`;
    default:
      return `is too ${small ? 'small' : 'big'}`;
  }
}

const quoteValue = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  if (issue.discriminator !== undefined && 'options' in issue && issue.options)
    return `must be one of: ${issue.options.map(quoteValue).join(', ')}`;
  const expected = issue.errors
    .map((branch) => branch[0])
    .filter((first): first is Extract<Issue, { code: 'invalid_type' }> => first?.code === 'invalid_type' && first.path.length === 0)
    .map((first) => EXPECTED[first.expected] ?? first.expected);
  return expected.length > 0 ? `must be ${[...new Set(expected)].join(' or ')}` : 'is not valid';
}

/** A sentence about one issue, without the subject; `field` is the human label of where it is. */
function sentence(issue: Issue, field: string, source: IssueSource, relativePath: Path): string {
  const the = field === '' ? 'it' : field;
  switch (issue.code) {
    case 'invalid_type':
      if (!has(source.value, relativePath)) return `${the} is missing`;
      return `${the} must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
    case 'too_big':
      return `${the} ${sizeMessage(issue)}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `${the} has the wrong format` : `${the} is not valid: ${issue.message}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `${the} must be ${quoteValue(issue.values[0])}`
        : `${the} must be one of: ${issue.values.map(quoteValue).join(', ')}`;
    case 'invalid_union':
      return `${the} ${unionMessage(issue)}`;
    case 'invalid_key': {
      const key = relativePath[relativePath.length - 1];
      const where = fieldLabel(relativePath.slice(0, -1));
      const reason = issue.issues[0]?.message ?? 'not allowed';
      return `${where === '' ? '' : `${where}: `}'${shorten(String(key), 40)}' is not a valid name: ${reason}`;
    }
    case 'not_multiple_of':
      return `${the} must be a multiple of ${issue.divisor}`;
    default:
      return `${the}: ${issue.message}`;
  }
}

/** One diagnostic per issue; an unknown-settings issue becomes one per unknown setting. */
export function issuesToDiagnostics(issues: readonly Issue[], source: IssueSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const base = { severity: 'error' as const, code: 'schema.invalid', ...(source.nodeId !== undefined && { nodeId: source.nodeId }) };
  for (const issue of issues) {
    const relativePath = toPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const owner = fieldLabel(relativePath);
      for (const key of issue.keys) {
        const hint = relativePath.length === 0 ? didYouMean(key, source.settings) : '';
        const where = owner === '' ? `a setting of ${source.subject === 'Scenario' ? 'a scenario' : 'this step'}` : `allowed in ${owner}`;
        diagnostics.push({
          ...base,
          code: 'schema.unknownSetting',
          message: `${source.subject}: '${shorten(key, 40)}' is not ${where}${hint}`,
          path: [...source.basePath, ...relativePath, key],
        });
      }
      continue;
    }
    const message = sentence(issue, fieldLabel(relativePath), source, relativePath);
    diagnostics.push({ ...base, message: `${source.subject}: ${message}`, path: [...source.basePath, ...relativePath] });
  }
  return diagnostics;
}
