import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client';
import { scenariosApi, type ScenarioSummary } from '../api/scenarios';
import { Link } from '../shell/router';
import { CreateDialog } from './CreateDialog';
import { DeleteDialog } from './DeleteDialog';
import { ImportButton } from './ImportButton';
import { StatusBadge } from './StatusBadge';
import { copyOf, downloadJson, freeId } from './drafts';

type Open = { kind: 'none' } | { kind: 'create' } | { kind: 'delete'; scenario: ScenarioSummary };
interface Notice {
  tone: 'success' | 'error';
  text: string;
}

/** The start page: every scenario, newest change first, with what can be done to each. */
export function ScenarioList() {
  const { t, i18n } = useTranslation();
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setScenarios(await scenariosApi.list());
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const taken = useMemo(() => new Set((scenarios ?? []).map((s) => s.id)), [scenarios]);
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return (scenarios ?? [])
      .filter((s) => !needle || s.name.toLowerCase().includes(needle) || s.id.includes(needle))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [scenarios, query]);
  const formatDate = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language]);

  const done = async (text: string, id?: string) => {
    setOpen({ kind: 'none' });
    setNotice({ tone: 'success', text });
    setHighlight(id ?? null);
    await reload();
  };
  const fail = (error: unknown) => setNotice({ tone: 'error', text: error instanceof ApiFailure || error instanceof Error ? error.message : String(error) });

  const duplicate = async (scenario: ScenarioSummary) => {
    try {
      const { draft } = await scenariosApi.get(scenario.id);
      const id = freeId(`${scenario.id}-copy`, taken);
      const name = t('list.copyName', { name: scenario.name });
      await scenariosApi.create(copyOf(draft, id, name));
      await done(t('list.duplicated', { name }), id);
    } catch (error) {
      fail(error);
    }
  };
  const exportDraft = async (scenario: ScenarioSummary) => {
    try {
      const { draft } = await scenariosApi.get(scenario.id);
      downloadJson(`${scenario.id}.json`, draft);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>{t('list.title')}</h1>
          <p className="page-lead">{t('list.lead')}</p>
        </div>
        <div className="page-actions">
          <ImportButton onImported={(id, name) => void done(t('import.done', { name }), id)} />
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
            {t('list.new')}
          </button>
        </div>
      </header>

      {notice && (
        <div className={`alert alert-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="alert-close" aria-label={t('common.close')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}

      <div className="toolbar">
        <input
          type="search"
          className="search"
          placeholder={t('list.search')}
          aria-label={t('list.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {scenarios && <span className="count">{t('list.count', { count: visible.length })}</span>}
      </div>

      {loadError && (
        <div className="alert alert-error" role="alert">
          {t('list.loadFailed', { message: loadError })}
        </div>
      )}
      {!scenarios && !loadError && <p className="muted">{t('common.loading')}</p>}
      {scenarios && visible.length === 0 && <p className="empty">{query ? t('list.noMatch', { query }) : t('list.empty')}</p>}
      {visible.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t('list.name')}</th>
              <th>{t('list.id')}</th>
              <th>{t('list.status')}</th>
              <th>{t('list.updated')}</th>
              <th>
                <span className="visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((s) => (
              <tr key={s.id} className={s.id === highlight ? 'row-highlight' : undefined} data-scenario={s.id}>
                <td>
                  <Link to={`/scenarios/${encodeURIComponent(s.id)}`} className="row-title">
                    {s.name}
                  </Link>
                </td>
                <td>
                  <code>{s.id}</code>
                </td>
                <td>
                  <StatusBadge scenario={s} />
                </td>
                <td className="nowrap muted">
                  <time dateTime={s.updatedAt}>{formatDate.format(new Date(s.updatedAt))}</time>
                </td>
                <td className="row-actions">
                  <button type="button" className="button button-small button-ghost" onClick={() => void exportDraft(s)}>
                    {t('list.export')}
                  </button>
                  <button type="button" className="button button-small button-ghost" onClick={() => void duplicate(s)}>
                    {t('list.duplicate')}
                  </button>
                  <button type="button" className="button button-small button-ghost button-ghost-danger" onClick={() => setOpen({ kind: 'delete', scenario: s })}>
                    {t('list.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {open.kind === 'create' && (
        <CreateDialog taken={taken} onClose={() => setOpen({ kind: 'none' })} onCreated={(id) => void done(t('create.done', { id }), id)} />
      )}
      {open.kind === 'delete' && (
        <DeleteDialog
          scenario={open.scenario}
          onClose={() => setOpen({ kind: 'none' })}
          onDeleted={() => void done(t('delete.done', { name: open.scenario.name }))}
        />
      )}
    </section>
  );
}
