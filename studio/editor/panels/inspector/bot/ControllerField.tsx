import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldDiagnostics, useForm } from '../../../../forms/context';
import { FieldDiagnostics, FieldView } from '../../../../forms/fields';
import { emptyValue, type JsonSchema } from '../../../../forms/schema';
import { NAMESPACE } from './i18n';

/**
 * What a newly chosen controller starts with, beyond its defaults: its required texts must not be
 * empty or the document stops being a scenario (and the canvas cannot draw it). "https://" is
 * then flagged by the validator until a real address is typed; the model is the one of the API the
 * base URL defaults to.
 */
const STARTING: Record<string, Record<string, unknown>> = { webhook: { url: 'https://' }, llm: { model: 'gpt-4o-mini' } };

/** Addresses are one line, whatever their length limit. */
const ONE_LINE = new Set(['url', 'baseUrl']);

/**
 * Who understands the caller: a choice of three described in words, then the chosen
 * controller's own fields as the generic form renders them (URL, model, system prompt…).
 */
export function ControllerField({ schema, value }: { schema: JsonSchema; value: unknown }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const variants = schema.oneOf ?? schema.anyOf ?? [];
  const typeOf = (v: JsonSchema) => String(v.properties?.type?.const);
  const current = (value ?? schema.default ?? { type: 'nlu' }) as Record<string, unknown>;
  const variant = variants.find((v) => typeOf(v) === current.type) ?? variants[0];
  // What was typed for another controller comes back when the user switches back in the same visit.
  const [kept, setKept] = useState<Record<string, Record<string, unknown>>>({});
  const diagnostics = useFieldDiagnostics(['controller'], false);
  const group = useId();
  const choose = (type: string) => {
    const next = variants.find((v) => typeOf(v) === type);
    if (!next || type === current.type) return;
    setKept({ ...kept, [String(current.type)]: current });
    form.change(['controller'], kept[type] ?? { ...(emptyValue({ ...next, default: undefined }) as object), ...STARTING[type] });
  };
  const properties = Object.entries(variant?.properties ?? {}).filter(([key]) => key !== 'type');
  const required = new Set(variant?.required);
  return (
    <div className="bot-controller" data-field="controller">
      <div className="form-label">{t('controller', { ns: 'formsFields', defaultValue: 'Controller' })}</div>
      <div className="bot-choices" role="radiogroup" aria-label={t('controller', { ns: 'formsFields', defaultValue: 'Controller' })}>
        {variants.map((v) => {
          const type = typeOf(v);
          const checked = type === current.type;
          return (
            <label key={type} className={`bot-choice${checked ? ' is-checked' : ''}`} data-controller={type}>
              <input type="radio" name={group} value={type} checked={checked} onChange={() => choose(type)} />
              <span>
                <span className="bot-choice-title">{t(`controllers.${type}.title`, { defaultValue: type })}</span>
                <span className="form-help">{t(`controllers.${type}.help`, { defaultValue: v.properties?.type?.description ?? '' })}</span>
              </span>
            </label>
          );
        })}
      </div>
      <FieldDiagnostics diagnostics={diagnostics} />
      {properties.length > 0 && (
        <div className="bot-controller-fields">
          {properties.map(([key, property]) => (
            <FieldView
              key={key}
              name={key}
              schema={ONE_LINE.has(key) ? { ...property, maxLength: undefined } : property}
              value={current[key]}
              path={['controller', key]}
              required={required.has(key)}
              label={t(`controllerFields.${key}`, { defaultValue: '' }) || undefined}
            />
          ))}
          <p className="bot-note">{t('remoteInSimulator')}</p>
        </div>
      )}
    </div>
  );
}

/** The confidence threshold as a slider; the change is made when the handle is let go, one undo step per adjustment. */
export function ThresholdField({ schema, value }: { schema: JsonSchema; value: unknown }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const saved = typeof value === 'number' ? value : typeof schema.default === 'number' ? schema.default : 0.6;
  const [draft, setDraft] = useState<number | null>(null);
  const diagnostics = useFieldDiagnostics(['threshold'], true);
  const shown = draft ?? saved;
  const commit = () => {
    if (draft !== null && draft !== saved) form.change(['threshold'], draft);
    setDraft(null);
  };
  return (
    <div className="form-field bot-threshold" data-field="threshold">
      <label className="form-label" htmlFor="bot-threshold">
        {t('threshold')} <span className="bot-threshold-value">{Math.round(shown * 100)} %</span>
      </label>
      <input
        id="bot-threshold"
        type="range"
        min={schema.minimum ?? 0}
        max={schema.maximum ?? 1}
        step={0.05}
        value={shown}
        onChange={(e) => setDraft(Number(e.target.value))}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
      <div className="bot-threshold-scale" aria-hidden>
        <span>{t('thresholdLow')}</span>
        <span>{t('thresholdHigh')}</span>
      </div>
      <div className="form-help">{t('thresholdHelp')}</div>
      <FieldDiagnostics diagnostics={diagnostics} />
    </div>
  );
}
