import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../../dsl/diagnostics';
import { useEditor, useEditorStore } from '../../store';
import { groupBySeverity } from './group';
import './problems.css';

/** Every diagnostic of the document, by severity; a click shows the node on the canvas. */
export function Problems() {
  const { t } = useTranslation('problems');
  const diagnostics = useEditor((s) => s.diagnostics);
  const groups = groupBySeverity(diagnostics);
  if (groups.length === 0) return <p className="problems-none">✓ {t('none')}</p>;
  return (
    <div className="problems">
      {groups.map(({ severity, items }) => (
        <details key={severity} className={`problems-group problems-${severity}`} open={severity !== 'info'}>
          <summary>{t(severity, { count: items.length })}</summary>
          <ul>
            {items.map((d, i) => (
              <ProblemRow key={`${d.code}-${d.nodeId ?? ''}-${i}`} diagnostic={d} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

function ProblemRow({ diagnostic }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation('problems');
  const store = useEditorStore();
  const label = useEditor((s) => nodeLabel(s.document.nodes, diagnostic.nodeId));
  const { nodeId } = diagnostic;
  const body = (
    <>
      <span className="problems-node">{label ?? t('scenario')}</span>
      <span className="problems-message">{diagnostic.message}</span>
    </>
  );
  return (
    <li className="problems-item" data-code={diagnostic.code}>
      {nodeId && label !== undefined ? (
        <button type="button" className="problems-link" title={t('show', { node: label })} onClick={() => store.focus(nodeId)}>
          {body}
        </button>
      ) : (
        <div className="problems-link">{body}</div>
      )}
    </li>
  );
}

/** The node's name, else its id; undefined when the node is gone (e.g. a diagnostic about an id that does not exist). */
function nodeLabel(nodes: unknown, id: string | undefined): string | undefined {
  if (!id || !nodes || typeof nodes !== 'object' || !Object.hasOwn(nodes, id)) return undefined;
  const node = (nodes as Record<string, { name?: unknown }>)[id];
  return typeof node?.name === 'string' && node.name ? node.name : id;
}
