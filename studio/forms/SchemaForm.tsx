import { useMemo } from 'react';
import type { Diagnostic } from '../../dsl/diagnostics';
import { FormContext, type FormContextValue } from './context';
import { placeDiagnostics } from './diagnostics';
import { FieldView } from './fields';
import './forms.css';
import './fieldLabels';
import './i18n';
import type { Path } from './path';
import type { JsonSchema } from './schema';

export interface SchemaFormProps {
  /** An object schema (from `jsonSchemaOf`); each property becomes a field. */
  schema: JsonSchema;
  value: Record<string, unknown>;
  /** Properties that are not form fields (edited elsewhere, e.g. ports on the canvas). */
  omit?: readonly string[];
  base: Path;
  locales: readonly string[];
  variables: readonly string[];
  diagnostics: readonly Diagnostic[];
  onChange: (path: Path, value: unknown) => void;
  /** Diagnostics that point at no field of this form; shown by the caller, at the top. */
  renderGeneral?: (general: Diagnostic[]) => React.ReactNode;
}

/** A form generated from a JSON Schema: no field list is kept by hand. */
export function SchemaForm({ schema, value, omit = [], base, locales, variables, diagnostics, onChange, renderGeneral }: SchemaFormProps) {
  const properties = Object.entries(schema.properties ?? {}).filter(([key]) => !omit.includes(key));
  const required = new Set(schema.required);
  const fields = properties.map(([key]) => key);
  const placed = useMemo(() => placeDiagnostics(diagnostics, base, fields), [diagnostics, base, fields.join('\u0000')]);
  const context: FormContextValue = { base, change: onChange, locales, variables, diagnostics: placed };
  return (
    <FormContext.Provider value={context}>
      {renderGeneral?.(placed.general)}
      <div className="form">
        {properties.map(([key, property]) => (
          <FieldView key={key} name={key} schema={property} value={value[key]} path={[key]} required={required.has(key)} />
        ))}
      </div>
    </FormContext.Provider>
  );
}
