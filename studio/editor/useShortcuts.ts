import { useEffect, useRef } from 'react';
import { CLIPBOARD_KEY, copyNodes, parseClip, pasteNodes, type Clip } from './clipboard';
import type { EditorStore } from './store';

/** Keys typed into a field, a select or the JSON editor belong to that field, not to the canvas. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.monaco-editor, dialog');
}

function remembered(): Clip | null {
  try {
    return parseClip(localStorage.getItem(CLIPBOARD_KEY));
  } catch {
    return null;
  }
}

interface Actions {
  save: () => void;
  find: () => void;
}

/**
 * Editor shortcuts: Ctrl/Cmd+S, Z, Shift+Z / Y, C, V and F. Copied nodes go both to localStorage
 * (pasting into another scenario in this browser) and to the system clipboard (another window).
 */
export function useShortcuts(store: EditorStore, actions: Actions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    let pendingPaste: ReturnType<typeof setTimeout> | undefined;
    const paste = (clip: Clip | null) => {
      if (!clip) return;
      const { document, ids } = pasteNodes(store.getSnapshot().document, clip);
      store.change(document);
      store.select(ids);
    };
    const copy = (): string | null => {
      const { document, selection } = store.getSnapshot();
      const clip = copyNodes(document, selection);
      if (!clip) return null;
      const text = JSON.stringify(clip);
      try {
        localStorage.setItem(CLIPBOARD_KEY, text);
      } catch {
        // Storage disabled: the system clipboard still has it.
      }
      return text;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        latest.current.save();
        return;
      }
      if (key === 'f') {
        event.preventDefault();
        latest.current.find();
        return;
      }
      if (isEditable(event.target)) return;
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        store.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        store.redo();
      } else if (key === 'c') {
        copy();
      } else if (key === 'v') {
        // Browsers without a paste event for a page that has no text field: fall back to our own copy.
        pendingPaste = setTimeout(() => paste(remembered()), 80);
      }
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isEditable(event.target) || String(window.getSelection() ?? '')) return;
      const text = copy();
      if (text && event.clipboardData) {
        event.clipboardData.setData('text/plain', text);
        event.preventDefault();
      }
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target)) return;
      clearTimeout(pendingPaste);
      const clip = parseClip(event.clipboardData?.getData('text/plain')) ?? remembered();
      if (clip) event.preventDefault();
      paste(clip);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (store.getSnapshot().dirty) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      clearTimeout(pendingPaste);
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store]);
}
