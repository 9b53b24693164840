import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Diagnostic } from '../../dsl/diagnostics';
import type { Scenario } from '../../dsl/schema/document';
import { validate } from '../../dsl/validate';

/** A scenario document as the user writes it (defaults may be missing); the parsed form is `scenario`. */
export type Document = Record<string, unknown>;

export interface EditorSnapshot {
  id: string;
  document: Document;
  /** The document parsed with defaults, or null while it is malformed (e.g. during JSON edits). */
  scenario: Scenario | null;
  /**
   * The last document that parsed: while the current one is malformed (a required field emptied
   * in the inspector, a JSON edit) the canvas keeps showing it, read-only, instead of nothing.
   */
  drawn: Scenario | null;
  diagnostics: Diagnostic[];
  /** True when the document differs from what the runtime has stored. */
  dirty: boolean;
  selection: string[];
  /** A request to bring a node into view; `seq` changes with every request. */
  focus: { nodeId: string; seq: number } | null;
  /** The node the simulator is at. */
  active: string | null;
  /** Canvas overlays: visit counts (heat map) and a revision diff. */
  overlay: { heat?: Record<string, number>; diff?: Record<string, 'added' | 'removed' | 'changed'> };
  canUndo: boolean;
  canRedo: boolean;
}

const HISTORY = 200;

/**
 * The one store of the editor: the document, its diagnostics (validated on every change, as
 * the user types), undo/redo history, selection and what panels ask the canvas to show.
 */
export class EditorStore {
  private snapshot: EditorSnapshot;
  private past: Document[] = [];
  private future: Document[] = [];
  private saved: string;
  private readonly listeners = new Set<() => void>();

  constructor(id: string, document: Document) {
    this.saved = JSON.stringify(document);
    this.snapshot = {
      id,
      ...derive(document, null),
      dirty: false,
      selection: [],
      focus: null,
      active: null,
      overlay: {},
      canUndo: false,
      canRedo: false,
    };
  }

  getSnapshot = (): EditorSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<EditorSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch, canUndo: this.past.length > 0, canRedo: this.future.length > 0 };
    for (const listener of this.listeners) listener();
  }

  /** Replaces the document as one undoable step. */
  change(document: Document): void {
    if (JSON.stringify(document) === JSON.stringify(this.snapshot.document)) return;
    this.past = [...this.past.slice(-(HISTORY - 1)), this.snapshot.document];
    this.future = [];
    this.apply(document);
  }

  undo(): void {
    const previous = this.past.at(-1);
    if (!previous) return;
    this.past = this.past.slice(0, -1);
    this.future = [this.snapshot.document, ...this.future];
    this.apply(previous);
  }

  redo(): void {
    const next = this.future[0];
    if (!next) return;
    this.future = this.future.slice(1);
    this.past = [...this.past, this.snapshot.document];
    this.apply(next);
  }

  private apply(document: Document): void {
    const existing = new Set(Object.keys((document.nodes as Record<string, unknown> | undefined) ?? {}));
    this.set({ ...derive(document, this.snapshot.drawn), dirty: JSON.stringify(document) !== this.saved, selection: this.snapshot.selection.filter((id) => existing.has(id)) });
  }

  /** The runtime stored this document (a save or a rollback). */
  markSaved(document: Document): void {
    this.saved = JSON.stringify(document);
    if (JSON.stringify(this.snapshot.document) !== this.saved) this.change(document);
    else this.set({ dirty: false });
  }

  select(ids: string[]): void {
    this.set({ selection: ids });
  }

  focus(nodeId: string): void {
    this.set({ focus: { nodeId, seq: (this.snapshot.focus?.seq ?? 0) + 1 }, selection: [nodeId] });
  }

  setActive(nodeId: string | null): void {
    this.set({ active: nodeId });
  }

  setOverlay(overlay: EditorSnapshot['overlay']): void {
    this.set({ overlay });
  }
}

function derive(document: Document, drawn: Scenario | null): Pick<EditorSnapshot, 'document' | 'scenario' | 'drawn' | 'diagnostics'> {
  const result = validate(document);
  const scenario = result.scenario ?? null;
  return { document, scenario, drawn: scenario ?? drawn, diagnostics: result.diagnostics };
}

export const EditorContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore outside an editor');
  return store;
}

/** Reads part of the editor's state; the component re-renders when that part changes. */
export function useEditor<T>(select: (snapshot: EditorSnapshot) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}
