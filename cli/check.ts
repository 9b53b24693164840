import { compile, CompileError, type CompiledScenario } from '../dsl/compile';
import type { Diagnostic } from '../dsl/diagnostics';
import type { Scenario } from '../dsl/schema/document';
import { validate } from '../dsl/validate';
import { ScenarioLibrary } from './library';
import { diagnosticLines, verdict } from './report';

/** What `validate --json` prints per file. */
export interface FileReport {
  file: string;
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface CheckedFile extends FileReport {
  /** The parsed document, when it is schema-valid. */
  scenario?: Scenario;
}

/** Validates each file, subflows resolved from the files and their folders. */
export function checkFiles(files: string[]): CheckedFile[] {
  const library = new ScenarioLibrary(files);
  return files.map((file) => checkFile(file, library));
}

/** A file that cannot be read or parsed becomes a file error, never a throw. */
function checkFile(file: string, library: ScenarioLibrary): CheckedFile {
  const read = library.read(file);
  if (!read.ok) return { file, ok: false, diagnostics: [{ severity: 'error', code: 'file.unreadable', message: read.problem }] };
  const result = validate(read.value, { resolveScenario: (id) => library.document(id) });
  return { file, ok: result.ok, diagnostics: result.diagnostics, ...(result.scenario && { scenario: result.scenario }) };
}

/** "file: verdict" followed by one line per diagnostic; an unreadable file gets one line saying why. */
export function humanReport({ file, diagnostics }: FileReport): string {
  const unreadable = diagnostics.find((d) => d.code === 'file.unreadable');
  if (unreadable) return `${file}: ${unreadable.message}`;
  return [`${file}: ${verdict(diagnostics)}`, ...diagnosticLines(diagnostics)].join('\n');
}

export type CompileOutcome =
  | { ok: true; compiled: CompiledScenario; scenario: Scenario }
  | { ok: false; report: string };

/** Validates then compiles one file; a scenario with errors yields the human report instead. */
export function compileFile(file: string): CompileOutcome {
  const library = new ScenarioLibrary([file]);
  const checked = checkFile(file, library);
  if (!checked.ok || !checked.scenario) return { ok: false, report: humanReport(checked) };
  const resolveScenario = (id: string) => {
    const document = library.document(id);
    return document === undefined ? undefined : validate(document).scenario;
  };
  try {
    const compiled = compile(checked.scenario, { resolveScenario, validated: true });
    return { ok: true, compiled, scenario: checked.scenario };
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    return { ok: false, report: humanReport({ file, ok: false, diagnostics: error.diagnostics }) };
  }
}
