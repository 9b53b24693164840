import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldDiagnostics, TextInput, type FieldProps } from './fields';
import { useFieldDiagnostics, useForm } from './context';
import { helpText } from './helpTexts';
import { labelOf } from './labels';
import { localeRows, type LocaleRow } from './locales';
import { fieldOf, type JsonSchema } from './schema';

type Props = FieldProps & { valueSchema: JsonSchema; prompt: boolean };

/**
 * A value per locale (prompts, chat labels, keywords): one row per locale the scenario declares,
 * flagged when the translation is missing. Prompts may switch a row to an audio file.
 */
export function LocaleField({ name, schema, value, path, required, label, valueSchema, prompt }: Props) {
  const { t } = useTranslation('forms');
  const form = useForm();
  const diagnostics = useFieldDiagnostics(path, false);
  const record = (value ?? {}) as Record<string, unknown>;
  const rows = localeRows(value, form.locales);
  const setLocale = (locale: string, v: unknown) => {
    const { [locale]: _old, ...others } = record;
    const next = v === undefined ? others : { ...record, [locale]: v };
    // An optional prompt with no text left is removed, rather than kept as an empty {}.
    form.change(path, Object.keys(next).length === 0 && !required ? undefined : next);
  };
  return (
    <fieldset className="form-group form-locales" data-field={path.join('.')}>
      <legend className="form-label">{label ?? labelOf(name, t)}</legend>
      {schema.description && <div className="form-help">{helpText(schema.description, t)}</div>}
      <FieldDiagnostics diagnostics={diagnostics} />
      {rows.length === 0 && <div className="form-help">{t('noLocales')}</div>}
      {rows.map((row) => (
        <LocaleRowView
          key={row.locale}
          row={row}
          path={[...path, row.locale]}
          prompt={prompt}
          valueSchema={valueSchema}
          // An optional prompt may be left empty in every locale; a missing row is only worth a hint once it has text somewhere.
          hint={row.missing && (required || rows.some((r) => !r.missing))}
          onChange={(v) => setLocale(row.locale, v)}
        />
      ))}
    </fieldset>
  );
}

function LocaleRowView({ row, path, prompt, valueSchema, hint, onChange }: { row: LocaleRow; path: (string | number)[]; prompt: boolean; valueSchema: JsonSchema; hint: boolean; onChange: (v: unknown) => void }) {
  const { t } = useTranslation('forms');
  const id = useId();
  const diagnostics = useFieldDiagnostics(path, true);
  const audio = prompt && row.value !== null && typeof row.value === 'object' ? (row.value as { audio?: string; text?: string }) : null;
  const text = typeof row.value === 'string' ? row.value : '';
  const lines = fieldOf(valueSchema).kind === 'list';
  const fromText = (v: string) => (v === '' ? undefined : v);
  return (
    <div className={`form-locale${hint ? ' form-locale-missing' : ''}`} data-locale={row.locale}>
      <div className="form-locale-head">
        <label className="form-locale-tag mono" htmlFor={id}>
          {row.locale}
        </label>
        {hint && <span className="form-hint-missing">{t('missingTranslation')}</span>}
        {row.undeclared && <span className="form-hint-missing">{t('undeclaredLocale')}</span>}
        <span className="form-spacer" />
        {prompt && (
          <label className="form-choice">
            <input type="checkbox" checked={audio !== null} onChange={(e) => onChange(e.target.checked ? { audio: '', ...(text ? { text } : {}) } : fromText(audio?.text ?? ''))} />
            {t('audio')}
          </label>
        )}
        {row.undeclared && (
          <button type="button" className="button button-small button-ghost" onClick={() => onChange(undefined)}>
            {t('remove')}
          </button>
        )}
      </div>
      {audio ? (
        <>
          <input id={id} className="form-input mono" placeholder={t('audioPath')} value={audio.audio ?? ''} onChange={(e) => onChange({ ...audio, audio: e.target.value })} />
          <TextInput id={`${id}-text`} value={audio.text} multiline={false} code="template" placeholder={t('fallbackText')} onChange={(v) => onChange(v ? { ...audio, text: v } : { audio: audio.audio ?? '' })} />
        </>
      ) : lines ? (
        <textarea
          id={id}
          className="form-input"
          rows={3}
          placeholder={t('onePerLine')}
          value={Array.isArray(row.value) ? row.value.join('\n') : ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value.split('\n'))}
        />
      ) : (
        <TextInput id={id} value={text} multiline rows={2} code="template" onChange={(v) => onChange(fromText(v))} />
      )}
      <FieldDiagnostics diagnostics={diagnostics} />
    </div>
  );
}
