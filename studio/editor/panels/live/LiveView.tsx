import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monitorApi, type CallDetail } from '../../../monitor/api';
import { NAMESPACE } from '../../../monitor/i18n';
import { TraceView } from '../../../monitor/TraceView';
import { useEditor, useEditorStore } from '../../store';
import { useLiveData } from './useLiveData';
import './live.css';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** How the published scenario is used: a heat map on the canvas and the recent sessions with their traces. */
export function LiveView() {
  const { t } = useTranslation(NAMESPACE);
  const store = useEditorStore();
  const id = useEditor((s) => s.id);
  const { stats, calls, error, loading, live, refresh } = useLiveData(id);
  const [open, setOpen] = useState<CallDetail | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    if (stats) store.setOverlay({ ...store.getSnapshot().overlay, heat: stats.visits });
  }, [stats, store]);
  useEffect(
    () => () => {
      const { heat: _heat, ...rest } = store.getSnapshot().overlay;
      store.setOverlay(rest);
    },
    [store],
  );

  const show = (callId: string) => {
    setOpenError(null);
    monitorApi.call(callId).then(setOpen, (e: Error) => setOpenError(e.message));
  };
  const max = Math.max(0, ...Object.values(stats?.visits ?? {}));

  return (
    <div className="live">
      <div className="live-toolbar">
        <span className={`live-dot ${live ? 'is-live' : ''}`} title={live ? t('live') : t('offline')} />
        <span className="muted">{live ? t('live') : t('offline')}</span>
        <span className="live-spacer" />
        <button type="button" className="button button-small" onClick={() => void refresh()} disabled={loading}>
          {t('refresh')}
        </button>
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {stats && (
        <section className="live-section">
          <h3>{t('heat')}</h3>
          {stats.sessions === 0 ? (
            <p className="muted">{t('noSessions')}</p>
          ) : (
            <>
              <div className="live-legend" aria-label={t('heat')}>
                <span>{t('fewer')}</span>
                <span className="live-gradient" />
                <span>{t('more', { max })}</span>
              </div>
              <p className="muted live-hint">{t('heatHint', { count: stats.sessions })}</p>
              <ol className="live-top">
                {Object.entries(stats.visits)
                  .sort((a, b) => b[1] - a[1])
                  .slice(0, 8)
                  .map(([nodeId, count]) => (
                    <li key={nodeId}>
                      <button type="button" className="live-top-node" onClick={() => store.focus(nodeId)}>
                        <span className="live-top-name">{nodeId}</span>
                        <span className="live-bar" style={{ width: `${Math.round((count / max) * 100)}%` }} />
                        <span className="live-count">{count}</span>
                      </button>
                    </li>
                  ))}
              </ol>
            </>
          )}
        </section>
      )}
      {calls.length > 0 && (
        <section className="live-section">
          <h3>{t('recent')}</h3>
          <ul className="live-calls">
            {calls.map((call) => (
              <li key={call.id}>
                <button type="button" className={`live-call ${open?.id === call.id ? 'is-open' : ''}`} onClick={() => show(call.id)}>
                  <span className="live-call-top">
                    <span className={`call-status call-status-${call.status}`}>{t(`status.${call.status}`)}</span>
                    <span>{t(`channels.${call.channel}`)}</span>
                    <span className="muted live-caller">{call.caller.number}</span>
                    <time className="muted live-when">{when(call.startedAt)}</time>
                  </span>
                  <span className="muted live-call-bottom">
                    {call.endReason ?? (call.nodeId ? t('at', { node: call.nodeId }) : '')} · {t('steps', { count: call.steps })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {openError && <p className="alert alert-error">{openError}</p>}
      {open && (
        <section className="live-section live-trace">
          <div className="live-toolbar">
            <h3>{t('trace')}</h3>
            <code className="live-id" title={open.id}>
              {open.id}
            </code>
            <button type="button" className="button button-small button-ghost" onClick={() => setOpen(null)}>
              {t('close')}
            </button>
          </div>
          <TraceView call={open} onNode={(nodeId) => store.focus(nodeId)} />
        </section>
      )}
    </div>
  );
}
