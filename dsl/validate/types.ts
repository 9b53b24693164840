import type { Diagnostic } from '../diagnostics';
import type { Node } from '../nodes';
import type { Scenario } from '../schema/document';

export interface ValidateOptions {
  /**
   * Looks up another scenario for subflow checks: its document (any format) or undefined
   * when there is no such scenario or revision. May throw; that counts as "not found".
   */
  resolveScenario?: (id: string, revision?: number) => unknown;
}

export interface ValidationResult {
  /** True when no diagnostic is an error. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The migrated, parsed document (defaults applied) when it is schema-valid, even if rules found errors. */
  scenario?: Scenario;
}

/** The scenario fields the rules read, parsed (defaults applied). */
export type RuleDocument = Pick<Scenario, 'locales' | 'channels' | 'variables' | 'start'> & { id?: string };

/** What every rule sees: the parsed document and its nodes, including which ones failed their schema. */
export interface RuleContext {
  doc: RuleDocument;
  /** Schema-valid nodes by id, in document order. */
  nodes: ReadonlyMap<string, Node>;
  /** Nodes that failed their schema, as written; they exist, but their facts are unknown. */
  broken: ReadonlyMap<string, unknown>;
  /** Every node id in document order, valid or not. */
  order: readonly string[];
  options: ValidateOptions;
  /** `Menu 'Main menu'` for a node id. */
  describe(id: string): string;
}

export type Rule = (context: RuleContext) => Diagnostic[];
