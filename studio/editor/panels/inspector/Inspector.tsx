import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store';
import './inspector.css';
import { NodeInspector } from './NodeInspector';
import { ScenarioSettings } from './ScenarioSettings';

/** Edits the selected node, or the scenario's own settings when nothing is selected. */
export function Inspector() {
  const { t } = useTranslation('inspector');
  const selection = useEditor((s) => s.selection);
  const nodes = useEditor((s) => s.document.nodes) as Record<string, unknown> | undefined;
  const selected = selection.filter((id) => nodes && Object.hasOwn(nodes, id));
  if (selected.length > 1) return <p className="inspector-note muted">{t('manyselected', { count: selected.length })}</p>;
  const [id] = selected;
  return <div className="inspector">{id ? <NodeInspector key={id} id={id} /> : <ScenarioSettings />}</div>;
}
