import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, RevisionSummary } from '../../../api/scenarios';
import { diffOverlay, diffScenarios, isEmptyDiff, type ChangeKind } from '../../../diff';
import { useEditor, useEditorStore } from '../../store';
import { revisionDocument } from './useRevisions';

const DRAFT = 'draft';

/**
 * Two chosen versions side by side: the list of what differs, and the canvas colouring the
 * nodes (through the store's diff overlay, cleared again when hidden or when the panel closes).
 */
export function Compare({ scenarioId, revisions }: { scenarioId: string; revisions: RevisionSummary[] }) {
  const { t } = useTranslation('versions');
  const store = useEditorStore();
  const draft = useEditor((s) => s.document);
  const [from, setFrom] = useState(String(revisions[0]?.revision ?? ''));
  const [to, setTo] = useState(DRAFT);
  const [shown, setShown] = useState(false);
  const [loaded, setLoaded] = useState<Record<string, Document>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!shown) return;
    const wanted = [from, to].filter((v) => v !== DRAFT && v !== '' && !loaded[v]);
    if (wanted.length === 0) return;
    let stale = false;
    Promise.all(wanted.map((v) => revisionDocument(scenarioId, Number(v)).then((d) => [v, d] as const))).then(
      (pairs) => !stale && setLoaded((all) => ({ ...all, ...Object.fromEntries(pairs) })),
      (failure: Error) => !stale && setError(failure.message),
    );
    return () => {
      stale = true;
    };
  }, [shown, from, to, scenarioId, loaded]);

  const documentOf = (v: string) => (v === DRAFT ? draft : loaded[v]);
  const before = documentOf(from);
  const after = documentOf(to);
  const diff = useMemo(() => (shown && before && after ? diffScenarios(before, after) : null), [shown, before, after]);

  useEffect(() => {
    const { overlay } = store.getSnapshot();
    store.setOverlay({ ...overlay, diff: diff ? diffOverlay(diff) : undefined });
  }, [store, diff]);
  // Closing the panel must not leave the canvas coloured.
  useEffect(
    () => () => {
      const { diff: _diff, ...rest } = store.getSnapshot().overlay;
      store.setOverlay(rest);
    },
    [store],
  );

  const option = (r: RevisionSummary) => (
    <option key={r.revision} value={r.revision}>
      {t('revision', { revision: r.revision })}
    </option>
  );
  const badge = (change: ChangeKind) => <span className={`versions-change versions-change--${change}`}>{t(change)}</span>;

  return (
    <section className="versions-compare" aria-label={t('compare')}>
      <h3>{t('compare')}</h3>
      <div className="versions-compare__pick">
        <label>
          {t('from')}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {revisions.map(option)}
          </select>
        </label>
        <label>
          {t('to')}
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value={DRAFT}>{t('draft')}</option>
            {revisions.map(option)}
          </select>
        </label>
        <button type="button" className="button button-small" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? t('hide') : t('show')}
        </button>
      </div>
      {shown && error && <div className="alert alert-error">{error}</div>}
      {shown && !error && !diff && <p className="muted">{t('comparing')}</p>}
      {diff && isEmptyDiff(diff) && <p className="muted">{t('same')}</p>}
      {diff && !isEmptyDiff(diff) && (
        <div className="versions-diff" data-testid="versions-diff">
          {diff.nodes.length > 0 && (
            <>
              <h4>{t('nodes')}</h4>
              <ul>
                {diff.nodes.map((n) => (
                  <li key={n.id} data-node={n.id} data-change={n.change}>
                    {badge(n.change)}
                    <button type="button" className="versions-link" disabled={n.change === 'removed'} onClick={() => store.focus(n.id)}>
                      {n.id}
                    </button>
                    <span className="muted">{n.kind}</span>
                    {n.properties.length > 0 && <code className="versions-props">{n.properties.join(', ')}</code>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.edges.length > 0 && (
            <>
              <h4>{t('edges')}</h4>
              <ul>
                {diff.edges.map((e) => (
                  <li key={`${e.source}:${e.port}`}>
                    {badge(e.change)}
                    <span>{t('edge', { source: e.source, port: e.port })}</span>
                    <code className="versions-props">
                      {e.before ?? '∅'} → {e.after ?? '∅'}
                    </code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.settings.length > 0 && (
            <>
              <h4>{t('settings')}</h4>
              <code className="versions-props">{diff.settings.join(', ')}</code>
            </>
          )}
        </div>
      )}
    </section>
  );
}
