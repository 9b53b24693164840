import type { Decorator } from '@storybook/react-vite';
import { useMemo, type ReactNode } from 'react';
// i18next is set up before any module that adds its own translations (as in studio/main.tsx).
import '../studio/i18n';
import '../studio/editor/i18n';
import '../studio/styles.css';
import '../studio/editor/editor.css';
import { EditorContext, EditorStore, type Document, type EditorSnapshot } from '../studio/editor/store';

/** What a story puts in the editor store: the document, and optionally a selection and canvas overlays. */
export interface EditorParameters {
  id: string;
  document: Document;
  selection?: string[];
  overlay?: EditorSnapshot['overlay'];
}

function storeFor({ id, document, selection, overlay }: EditorParameters): EditorStore {
  const store = new EditorStore(id, document);
  if (selection) store.select(selection);
  if (overlay) store.setOverlay(overlay);
  return store;
}

/** An `EditorStore` in `EditorContext`, with the children in a side panel as wide as the editor's (or full width). */
export function EditorFrame({ editor, wide = false, children }: { editor: EditorParameters; wide?: boolean; children: ReactNode }) {
  const store = useMemo(() => storeFor(editor), [editor]);
  return (
    <EditorContext.Provider value={store}>
      <div style={{ display: 'flex', height: '100vh', background: 'var(--bg)' }}>
        {wide ? (
          <div style={{ flex: 1, minWidth: 0, display: 'flex' }}>{children}</div>
        ) : (
          <aside className="editor-panels">
            <div className="panel-body">{children}</div>
          </aside>
        )}
      </div>
    </EditorContext.Provider>
  );
}

/** Story decorator: reads `parameters.editor` (EditorParameters) and `parameters.wide`. */
export const withEditor: Decorator = (Story, context) => {
  const editor = context.parameters.editor as EditorParameters | undefined;
  if (!editor) throw new Error('withEditor needs parameters.editor');
  return (
    <EditorFrame editor={editor} wide={Boolean(context.parameters.wide)}>
      <Story />
    </EditorFrame>
  );
};
