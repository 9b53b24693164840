import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../../../forms/context';
import type { Path } from '../../../../forms/path';
import { addPhrases, phraseCounts } from './edits';
import { NAMESPACE } from './i18n';

/**
 * An intent's example phrases: one tab per locale with its count (flagged when a declared locale
 * has none), one editable row per phrase, and a box that adds on Enter and splits pasted lines.
 */
export function Utterances({ value, path }: { value: unknown; path: Path }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const counts = phraseCounts(value, form.locales);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const locale = counts.some((c) => c.locale === chosen) ? chosen! : counts[0]?.locale;
  if (!locale) return null;
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const phrases = Array.isArray(record[locale]) ? (record[locale] as string[]) : [];
  const current = counts.find((c) => c.locale === locale)!;
  // An emptied locale is removed rather than kept as [], so the document says no more than it means.
  const set = (list: string[]) => form.change([...path, locale], list.length ? list : undefined);

  return (
    <div className="bot-phrases" data-field={path.join('.')}>
      <div className="form-label">{t('phrases')}</div>
      <div className="form-help">{t('phrasesHelp')}</div>
      <div className="bot-locale-tabs" role="tablist" aria-label={t('phrases')}>
        {counts.map((c) => (
          <button
            key={c.locale}
            type="button"
            role="tab"
            aria-selected={c.locale === locale}
            data-locale={c.locale}
            className={`bot-locale-tab${c.missing ? ' is-missing' : ''}${c.undeclared ? ' is-undeclared' : ''}`}
            title={c.missing ? t('missingIn', { locale: c.locale }) : c.undeclared ? t('undeclared') : t('phraseCount', { count: c.count })}
            onClick={() => setChosen(c.locale)}
          >
            <span className="mono">{c.locale}</span>
            <span className="bot-count">{c.missing ? '!' : c.count}</span>
          </button>
        ))}
      </div>
      <div className="bot-phrase-panel" role="tabpanel" data-locale={locale}>
        {current.missing ? (
          <div className="bot-missing-hint">{t('missingHint', { locale })}</div>
        ) : (
          <div className="form-help">
            {t('phraseCount', { count: current.count })}
            {current.undeclared && ` · ${t('undeclared')}`}
          </div>
        )}
        {phrases.length > 0 && (
          <ul className="bot-phrase-list">
            {phrases.map((phrase, i) => (
              <PhraseRow
                // The phrase is part of the key so an edit committed elsewhere (undo) shows at once.
                key={`${i}:${phrase}`}
                phrase={phrase}
                label={t('phraseLabel', { n: i + 1, locale })}
                onCommit={(text) => set(text.trim() === '' ? phrases.filter((_, j) => j !== i) : phrases.map((p, j) => (j === i ? text.trim() : p)))}
                onRemove={() => set(phrases.filter((_, j) => j !== i))}
              />
            ))}
          </ul>
        )}
        <AddPhrase locale={locale} onAdd={(text) => set(addPhrases(phrases, text))} />
      </div>
    </div>
  );
}

/** Edited in place; the change is made when the row is left or Enter is pressed, so undo takes back a whole phrase. */
function PhraseRow({ phrase, label, onCommit, onRemove }: { phrase: string; label: string; onCommit: (text: string) => void; onRemove: () => void }) {
  const { t } = useTranslation(NAMESPACE);
  const [draft, setDraft] = useState(phrase);
  const commit = () => draft !== phrase && onCommit(draft);
  return (
    <li className="bot-phrase">
      <textarea
        className="bot-phrase-input"
        rows={1}
        aria-label={label}
        value={draft}
        // A phrase is one line: pasted line breaks become spaces.
        onChange={(e) => setDraft(e.target.value.replace(/\s*\r?\n\s*/g, ' '))}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
          if (e.key === 'Escape') setDraft(phrase);
        }}
      />
      <button type="button" className="bot-phrase-remove" aria-label={`${t('removePhrase')}: ${phrase}`} title={t('removePhrase')} onClick={onRemove}>
        ✕
      </button>
    </li>
  );
}

function AddPhrase({ locale, onAdd }: { locale: string; onAdd: (text: string) => void }) {
  const { t } = useTranslation(NAMESPACE);
  const [draft, setDraft] = useState('');
  return (
    <div className="bot-phrase-add">
      <span aria-hidden>+</span>
      <input
        className="bot-phrase-input"
        aria-label={t('addPhraseLabel', { locale })}
        placeholder={t('addPhrase')}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft.trim()) {
            e.preventDefault();
            onAdd(draft);
            setDraft('');
          }
        }}
        onPaste={(e) => {
          const text = e.clipboardData.getData('text');
          // A single line is pasted into the box as usual; several lines become several phrases at once.
          if (!/\r?\n/.test(text.trim())) return;
          e.preventDefault();
          const input = e.currentTarget;
          onAdd(draft.slice(0, input.selectionStart ?? draft.length) + text + draft.slice(input.selectionEnd ?? draft.length));
          setDraft('');
        }}
      />
    </div>
  );
}
