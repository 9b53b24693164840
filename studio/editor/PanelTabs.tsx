import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { PANELS } from './panels';

/** The side panels other parts of the studio contribute (studio/editor/panels/*), as tabs. */
export function PanelTabs() {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState(PANELS[0]?.id);
  const active = PANELS.find((p) => p.id === activeId) ?? PANELS[0];
  if (!active) return null;
  return (
    <aside className="editor-panels">
      <div className="panel-tabs" role="tablist">
        {PANELS.map((panel) => (
          <button
            key={panel.id}
            type="button"
            role="tab"
            id={`tab-${panel.id}`}
            aria-selected={panel.id === active.id}
            aria-controls={`panel-${panel.id}`}
            className={panel.id === active.id ? 'panel-tab is-active' : 'panel-tab'}
            onClick={() => setActiveId(panel.id)}
          >
            {panel.title(t)}
            {panel.Badge && <panel.Badge />}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
        <ErrorBoundary key={active.id} fallback={(e) => <div className="alert alert-error">{e.message}</div>}>
          <active.Component />
        </ErrorBoundary>
      </div>
    </aside>
  );
}
