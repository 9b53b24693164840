import { createContext, useContext } from 'react';
import type { Diagnostic } from '../../dsl/diagnostics';
import type { PlacedDiagnostics } from './diagnostics';
import type { Path } from './path';

export interface FormContextValue {
  /** Where the form's value sits in the document, e.g. ["nodes", "ask1"]; diagnostics use document paths. */
  base: Path;
  /** Sets the value at a path relative to the form's value. */
  change: (path: Path, value: unknown) => void;
  /** The scenario's locales: locale-keyed fields show one row each. */
  locales: readonly string[];
  /** Declared variable names, offered by variable pickers and "insert variable" menus. */
  variables: readonly string[];
  diagnostics: PlacedDiagnostics;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const form = useContext(FormContext);
  if (!form) throw new Error('form field outside a SchemaForm');
  return form;
}

export function useFieldDiagnostics(path: Path, leaf: boolean): Diagnostic[] {
  const form = useForm();
  return form.diagnostics.at([...form.base, ...path], leaf);
}
