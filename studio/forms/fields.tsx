import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../dsl/diagnostics';
import { FormContext, useFieldDiagnostics, useForm } from './context';
import { helpText } from './helpTexts';
import { labelOf } from './labels';
import { LocaleField } from './LocaleField';
import { ListField, RecordField } from './collections';
import { setAt, startsWith, type Path } from './path';
import { emptyValue, fieldOf, type JsonSchema } from './schema';

export interface FieldProps {
  name: string | number;
  schema: JsonSchema;
  value: unknown;
  /** Relative to the form's value. */
  path: Path;
  required: boolean;
  /** Shown instead of the label derived from `name` (e.g. a row's locale). */
  label?: ReactNode;
}

/** One field, edited as its schema says. */
export function FieldView(props: FieldProps) {
  const field = fieldOf(props.schema, props.name);
  switch (field.kind) {
    case 'object':
      return <ObjectField {...props} properties={field.properties} requiredKeys={field.required} />;
    case 'variant':
      return <VariantField {...props} tag={field.tag} variants={field.variants} />;
    case 'locales':
      return <LocaleField {...props} valueSchema={field.value} prompt={field.prompt} />;
    case 'list':
      return <ListField {...props} item={field.item} />;
    case 'record':
      return <RecordField {...props} valueSchema={field.value} variableKeys={field.variableKeys} />;
    default:
      return (
        <FieldFrame {...props} leaf>
          {(id) => <LeafInput {...props} id={id} />}
        </FieldFrame>
      );
  }
}

/** Label, help text (the schema's description) and the diagnostics pointing at the field. */
export function FieldFrame({ name, schema, path, label, leaf = false, children }: FieldProps & { leaf?: boolean; children: (id: string) => ReactNode }) {
  const { t } = useTranslation('forms');
  const id = useId();
  const diagnostics = useFieldDiagnostics(path, leaf);
  // A checkbox sits before its label, on one line.
  const inline = fieldOf(schema, name).kind === 'boolean';
  return (
    <div className={inline ? 'form-field form-field-inline' : 'form-field'} data-field={path.join('.')}>
      <label className="form-label" htmlFor={id}>
        {label ?? labelOf(name, t)}
      </label>
      {children(id)}
      {schema.description && <div className="form-help">{helpText(schema.description, t)}</div>}
      <FieldDiagnostics diagnostics={diagnostics} />
    </div>
  );
}

export function FieldDiagnostics({ diagnostics }: { diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="form-diagnostics">
      {diagnostics.map((d, i) => (
        <li key={i} className={`form-diagnostic form-diagnostic-${d.severity}`} role={d.severity === 'error' ? 'alert' : undefined}>
          {d.message}
        </li>
      ))}
    </ul>
  );
}

/** Inputs for single values. Clearing an optional field removes it, so its default applies again. */
export function LeafInput({ name, schema, value, path, required, id }: FieldProps & { id: string }) {
  const { t } = useTranslation('forms');
  const form = useForm();
  const field = fieldOf(schema, name);
  const set = (v: unknown) => form.change(path, v);
  const clearable = (v: string) => (v === '' && !required ? undefined : v);
  const placeholder = schema.default !== undefined ? t('defaultIs', { value: JSON.stringify(schema.default) }) : undefined;
  switch (field.kind) {
    case 'boolean':
      return <input id={id} type="checkbox" checked={Boolean(value ?? schema.default ?? false)} onChange={(e) => set(e.target.checked)} />;
    case 'number':
      return (
        <input
          id={id}
          className="form-input"
          type="number"
          step={field.integer ? 1 : 'any'}
          min={schema.minimum}
          max={schema.maximum}
          value={typeof value === 'number' ? value : ''}
          placeholder={placeholder}
          onChange={(e) => set(e.target.value === '' ? (required ? 0 : undefined) : Number(e.target.value))}
        />
      );
    case 'enum':
      return (
        <select id={id} className="form-input" value={typeof value === 'string' ? value : ''} onChange={(e) => set(clearable(e.target.value))}>
          {(!required || value === undefined) && <option value="">{schema.default !== undefined ? placeholder : t('none')}</option>}
          {field.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      );
    case 'choices': {
      const chosen = Array.isArray(value) ? value : Array.isArray(schema.default) ? schema.default : [];
      return (
        <div className="form-choices" id={id}>
          {field.values.map((v) => (
            <label key={v} className="form-choice">
              <input
                type="checkbox"
                checked={chosen.includes(v)}
                onChange={(e) => set(e.target.checked ? field.values.filter((x) => x === v || chosen.includes(x)) : chosen.filter((x) => x !== v))}
              />
              {v}
            </label>
          ))}
        </div>
      );
    }
    case 'suggest':
      return <SuggestInput id={id} value={value} values={field.values} placeholder={placeholder} onChange={(v) => set(clearable(v))} />;
    case 'text':
      if (field.variable) return <SuggestInput id={id} value={value} values={form.variables} placeholder={placeholder} onChange={(v) => set(clearable(v))} />;
      return <TextInput id={id} value={value} multiline={field.multiline} code={field.code} placeholder={placeholder} onChange={(v) => set(clearable(v))} />;
    default:
      return <JsonInput id={id} value={value} onChange={set} />;
  }
}

/** Free entry with suggestions (declared variables, enum values of a union). */
export function SuggestInput({ id, value, values, placeholder, onChange }: { id: string; value: unknown; values: readonly string[]; placeholder?: string; onChange: (v: string) => void }) {
  const listId = `${id}-list`;
  return (
    <>
      <input id={id} className="form-input" list={listId} value={typeof value === 'string' ? value : ''} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      <datalist id={listId}>
        {values.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </>
  );
}

/** A text or text area; expressions and templates get an "insert variable" menu that inserts at the cursor. */
export function TextInput(props: { id: string; value: unknown; multiline: boolean; code: 'expression' | 'template' | null; placeholder?: string; rows?: number; onChange: (v: string) => void }) {
  const { id, value, multiline, code, placeholder, rows, onChange } = props;
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const text = typeof value === 'string' ? value : '';
  const common = { id, ref, className: `form-input${code ? ' mono' : ''}`, value: text, placeholder, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  const insert = (name: string) => {
    const snippet = code === 'expression' ? `vars.${name}` : `{{vars.${name}}}`;
    const at = ref.current?.selectionStart ?? text.length;
    onChange(text.slice(0, at) + snippet + text.slice(ref.current?.selectionEnd ?? at));
  };
  return (
    <div className="form-text">
      {multiline ? <textarea {...common} rows={rows ?? (code ? 2 : 3)} /> : <input {...common} />}
      {code && <InsertVariable onInsert={insert} />}
    </div>
  );
}

function InsertVariable({ onInsert }: { onInsert: (name: string) => void }) {
  const { t } = useTranslation('forms');
  const { variables } = useForm();
  if (variables.length === 0) return null;
  return (
    <select className="form-insert" aria-label={t('insertVariable')} value="" onChange={(e) => e.target.value && onInsert(e.target.value)}>
      <option value="">{`{x} ${t('insertVariable')}`}</option>
      {variables.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </select>
  );
}

/** Any JSON value (a variable's default); text that is not JSON is kept as a string. */
function JsonInput({ id, value, onChange }: { id: string; value: unknown; onChange: (v: unknown) => void }) {
  const { t } = useTranslation('forms');
  const shown = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const commit = (text: string) => {
    setDraft(null);
    if (text.trim() === '') return onChange(undefined);
    try {
      onChange(JSON.parse(text));
      setInvalid(false);
    } catch {
      onChange(text);
      setInvalid(true);
    }
  };
  return (
    <>
      <input id={id} className="form-input mono" value={draft ?? shown} onChange={(e) => setDraft(e.target.value)} onBlur={(e) => commit(e.target.value)} />
      {invalid && <div className="form-help">{t('invalidJson')}</div>}
    </>
  );
}

function ObjectField({ name, schema, value, path, label, properties, requiredKeys }: FieldProps & { properties: [string, JsonSchema][]; requiredKeys: Set<string> }) {
  const { t } = useTranslation('forms');
  const diagnostics = useFieldDiagnostics(path, false);
  const object = (value ?? {}) as Record<string, unknown>;
  return (
    <fieldset className="form-group" data-field={path.join('.')}>
      <legend className="form-label">{label ?? labelOf(name, t)}</legend>
      {schema.description && <div className="form-help">{helpText(schema.description, t)}</div>}
      <FieldDiagnostics diagnostics={diagnostics} />
      {properties.map(([key, property]) => (
        <FieldView key={key} name={key} schema={property} value={object[key]} path={[...path, key]} required={requiredKeys.has(key)} />
      ))}
    </fieldset>
  );
}

/** One of several shapes (bot controller nlu/webhook/llm): a select for the shape, then its fields. */
function VariantField({ name, schema, value, path, label, tag, variants }: FieldProps & { tag: string; variants: JsonSchema[] }) {
  const { t } = useTranslation('forms');
  const form = useForm();
  const id = useId();
  const diagnostics = useFieldDiagnostics(path, false);
  const current = (value ?? schema.default ?? emptyValue(variants[0] ?? {})) as Record<string, unknown>;
  const variant = variants.find((v) => v.properties?.[tag]?.const === current[tag]) ?? variants[0];
  const properties = Object.entries(variant?.properties ?? {}).filter(([key]) => key !== tag);
  const required = new Set(variant?.required);
  const choose = (tagValue: string) => {
    const next = variants.find((v) => v.properties?.[tag]?.const === tagValue);
    if (next) form.change(path, emptyValue({ ...next, default: undefined }));
  };
  // While the value is its default (absent), an edit of one property writes the whole variant.
  const inner = {
    ...form,
    change: (p: Path, v: unknown) =>
      value === undefined && startsWith(p, path) ? form.change(path, setAt(current, p.slice(path.length), v)) : form.change(p, v),
  };
  return (
    <FormContext.Provider value={inner}>
    <fieldset className="form-group" data-field={path.join('.')}>
      <legend className="form-label">{label ?? labelOf(name, t)}</legend>
      <div className="form-field">
        <label className="form-label" htmlFor={id}>
          {labelOf(tag, t)}
        </label>
        <select id={id} className="form-input" value={String(current[tag])} onChange={(e) => choose(e.target.value)}>
          {variants.map((v) => {
            const option = String(v.properties?.[tag]?.const);
            return (
              <option key={option} value={option}>
                {option}
              </option>
            );
          })}
        </select>
        {variant?.properties?.[tag]?.description && <div className="form-help">{helpText(variant.properties[tag].description, t)}</div>}
      </div>
      <FieldDiagnostics diagnostics={diagnostics} />
      {properties.map(([key, property]) => (
        <FieldView key={key} name={key} schema={property} value={current[key]} path={[...path, key]} required={required.has(key)} />
      ))}
    </fieldset>
    </FormContext.Provider>
  );
}
