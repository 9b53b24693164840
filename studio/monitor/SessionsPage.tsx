import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../shell/router';
import { monitorApi, type CallDetail, type CallSummary } from './api';
import { NAMESPACE } from './i18n';
import { TraceView } from './TraceView';
import './monitor.css';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Recent sessions of every scenario; a row opens the session's trace beside the list. */
export function SessionsPage() {
  const { t } = useTranslation(NAMESPACE);
  const [calls, setCalls] = useState<CallSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<CallDetail | null>(null);

  const load = () =>
    monitorApi.calls({ limit: 100 }).then(
      (c) => {
        setCalls(c);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => {
    void load();
  }, []);

  return (
    <section className="page sessions-page">
      <div className="page-header">
        <div>
          <h1>{t('sessionsTitle')}</h1>
          <p className="page-lead">{t('sessionsLead')}</p>
        </div>
        <button type="button" className="button" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </div>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      {calls === null && !error && <p className="muted">{t('loading')}</p>}
      {calls?.length === 0 && <div className="empty">{t('noSessions')}</div>}
      {calls && calls.length > 0 && (
        <div className="sessions-layout">
          <table className="table">
            <thead>
              <tr>
                <th>{t('started')}</th>
                <th>{t('scenario')}</th>
                <th>{t('caller')}</th>
                <th>{t('result')}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id} className={open?.id === call.id ? 'is-open' : undefined} onClick={() => void monitorApi.call(call.id).then(setOpen, (e: Error) => setError(e.message))}>
                  <td className="nowrap">{when(call.startedAt)}</td>
                  <td>
                    <Link to={`/scenarios/${encodeURIComponent(call.scenarioId)}`} onClick={(e) => e.stopPropagation()}>
                      {call.scenarioId}
                    </Link>{' '}
                    <span className="muted">r{call.revision}</span>
                  </td>
                  <td>
                    {t(`channels.${call.channel}`)} · {call.caller.number}
                  </td>
                  <td>
                    <span className={`call-status call-status-${call.status}`}>{t(`status.${call.status}`)}</span> <span className="muted">{call.endReason ?? ''}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {open && (
            <aside className="sessions-trace">
              <div className="sessions-trace-header">
                <h2>
                  {t('trace')} <code>{open.id}</code>
                </h2>
                <button type="button" className="button button-small button-ghost" onClick={() => setOpen(null)}>
                  {t('close')}
                </button>
              </div>
              <TraceView call={open} />
            </aside>
          )}
        </div>
      )}
    </section>
  );
}
