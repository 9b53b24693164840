import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PortName } from '../../../../../dsl/schema/common';
import { useFieldDiagnostics, useForm } from '../../../../forms/context';
import { FieldDiagnostics, FieldView } from '../../../../forms/fields';
import type { JsonSchema } from '../../../../forms/schema';
import { intentsOf, phraseCounts, portOf, removeIntent, renameIntent, setExit, type RawBot, type RawIntent } from './edits';
import { NAMESPACE } from './i18n';
import { RenameField } from '../../../../forms/RenameField';
import { Utterances } from './Utterances';

interface Props {
  node: RawBot;
  index: number;
  /** The JSON Schema of one intent, for the fields the generic form renders (the answer). */
  schema: JsonSchema;
  open: boolean;
  onToggle: () => void;
}

/** One intent: a summary line (exit or answer, phrases per locale, problems) that opens into its editor. */
export function IntentCard({ node, index, schema, open, onToggle }: Props) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const intent = intentsOf(node)[index] ?? {};
  const name = typeof intent.name === 'string' ? intent.name : '';
  const path = ['intents', index];
  const inside = useFieldDiagnostics(path, true);
  const own = useFieldDiagnostics(path, false);
  const ofPhrases = useFieldDiagnostics([...path, 'utterances'], false);
  const counts = phraseCounts(intent.utterances, form.locales);
  const missing = counts.filter((c) => c.missing);
  const severity = inside.some((d) => d.severity === 'error') ? 'error' : inside.length ? 'warning' : undefined;
  const bodyId = useId();
  return (
    <li className={`bot-intent${open ? ' is-open' : ''}`} data-intent={name} data-row={index}>
      <button type="button" className="bot-intent-head" aria-expanded={open} aria-controls={bodyId} aria-label={t('expand', { name })} onClick={onToggle}>
        <span className="bot-chevron" aria-hidden>
          ▸
        </span>
        <span className="bot-intent-name mono">{name || '—'}</span>
        {portOf(intent) ? <span className="bot-pill bot-pill-exit">→ {t('exitBadge')}</span> : intent.answer ? <span className="bot-pill">{t('answerBadge')}</span> : null}
        {severity && <span className={`bot-dot bot-dot-${severity}`} aria-hidden />}
        <span className="form-spacer" />
        <span className="bot-counts">
          {counts.map((c) => (
            <span key={c.locale} className={c.missing ? 'bot-count is-missing' : 'bot-count'} title={c.missing ? t('missingIn', { locale: c.locale }) : t('phraseCount', { count: c.count })}>
              {c.locale.split('-')[0]} {c.count}
            </span>
          ))}
        </span>
      </button>
      {!open && missing.length > 0 && <div className="bot-intent-missing">{t('missingIn', { locale: missing.map((c) => c.locale).join(', ') })}</div>}
      {open && (
        <div className="bot-intent-body" id={bodyId}>
          <IntentName key={name} node={node} index={index} name={name} />
          <ExitToggle node={node} index={index} intent={intent} />
          <FieldDiagnostics diagnostics={own} />
          <Utterances value={intent.utterances} path={[...path, 'utterances']} />
          <FieldDiagnostics diagnostics={ofPhrases} />
          {schema.properties?.answer && <FieldView name="answer" schema={schema.properties.answer} value={intent.answer} path={[...path, 'answer']} required={false} />}
          <NeededSlots node={node} index={index} intent={intent} />
          <div className="bot-intent-actions">
            <button
              type="button"
              className="button button-small button-ghost button-ghost-danger"
              onClick={() => {
                // Closed first, so the intent that moves up into this place does not open in its stead.
                onToggle();
                form.change([], removeIntent(node, index));
              }}
            >
              {t('removeIntent')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** Renaming an exit intent renames its port, and the connection follows. */
function IntentName({ node, index, name }: { node: RawBot; index: number; name: string }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const diagnostics = useFieldDiagnostics(['intents', index, 'name'], true);
  const others = intentsOf(node).filter((_, i) => i !== index).map((i) => String(i.name));
  return (
    <RenameField
      label={t('intentName')}
      name={name}
      taken={(n) => others.includes(n)}
      takenMessage={(n) => t('nameTaken', { name: n })}
      rule={PortName}
      onRename={(next) => form.change([], renameIntent(node, index, next))}
      diagnostics={diagnostics}
      field={`intents.${index}.name`}
    />
  );
}

function ExitToggle({ node, index, intent }: { node: RawBot; index: number; intent: RawIntent }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const exit = intent.exit === true;
  const port = portOf(intent);
  const name = String(intent.name ?? '');
  return (
    <div className="form-field form-field-inline" data-field={`intents.${index}.exit`}>
      <input id={`exit-${index}`} type="checkbox" checked={exit} onChange={(e) => form.change([], setExit(node, index, e.target.checked))} />
      <label className="form-label" htmlFor={`exit-${index}`}>
        {t('exit')}
      </label>
      <div className="form-help">{port ? t('exitOn', { port }) : exit ? t('nameReserved', { name }) : t('exitOff')}</div>
    </div>
  );
}

/** The bot's slots as choices; only shown once the bot has some. */
function NeededSlots({ node, index, intent }: { node: RawBot; index: number; intent: RawIntent }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const defined = (Array.isArray(node.slots) ? (node.slots as { name?: unknown }[]) : []).map((s) => String(s.name ?? '')).filter(Boolean);
  const chosen = Array.isArray(intent.slots) ? (intent.slots as string[]) : [];
  const diagnostics = useFieldDiagnostics(['intents', index, 'slots'], true);
  if (defined.length === 0 && chosen.length === 0) return null;
  const names = [...defined, ...chosen.filter((s) => !defined.includes(s))];
  const set = (next: string[]) => form.change(['intents', index, 'slots'], next.length ? next : undefined);
  return (
    <div className="form-field" data-field={`intents.${index}.slots`}>
      <div className="form-label">{t('needsSlots')}</div>
      <div className="form-choices">
        {names.map((slot) => (
          <label key={slot} className="form-choice mono">
            <input
              type="checkbox"
              checked={chosen.includes(slot)}
              onChange={(e) => set(e.target.checked ? names.filter((s) => s === slot || chosen.includes(s)) : chosen.filter((s) => s !== slot))}
            />
            {slot}
          </label>
        ))}
      </div>
      <div className="form-help">{t('needsSlotsHelp')}</div>
      <FieldDiagnostics diagnostics={diagnostics} />
    </div>
  );
}
