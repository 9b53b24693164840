import type { Diagnostic } from '../diagnostics';

export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n') || 'the scenario cannot be compiled');
    this.name = 'CompileError';
  }
}
