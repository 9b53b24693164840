import type { Diagnostic } from '../../dsl/diagnostics';
import { samePath, startsWith, type Path } from './path';

/**
 * Which diagnostics a form shows where. A field shows those pointing at it; a leaf field (one
 * input) also those pointing inside it. What points at no field of the form goes to its top.
 */
export interface PlacedDiagnostics {
  /** Diagnostics for the field at `path` (absolute, as in Diagnostic.path). */
  at(path: Path, leaf: boolean): Diagnostic[];
  /** Those that no field of the form shows. */
  general: Diagnostic[];
}

/**
 * `base` is the form's value path in the document (e.g. ["nodes", "ask1"]); `fields` are the
 * top-level keys the form renders — anything else (ports, unknown keys) is general.
 */
export function placeDiagnostics(diagnostics: readonly Diagnostic[], base: Path, fields: readonly string[]): PlacedDiagnostics {
  const inField = (d: Diagnostic) =>
    d.path !== undefined && d.path.length > base.length && startsWith(d.path, base) && fields.includes(String(d.path[base.length]));
  return {
    at: (path, leaf) => diagnostics.filter((d) => inField(d) && d.path && (leaf ? startsWith(d.path, path) : samePath(d.path, path))),
    general: diagnostics.filter((d) => !inField(d)),
  };
}
