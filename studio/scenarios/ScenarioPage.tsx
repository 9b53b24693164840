import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../shell/ErrorBoundary';

/** The editor (canvas, React Flow, ELK) loads only when a scenario is opened, keeping the list light. */
const EditorPage = lazy(async () => ({ default: (await import('../editor/EditorPage')).EditorPage }));

/** One scenario: its editor. */
export function ScenarioPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      fallback={(e) => (
        <div className="alert alert-error editor-alert" role="alert">
          {t('scenario.canvasFailed', { message: e.message })}
        </div>
      )}
    >
      <Suspense fallback={<p className="muted editor-loading">{t('common.loading')}</p>}>
        <EditorPage id={id} />
      </Suspense>
    </ErrorBoundary>
  );
}
