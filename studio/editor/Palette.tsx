import { useTranslation } from 'react-i18next';
import { NODE_DEFINITIONS, type NodeKind } from '../../dsl/nodes';
import { KIND_LOOK } from '../nodes';

/** The drag type palette items carry: the node kind as plain text. */
export const KIND_MIME = 'application/x-callflow-kind';

/** Every node kind, in the language's palette order: drag one onto the canvas or click to add it. */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  const { t } = useTranslation('editor');
  return (
    <aside className="palette" aria-label={t('palette')}>
      <h2 className="palette-title">{t('palette')}</h2>
      <p className="palette-hint muted">{t('paletteHint')}</p>
      <ul className="palette-list">
        {NODE_DEFINITIONS.map((def) => {
          const look = KIND_LOOK[def.kind];
          return (
            <li key={def.kind}>
              <button
                type="button"
                className="palette-item"
                data-kind={def.kind}
                title={def.summary}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(KIND_MIME, def.kind);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => onAdd(def.kind)}
              >
                <span className="palette-icon" style={{ background: look.color }} aria-hidden>
                  {look.icon}
                </span>
                <span className="palette-text">
                  <span className="palette-label">{def.kind}</span>
                  <span className="palette-summary">{def.summary}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
