import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../../dsl/diagnostics';
import { isNodeKind, NODE_DEFINITIONS, type Node } from '../../../../dsl/nodes';
import { portLinks } from '../../../../dsl/nodes/ports';
import { NodeId } from '../../../../dsl/schema/common';
import { setAt, type Path } from '../../../forms/path';
import { jsonSchemaOf, type JsonSchema } from '../../../forms/schema';
import { FieldDiagnostics } from '../../../forms/fields';
import { KIND_LOOK } from '../../../nodes/kinds';
import { formFor } from './kindForms';
import { useEditor, useEditorStore, type Document } from '../../store';
import { renameNode } from './rename';
import { RenameField } from '../../../forms/RenameField';

/** Not form fields: the kind is fixed, placement and ports are edited on the canvas. */
const NOT_FIELDS = ['kind', 'ui', 'next', 'on'];

const schemas = new Map<string, JsonSchema>();
function schemaOf(kind: string): JsonSchema | undefined {
  const definition = NODE_DEFINITIONS.find((d) => d.kind === kind);
  if (!definition) return undefined;
  if (!schemas.has(kind)) schemas.set(kind, jsonSchemaOf(definition.schema));
  return schemas.get(kind);
}

type RawNode = Record<string, unknown>;
const NO_DIAGNOSTICS: Diagnostic[] = [];

export function NodeInspector({ id }: { id: string }) {
  const { t } = useTranslation('inspector');
  const store = useEditorStore();
  const document = useEditor((s) => s.document);
  const parsed = useEditor((s) => s.scenario?.nodes[id]);
  const all = useEditor((s) => s.diagnostics);
  const node = (document.nodes as Record<string, RawNode>)[id] ?? {};
  const kind = String(node.kind);
  const schema = isNodeKind(node.kind) ? schemaOf(kind) : undefined;
  const diagnostics = all.filter((d) => d.nodeId === id);
  const base: Path = ['nodes', id];
  const change = (path: Path, value: unknown) => store.change(setAt(store.getSnapshot().document, [...base, ...path], value) as Document);
  const look = isNodeKind(node.kind) ? KIND_LOOK[node.kind] : undefined;
  const Form = formFor(kind);
  return (
    <div className="inspector-node" data-node={id}>
      <header className="inspector-head">
        <span className="inspector-kind" style={{ background: look?.color ?? '#64748b' }} aria-hidden>
          {look?.icon ?? '?'}
        </span>
        <div>
          <div className="inspector-title">{typeof node.name === 'string' && node.name ? node.name : id}</div>
          <div className="muted mono">{kind}</div>
        </div>
      </header>
      <NodeIdField key={id} id={id} />
      {schema ? (
        <Form
          schema={schema}
          value={node}
          omit={NOT_FIELDS}
          base={base}
          locales={localesOf(document)}
          variables={Object.keys((document.variables as object | undefined) ?? {})}
          diagnostics={diagnostics.length ? diagnostics : NO_DIAGNOSTICS}
          onChange={change}
          renderGeneral={(general) =>
            general.length > 0 && (
              <section className="inspector-general" aria-label={t('problems')}>
                <FieldDiagnostics diagnostics={general} />
              </section>
            )
          }
        />
      ) : (
        <>
          <p className="alert alert-error">{t('malformed')}</p>
          <FieldDiagnostics diagnostics={diagnostics} />
        </>
      )}
      <Ports node={node} parsed={parsed} />
    </div>
  );
}

export function localesOf(document: Document): string[] {
  return Array.isArray(document.locales) ? document.locales.filter((l): l is string => typeof l === 'string') : [];
}

/** The node id, renamed on Enter or when the field is left; every reference follows. */
function NodeIdField({ id }: { id: string }) {
  const { t } = useTranslation('inspector');
  const store = useEditorStore();
  const nodes = (store.getSnapshot().document.nodes ?? {}) as Record<string, unknown>;
  return (
    <RenameField
      label={t('nodeId')}
      name={id}
      taken={(next) => Object.hasOwn(nodes, next)}
      takenMessage={(next) => t('idTaken', { id: next })}
      rule={NodeId}
      help={t('nodeIdHelp')}
      onRename={(next) => {
        store.change(renameNode(store.getSnapshot().document, id, next));
        store.select([next]);
      }}
    />
  );
}

/** Each port and where it leads; the canvas edits them, a click shows the target. */
function Ports({ node, parsed }: { node: RawNode; parsed: Node | undefined }) {
  const { t } = useTranslation('inspector');
  const store = useEditorStore();
  const nodes = (store.getSnapshot().document.nodes ?? {}) as Record<string, RawNode>;
  const links = parsed
    ? portLinks(parsed)
    : 'next' in node
      ? [{ name: 'next', required: false, target: node.next as string | undefined }]
      : Object.entries((node.on ?? {}) as Record<string, string>).map(([name, target]) => ({ name, required: false, target }));
  if (links.length === 0) return null;
  return (
    <section className="inspector-ports" aria-label={t('ports')}>
      <h3 className="form-label">{t('ports')}</h3>
      <div className="form-help">{t('portsHelp')}</div>
      <ul>
        {links.map((link) => {
          const target = link.target !== undefined ? nodes[link.target] : undefined;
          const label = target && typeof target.name === 'string' && target.name ? target.name : link.target;
          return (
            <li key={link.name} data-port={link.name}>
              <span className="mono">{link.name}</span>
              <span aria-hidden>→</span>
              {link.target ? (
                <button type="button" className="link-button" onClick={() => store.focus(link.target as string)}>
                  {label}
                </button>
              ) : (
                <span className={link.required ? 'form-diagnostic-warning' : 'muted'}>
                  {link.required ? t('notConnectedRequired') : `${t('notConnected')} · ${t('endsSession')}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
