import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenariosApi, type RevisionSummary } from '../../../api/scenarios';
import { Dialog } from '../../../shell/Dialog';
import { useEditor, useEditorStore } from '../../store';
import { Compare } from './Compare';
import { announcePublished } from './events';
import { useRevisions } from './useRevisions';
import './versions.css';

/** The scenario's published history: compare two versions, roll back to one. Publishing is in the toolbar. */
export function VersionsPanel() {
  const { t, i18n } = useTranslation('versions');
  const store = useEditorStore();
  const scenarioId = useEditor((s) => s.id);
  const { list, current, error, refresh } = useRevisions(scenarioId);
  const [confirming, setConfirming] = useState<RevisionSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const rollback = async (revision: number) => {
    setBusy(true);
    try {
      const record = await scenariosApi.rollback(scenarioId, revision);
      store.markSaved(record.draft);
      setNotice({ ok: true, text: t('rollbackDone', { revision }) });
      // The list refreshes on the announcement, and the toolbar's badge follows.
      announcePublished({ scenarioId, revision });
    } catch (failure) {
      setNotice({ ok: false, text: t('rollbackFailed', { message: (failure as Error).message }) });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <div className="versions-panel">
      <div className="versions-panel__head">
        <h3>{t('history')}</h3>
        <button type="button" className="button button-ghost button-small" onClick={refresh}>
          {t('refresh')}
        </button>
      </div>
      {notice && (
        <div className={`alert ${notice.ok ? 'alert-success' : 'alert-error'}`} role="status">
          {notice.text}
        </div>
      )}
      {error && <div className="alert alert-error">{t('loadFailed', { message: error })}</div>}
      {list && list.length === 0 && <p className="muted">{t('none')}</p>}
      {list && list.length > 0 && (
        <>
          <ol className="versions-list">
            {list.map((r) => (
              <li key={r.revision} data-revision={r.revision}>
                <div className="versions-list__title">
                  <strong>{t('revision', { revision: r.revision })}</strong>
                  {r.revision === current && <span className="badge badge-published">{t('current')}</span>}
                  <time className="muted" dateTime={r.publishedAt}>
                    {date.format(new Date(r.publishedAt))}
                  </time>
                </div>
                <div className="versions-list__message">{r.message || <span className="muted">{t('noMessage')}</span>}</div>
                <button type="button" className="button button-small" disabled={busy} onClick={() => setConfirming(r)}>
                  {t('rollback')}
                </button>
              </li>
            ))}
          </ol>
          <Compare scenarioId={scenarioId} revisions={list} />
        </>
      )}
      {confirming && (
        <Dialog
          title={t('rollbackTitle', { revision: confirming.revision })}
          onClose={() => setConfirming(null)}
          onSubmit={() => void rollback(confirming.revision)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                {t('common.cancel', { ns: 'translation' })}
              </button>
              <button type="submit" className="button button-danger" disabled={busy}>
                {t('rollback')}
              </button>
            </>
          }
        >
          <p>{t('rollbackBody', { revision: confirming.revision })}</p>
        </Dialog>
      )}
    </div>
  );
}
