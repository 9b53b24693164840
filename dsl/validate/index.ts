export { validate } from './validate';
export type { Rule, RuleContext, RuleDocument, ValidateOptions, ValidationResult } from './types';
export { describeNode, fieldLabel, KIND_LABELS, kindLabel } from './describe';
export { sortDiagnostics } from './sort';
export { parseDocument, type ParsedDocument } from './schema';
export { codeOf } from './code';
export { closest, didYouMean } from './suggest';
export { RULES } from './rules';
export * from './rules';
