import type { Edge, ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useMemo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isNodeKind, type NodeKind } from '../../dsl/nodes';
import type { Scenario } from '../../dsl/schema/document';
import { Canvas } from '../canvas/Canvas';
import { deleteNotes, freshNoteId, type CanvasFlowNode } from '../canvas/flow';
import { NODE_WIDTH } from '../canvas/layout';
import { addNode, deleteNodes, disconnectPorts, mergeCanvasChange } from './edit';
import { KIND_MIME, NOTE_KIND, type PaletteKind } from './Palette';
import { useEditor, useEditorStore, type Document, type EditorStore } from './store';

export type FlowInstance = ReactFlowInstance<CanvasFlowNode, Edge>;

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

type Notes = NonNullable<Scenario['notes']>;
const NOTE_WIDTH = 200;
const notesOf = (document: Document): Notes => (document.notes as Notes | undefined) ?? {};

/** Adds a node of the kind (or a sticky note) with its top centre at `position` (flow coordinates), selected. */
export function addNodeAt(store: EditorStore, kind: PaletteKind, position: { x: number; y: number }): void {
  const current = store.getSnapshot().document;
  if (kind === NOTE_KIND) {
    const id = freshNoteId({ nodes: current.nodes as Scenario['nodes'], notes: notesOf(current) });
    const ui = { x: Math.round(position.x - NOTE_WIDTH / 2), y: Math.round(position.y - 20) };
    store.change({ ...current, notes: { ...notesOf(current), [id]: { text: '', ui } } });
    store.select([id]);
    return;
  }
  const { document, id } = addNode(current, kind, { x: position.x - NODE_WIDTH / 2, y: position.y - 20 });
  store.change(document);
  store.select([id]);
}

/** Notes as the canvas left them (moved, edited): they carry no defaults, so the parsed ones are the document's. */
function withCanvasNotes(document: Document, before: Scenario, after: Scenario): Document {
  if (JSON.stringify(before.notes ?? {}) === JSON.stringify(after.notes ?? {})) return document;
  return { ...document, notes: after.notes ?? {} };
}

/** The canvas bound to the editor store: every edit becomes one undoable document change. */
export function EditorCanvas({ instance, onInstance }: { instance: FlowInstance | null; onInstance: (i: FlowInstance) => void }) {
  const { t } = useTranslation('editor');
  const store = useEditorStore();
  const scenario = useEditor((s) => s.scenario);
  const drawn = useEditor((s) => s.drawn);
  const diagnostics = useEditor((s) => s.diagnostics);
  const selection = useEditor((s) => s.selection);
  const active = useEditor((s) => s.active);
  const focus = useEditor((s) => s.focus);
  const diff = useEditor((s) => s.overlay.diff);
  const heat = useEditor((s) => s.overlay.heat);

  const onChange = useCallback(
    (next: Scenario) => {
      const { document, scenario: before } = store.getSnapshot();
      if (before) store.change(withCanvasNotes(mergeCanvasChange(document, before, next), before, next));
    },
    [store],
  );
  const onSelectionChange = useCallback(
    (ids: string[]) => {
      if (!sameIds(ids, store.getSnapshot().selection)) store.select(ids);
    },
    [store],
  );
  const onDelete = useCallback(
    (nodeIds: string[], edges: { source: string; port: string }[]) => {
      const { document, scenario: before } = store.getSnapshot();
      const withoutNodes = deleteNodes(disconnectPorts(document, edges), nodeIds);
      store.change(before ? withCanvasNotes(withoutNodes, before, deleteNotes(before, nodeIds)) : withoutNodes);
    },
    [store],
  );
  // Overlays from panels: a revision diff colours nodes; a heat map tints them by visits, hottest darkest.
  const nodeClassNames = useMemo(() => {
    const classes: Record<string, string> = {};
    const hottest = Math.max(0, ...Object.values(heat ?? {}));
    for (const [id, count] of Object.entries(heat ?? {})) if (count > 0) classes[id] = `cf-heat cf-heat-${Math.ceil((count / hottest) * 4)}`;
    for (const [id, change] of Object.entries(diff ?? {})) classes[id] = `${classes[id] ?? ''} cf-diff cf-diff-${change}`.trim();
    return Object.keys(classes).length > 0 ? classes : undefined;
  }, [diff, heat]);
  const nodeBadges = useMemo(
    () => (heat ? Object.fromEntries(Object.entries(heat).map(([id, count]) => [id, String(count)])) : undefined),
    [heat],
  );

  // A find or a panel asked to see a node: centre it, a little zoomed in when the view was far out.
  useEffect(() => {
    if (!focus || !instance) return;
    const node = instance.getNode(focus.nodeId);
    if (!node) return;
    const width = node.measured?.width ?? NODE_WIDTH;
    const height = node.measured?.height ?? 120;
    void instance.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(instance.getZoom(), 1), duration: 300 });
  }, [focus, instance]);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(KIND_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(KIND_MIME);
    if ((!isNodeKind(kind) && kind !== NOTE_KIND) || !instance) return;
    event.preventDefault();
    addNodeAt(store, kind, instance.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <div className="editor-canvas" onDragOver={onDragOver} onDrop={onDrop}>
      {!scenario && (
        <div className={drawn ? 'alert alert-warning editor-alert editor-alert--over' : 'alert alert-error editor-alert'} role="alert">
          {t(drawn ? 'invalidKept' : 'invalid')}
        </div>
      )}
      {drawn && (
        <Canvas
          scenario={drawn}
          diagnostics={diagnostics}
          activeNodeId={active ?? undefined}
          readOnly={!scenario}
          {...(scenario ? { onChange } : {})}
          selectedIds={selection}
          onSelectionChange={onSelectionChange}
          onDelete={onDelete}
          onInstance={onInstance}
          nodeClassNames={nodeClassNames}
          nodeBadges={nodeBadges}
        />
      )}
    </div>
  );
}
