import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PortName } from '../../../../../dsl/schema/common';
import { useFieldDiagnostics, useForm } from '../../../../forms/context';
import { FieldDiagnostics } from '../../../../forms/fields';
import type { JsonSchema } from '../../../../forms/schema';
import { addIntent, intentsOf, type RawBot } from './edits';
import { NAMESPACE } from './i18n';
import { IntentCard } from './IntentCard';

/** The bot's intents, one open at a time so a long list stays readable; new ones are added by name. */
export function IntentList({ node, schema }: { node: RawBot; schema: JsonSchema }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const intents = intentsOf(node);
  const [open, setOpen] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const diagnostics = useFieldDiagnostics(['intents'], false);
  const taken = intents.some((i) => i.name === draft);
  const problem = draft === '' ? undefined : taken ? t('nameTaken', { name: draft }) : PortName.safeParse(draft).error?.issues[0]?.message;
  const add = () => {
    if (draft === '' || problem) return;
    form.change([], addIntent(node, draft));
    setOpen(intents.length);
    setDraft('');
  };
  const item = schema.items ?? {};
  return (
    <section className="bot-intents" data-field="intents" aria-label={t('intents')}>
      <div className="form-label">
        {t('intents')} <span className="muted">({intents.length})</span>
      </div>
      <div className="form-help">{t('intentsHelp')}</div>
      <FieldDiagnostics diagnostics={diagnostics} />
      {intents.length === 0 ? (
        <p className="bot-empty">{t('noIntents')}</p>
      ) : (
        <ul className="bot-intent-list">
          {intents.map((intent, i) => (
            <IntentCard key={`${i}:${String(intent.name)}`} node={node} index={i} schema={item} open={open === i} onToggle={() => setOpen(open === i ? null : i)} />
          ))}
        </ul>
      )}
      <form
        className="bot-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input className="form-input mono" aria-label={t('newIntent')} placeholder={t('newIntent')} value={draft} aria-invalid={problem ? true : undefined} onChange={(e) => setDraft(e.target.value.replace(/\s/g, '_'))} />
        <button type="submit" className="button button-small" disabled={draft === '' || !!problem}>
          + {t('addIntent')}
        </button>
      </form>
      {problem && <div className="form-diagnostic form-diagnostic-error">{problem}</div>}
    </section>
  );
}
