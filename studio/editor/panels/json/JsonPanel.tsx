import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMonaco, modelUri } from '../../../monaco/loader';
import { useEditorStore } from '../../store';
import { parseDocument, pretty } from './parse';
import './json.css';

/** Typing pauses this long before the canvas follows: a keystroke is not an undo step. */
export const SYNC_DELAY_MS = 300;

type ParseError = { message: string; line: number; column: number };

/**
 * The scenario as JSON in Monaco, kept in step with the store both ways. Valid text becomes the
 * document (so the canvas follows); invalid text only shows where it breaks and never reaches
 * the store, so the canvas keeps the last good graph. Changes made elsewhere replace the text,
 * except while the user's own text is invalid: that would throw their typing away.
 */
export function JsonPanel() {
  const { t } = useTranslation('json');
  const label = useRef(t('editorLabel'));
  label.current = t('editorLabel');
  const store = useEditorStore();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | { failed: string }>('loading');
  const [error, setError] = useState<ParseError | null>(null);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    loadMonaco().then(
      (monaco) => {
        if (disposed || !host.current) return;
        const uri = monaco.Uri.parse(modelUri(store.getSnapshot().id));
        // A model left by an earlier mount (StrictMode mounts twice) would make createModel throw.
        monaco.editor.getModel(uri)?.dispose();
        const model = monaco.editor.createModel(pretty(store.getSnapshot().document), 'json', uri);
        const editor = monaco.editor.create(host.current, {
          model,
          automaticLayout: true,
          minimap: { enabled: false },
          // The side panel is narrow: wrap long prompts rather than scroll sideways.
          wordWrap: 'on',
          lineNumbersMinChars: 3,
          scrollBeyondLastLine: false,
          tabSize: 2,
          fontSize: 12.5,
          ariaLabel: label.current,
        });
        let shown = store.getSnapshot().document;
        let applying = false;
        let invalid = false;
        let timer: ReturnType<typeof setTimeout> | undefined;

        const flush = () => {
          timer = undefined;
          const parsed = parseDocument(model.getValue());
          invalid = !parsed.ok;
          if (!parsed.ok) return setError({ message: parsed.message, line: parsed.line, column: parsed.column });
          setError(null);
          shown = parsed.document;
          store.change(parsed.document);
        };
        const typed = model.onDidChangeContent(() => {
          if (applying) return;
          clearTimeout(timer);
          timer = setTimeout(flush, SYNC_DELAY_MS);
        });
        const unsubscribe = store.subscribe(() => {
          const { document } = store.getSnapshot();
          if (document === shown || invalid || timer !== undefined) return;
          shown = document;
          const text = pretty(document);
          if (text === model.getValue()) return;
          // An edit rather than setValue keeps the cursor and lets Ctrl+Z in the editor undo it.
          applying = true;
          editor.executeEdits('store', [{ range: model.getFullModelRange(), text }]);
          editor.pushUndoStop();
          applying = false;
        });
        setState('ready');
        cleanup = () => {
          // Leaving the tab right after typing still keeps what was typed (when it is valid).
          if (timer !== undefined) {
            clearTimeout(timer);
            flush();
          }
          unsubscribe();
          typed.dispose();
          editor.dispose();
          model.dispose();
        };
      },
      (failure: Error) => {
        if (!disposed) setState({ failed: failure.message });
      },
    );
    return () => {
      disposed = true;
      cleanup();
    };
  }, [store]);

  return (
    <div className="json-panel">
      {state === 'loading' && <p className="muted json-panel__note">{t('loading')}</p>}
      {typeof state === 'object' && (
        <div className="alert alert-error json-panel__note" role="alert">
          {t('loadFailed', { message: state.failed })}
        </div>
      )}
      {error && (
        <div className="json-panel__error" role="alert" data-testid="json-error">
          <strong>{t('invalid', error)}</strong>
          <span>{t('invalidHint')}</span>
        </div>
      )}
      <div ref={host} className="json-panel__editor" data-testid="json-editor" />
    </div>
  );
}
