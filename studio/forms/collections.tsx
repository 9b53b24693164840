import { useTranslation } from 'react-i18next';
import { FieldDiagnostics, FieldFrame, FieldView, LeafInput, SuggestInput, type FieldProps } from './fields';
import { useFieldDiagnostics, useForm } from './context';
import { helpText } from './helpTexts';
import { labelOf } from './labels';
import { renameKey } from './path';
import { emptyValue, fieldOf, type JsonSchema } from './schema';

/** An array: rows that can be added, removed and reordered; object rows get their own fields. */
export function ListField({ name, schema, value, path, label, item }: FieldProps & { item: JsonSchema }) {
  const { t } = useTranslation('forms');
  const form = useForm();
  const diagnostics = useFieldDiagnostics(path, false);
  const list = Array.isArray(value) ? value : [];
  const isObject = fieldOf(item).kind === 'object' || fieldOf(item).kind === 'variant';
  const setList = (next: unknown[]) => form.change(path, next);
  const move = (from: number, to: number) => {
    const next = [...list];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    setList(next);
  };
  const full = schema.maxItems !== undefined && list.length >= schema.maxItems;
  return (
    <fieldset className="form-group form-list" data-field={path.join('.')}>
      <legend className="form-label">{label ?? labelOf(name, t)}</legend>
      {schema.description && <div className="form-help">{helpText(schema.description, t)}</div>}
      <FieldDiagnostics diagnostics={diagnostics} />
      {list.map((entry, i) => (
        <div key={i} className={`form-row${isObject ? ' form-row-object' : ''}`} data-row={i}>
          <div className="form-row-body">
            {isObject ? (
              <FieldView name={i} schema={item} value={entry} path={[...path, i]} required label={t('item', { n: i + 1 })} />
            ) : (
              <FieldFrame name={i} schema={{}} value={entry} path={[...path, i]} required label={`${i + 1}.`} leaf>
                {(id) => <LeafInput name={name} schema={item} value={entry} path={[...path, i]} required id={id} />}
              </FieldFrame>
            )}
          </div>
          <div className="form-row-actions">
            <button type="button" className="button button-small button-ghost" aria-label={t('moveUp')} title={t('moveUp')} disabled={i === 0} onClick={() => move(i, i - 1)}>
              ↑
            </button>
            <button type="button" className="button button-small button-ghost" aria-label={t('moveDown')} title={t('moveDown')} disabled={i === list.length - 1} onClick={() => move(i, i + 1)}>
              ↓
            </button>
            <button type="button" className="button button-small button-ghost" aria-label={t('remove')} title={t('remove')} onClick={() => setList(list.filter((_, j) => j !== i))}>
              ✕
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" className="button button-small" disabled={full} onClick={() => setList([...list, emptyValue(item)])}>
          + {t('add')}
        </button>
      </div>
    </fieldset>
  );
}

/** An object with free keys (HTTP headers, response mapping, subflow inputs, scenario variables). */
export function RecordField({ name, schema, value, path, label, valueSchema, variableKeys }: FieldProps & { valueSchema: JsonSchema; variableKeys: boolean }) {
  const { t } = useTranslation('forms');
  const form = useForm();
  const diagnostics = useFieldDiagnostics(path, false);
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const isObject = fieldOf(valueSchema).kind === 'object';
  const addKey = () => {
    let key = 'new';
    for (let n = 2; Object.hasOwn(record, key); n++) key = `new${n}`;
    form.change(path, { ...record, [key]: emptyValue(valueSchema) });
  };
  return (
    <fieldset className="form-group form-record" data-field={path.join('.')}>
      <legend className="form-label">{label ?? labelOf(name, t)}</legend>
      {schema.description && <div className="form-help">{helpText(schema.description, t)}</div>}
      <FieldDiagnostics diagnostics={diagnostics} />
      {Object.entries(record).map(([key, entry], i) => (
        <div key={i} className={`form-row${isObject ? ' form-row-object' : ''}`} data-row={key}>
          <div className="form-row-body">
            <div className="form-field">
              <label className="form-label">{t('key')}</label>
              {variableKeys ? (
                <SuggestInput id={`${path.join('-')}-key-${i}`} value={key} values={form.variables} onChange={(k) => form.change(path, renameKey(record, key, k))} />
              ) : (
                <input className="form-input mono" value={key} onChange={(e) => form.change(path, renameKey(record, key, e.target.value))} />
              )}
            </div>
            <FieldView name={key} schema={valueSchema} value={entry} path={[...path, key]} required label={isObject ? '' : t('value')} />
          </div>
          <div className="form-row-actions">
            <button
              type="button"
              className="button button-small button-ghost"
              aria-label={t('remove')}
              title={t('remove')}
              onClick={() => form.change(path, Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)))}
            >
              ✕
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" className="button button-small" onClick={addKey}>
          + {t('add')}
        </button>
      </div>
    </fieldset>
  );
}
