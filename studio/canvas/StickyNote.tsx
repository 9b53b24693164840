import type { NodeProps } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { NoteFlowNode } from './flow';
import './StickyNote.css';

/**
 * A sticky note: free text beside the flow, never part of it (no handles). Double-click edits in place;
 * leaving the text area saves. `nodrag` keeps React Flow from dragging the note while text is selected.
 */
export function StickyNoteNode({ data, selected }: NodeProps<NoteFlowNode>) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(data.text);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!editing) setDraft(data.text);
  }, [data.text, editing]);
  useEffect(() => {
    if (editing) area.current?.focus();
  }, [editing]);

  const save = () => {
    setEditing(false);
    if (draft !== data.text) data.onText?.(draft);
  };

  return (
    <div
      className={`cf-note${selected ? ' is-selected' : ''}`}
      data-testid="sticky-note"
      style={data.color ? { background: data.color } : undefined}
      onDoubleClick={() => data.onText && setEditing(true)}
    >
      {editing ? (
        <textarea
          ref={area}
          className="cf-note-edit nodrag nowheel"
          value={draft}
          aria-label="Note text"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          // Delete and Backspace edit the text here; they must not reach the canvas and delete the note.
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Escape') {
              setDraft(data.text);
              setEditing(false);
            }
          }}
        />
      ) : (
        <div className="cf-note-text">{data.text || '…'}</div>
      )}
    </div>
  );
}
