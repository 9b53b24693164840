import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../dsl/diagnostics';
import type { Scenario } from '../../dsl/schema/document';
import { scenariosApi, type ScenarioRecord } from '../api/scenarios';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { Link } from '../shell/router';
import { StatusBadge } from './StatusBadge';

type CanvasProps = { scenario: Scenario; readOnly?: boolean; diagnostics?: Diagnostic[] };
/** One array for every render: the canvas recomputes its nodes whenever the diagnostics array changes identity. */
const NO_DIAGNOSTICS: Diagnostic[] = [];

/**
 * The canvas is built in studio/canvas/ alongside this page; found through a glob so this page
 * works (showing the JSON) in a build that has no canvas yet, and the canvas loads only when opened.
 */
const canvasModules = import.meta.glob<{ Canvas: ComponentType<CanvasProps> }>('../canvas/Canvas.tsx');
const loadCanvas = canvasModules['../canvas/Canvas.tsx'];
const Canvas = loadCanvas ? lazy(async () => ({ default: (await loadCanvas()).Canvas })) : null;

/** One scenario, read-only for now: its name, status and flow. */
export function ScenarioPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [record, setRecord] = useState<ScenarioRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setRecord(null);
    setError(null);
    scenariosApi.get(id).then(
      (r) => live && setRecord(r),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const json = record && (
    <pre className="json" aria-label={t('scenario.json')}>
      {JSON.stringify(record.draft, null, 2)}
    </pre>
  );

  return (
    <section className="editor">
      <div className="editor-toolbar">
        <Link to="/" className="back">
          ← {t('scenario.back')}
        </Link>
        <h1 className="editor-title">{record?.name ?? id}</h1>
        {record && <StatusBadge scenario={{ ...record, status: record.published === null ? 'draft' : 'published' }} />}
        <span className="editor-spacer" />
        <span className="muted">{t('scenario.readOnly')}</span>
      </div>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      {!record && !error && <p className="muted editor-loading">{t('common.loading')}</p>}
      {record && (
        <div className="editor-body">
          {Canvas ? (
            <ErrorBoundary
              fallback={(e) => (
                <>
                  <div className="alert alert-error editor-alert" role="alert">
                    {t('scenario.canvasFailed', { message: e.message })}
                  </div>
                  {json}
                </>
              )}
            >
              <Suspense fallback={<p className="muted editor-loading">{t('common.loading')}</p>}>
                <Canvas scenario={record.draft as Scenario} diagnostics={NO_DIAGNOSTICS} readOnly />
              </Suspense>
            </ErrorBoundary>
          ) : (
            json
          )}
        </div>
      )}
    </section>
  );
}
