import { forwardRef, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findNodes } from './edit';
import { useEditor, useEditorStore } from './store';

/** Finds nodes by id, name or prompt text; Enter brings the next match into view. */
export const FindBox = forwardRef<HTMLInputElement>(function FindBox(_, ref) {
  const { t } = useTranslation('editor');
  const store = useEditorStore();
  const scenario = useEditor((s) => s.scenario);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(-1);
  const matches = useMemo(() => (scenario ? findNodes(scenario, query) : []), [scenario, query]);

  const next = (step: number) => {
    if (matches.length === 0) return;
    const at = (index + step + matches.length) % matches.length;
    setIndex(at);
    store.focus(matches[at]!);
  };

  return (
    <div className="find-box" role="search">
      <input
        ref={ref}
        type="search"
        className="find-input"
        aria-label={t('find')}
        placeholder={t('findPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIndex(-1);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            next(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            setQuery('');
            event.currentTarget.blur();
          }
        }}
      />
      {query.trim() && (
        <span className="find-count muted" aria-live="polite">
          {matches.length === 0 ? t('findNone') : t('findCount', { index: Math.max(index, 0) + 1, count: matches.length })}
        </span>
      )}
    </div>
  );
});
