import { useTranslation } from 'react-i18next';
import { NODE_DEFINITIONS, type NodeKind } from '../../dsl/nodes';
import { KIND_LOOK } from '../nodes';
import { KINDS_NAMESPACE } from '../nodes/i18n';

/** The drag type palette items carry: the node kind as plain text. */
export const KIND_MIME = 'application/x-callflow-kind';
/** The palette's one entry that is not a node kind: a sticky note for the canvas. */
export const NOTE_KIND = 'note';
export type PaletteKind = NodeKind | typeof NOTE_KIND;

const NOTE_LABEL: Record<string, { label: string; summary: string }> = {
  en: { label: 'Note', summary: 'A sticky note on the canvas; not part of the flow' },
  de: { label: 'Notiz', summary: 'Eine Haftnotiz auf der Fläche; nicht Teil des Ablaufs' },
  fr: { label: 'Note', summary: 'Un pense-bête sur le canevas ; hors du flux' },
};

function PaletteButton({ kind, label, summary, color, icon, onAdd }: { kind: PaletteKind; label: string; summary: string; color: string; icon: string; onAdd: (kind: PaletteKind) => void }) {
  return (
    <button
      type="button"
      className="palette-item"
      data-kind={kind}
      title={summary}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(KIND_MIME, kind);
        event.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => onAdd(kind)}
    >
      <span className="palette-icon" style={{ background: color }} aria-hidden>
        {icon}
      </span>
      <span className="palette-text">
        <span className="palette-label">{label}</span>
        <span className="palette-summary">{summary}</span>
      </span>
    </button>
  );
}

/** Every node kind, in the language's palette order, then a sticky note: drag one onto the canvas or click to add it. */
// Method syntax on purpose: the page's `(kind: NodeKind) => void` still fits, and hands the kind on to
// addNodeAt, which takes every PaletteKind. (The page's type should say PaletteKind; see the report.)
export function Palette({ onAdd }: { onAdd(kind: PaletteKind): void }) {
  const { t, i18n } = useTranslation('editor');
  const note = NOTE_LABEL[i18n.language.slice(0, 2)] ?? NOTE_LABEL.en!;
  return (
    <aside className="palette" aria-label={t('palette')}>
      <h2 className="palette-title">{t('palette')}</h2>
      <p className="palette-hint muted">{t('paletteHint')}</p>
      <ul className="palette-list">
        {NODE_DEFINITIONS.map((def) => (
          <li key={def.kind}>
            <PaletteButton kind={def.kind} label={t(`${def.kind}.label`, { ns: KINDS_NAMESPACE })} summary={t(`${def.kind}.summary`, { ns: KINDS_NAMESPACE })} color={KIND_LOOK[def.kind].color} icon={KIND_LOOK[def.kind].icon} onAdd={onAdd} />
          </li>
        ))}
        <li key={NOTE_KIND}>
          <PaletteButton kind={NOTE_KIND} label={note.label} summary={note.summary} color="#eab308" icon="✎" onAdd={onAdd} />
        </li>
      </ul>
    </aside>
  );
}
