import { useId, useState } from 'react';
import type { z } from 'zod';
import type { Diagnostic } from '../../dsl/diagnostics';
import { FieldDiagnostics } from './fields';

export interface RenameFieldProps {
  label: string;
  name: string;
  /** Whether another one already has this name, and how to say so. */
  taken(name: string): boolean;
  takenMessage(name: string): string;
  /** What a name must be (a node id, a port name, a variable name). */
  rule: z.ZodType<string>;
  onRename(next: string): void;
  help?: string;
  diagnostics?: Diagnostic[];
  field?: string;
}

/**
 * A name that others refer to (a node id, a port, a slot's variable): renamed when the field is
 * left or Enter pressed, so everything that follows it changes in one undoable step and
 * half-typed names never reach the canvas. Escape, a taken or a malformed name go back to the
 * current one.
 */
export function RenameField({ label, name, taken, takenMessage, rule, onRename, help, diagnostics = [], field }: RenameFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(name);
  const problem = draft === name ? undefined : taken(draft) ? takenMessage(draft) : rule.safeParse(draft).error?.issues[0]?.message;
  const commit = () => (problem || draft === name ? setDraft(name) : onRename(draft));
  return (
    <div className="form-field" {...(field ? { 'data-field': field } : {})}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="form-input mono"
        value={draft}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(name);
        }}
      />
      {problem ? <div className="form-diagnostic form-diagnostic-error">{problem}</div> : help && <div className="form-help">{help}</div>}
      <FieldDiagnostics diagnostics={diagnostics} />
    </div>
  );
}
