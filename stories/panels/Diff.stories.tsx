import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import '../../studio/editor/panels/versions/i18n';
import { diffOverlay, diffScenarios, type ScenarioDiff } from '../../studio/diff';
import { EditorCanvas, type FlowInstance } from '../../studio/editor/EditorCanvas';
import type { Document } from '../../studio/editor/store';
import { EditorFrame } from '../EditorDecorator';
import { exampleDocument } from './documents';

/**
 * A revision diff on the canvas: bank-hotline against a modified copy, compared with `diffScenarios`
 * and put into the store's overlay as the versions panel's Compare does (that panel fetches revisions
 * from the runtime, so it has no story of its own here).
 */
function modifiedBankHotline(): Document {
  const document = exampleDocument('bank-hotline');
  const nodes = document.nodes as Record<string, Record<string, unknown>>;
  // Changed: a new welcome prompt. Added: a "thanks" message before hanging up, wired in after the balance.
  nodes.welcome!.prompt = { 'de-DE': 'Willkommen bei Ihrer Bank – jetzt rund um die Uhr.', 'en-US': 'Welcome to your bank, now around the clock.' };
  nodes.thanks = { kind: 'say', name: 'Dank', prompt: { 'de-DE': 'Danke für Ihren Anruf.', 'en-US': 'Thank you for calling.' }, next: 'goodbye', ui: { x: 1500, y: 900 } };
  nodes.anythingElse!.on = { ...(nodes.anythingElse!.on as Record<string, string>), done: 'thanks' };
  // Removed from the after-document: the card desk's busy notice (the transfer now goes to the queue).
  delete nodes.cardDeskBusy;
  nodes.cardDesk!.on = { answered: 'endAfterAgent', busy: 'routeBySegment', noAnswer: 'routeBySegment', failed: 'routeBySegment' };
  return document;
}

function DiffList({ diff }: { diff: ScenarioDiff }) {
  const colour = { added: '#16a34a', changed: '#d97706', removed: '#dc2626' } as const;
  return (
    <ul data-testid="diff-list" style={{ position: 'absolute', top: 8, left: 8, zIndex: 5, margin: 0, padding: '8px 12px', listStyle: 'none', background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, fontSize: 12 }}>
      {diff.nodes.map((n) => (
        <li key={n.id}>
          <b style={{ color: colour[n.change] }}>{n.change}</b> {n.id} <span className="muted">{n.properties.join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}

function DiffCanvas({ before, after }: { before: Document; after: Document }) {
  const [instance, setInstance] = useState<FlowInstance | null>(null);
  const diff = diffScenarios(before, after);
  const [editor] = useState(() => ({ id: String(after.id), document: after, overlay: { diff: diffOverlay(diff) } }));
  return (
    <EditorFrame editor={editor} wide>
      <div className="editor-canvas-frame">
        <EditorCanvas instance={instance} onInstance={setInstance} />
        <DiffList diff={diff} />
      </div>
    </EditorFrame>
  );
}

const meta = {
  title: 'Panels/Versions diff',
  component: DiffCanvas,
} satisfies Meta<typeof DiffCanvas>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The modified copy on the canvas: added green, changed amber (the removed node is listed, not drawn). */
export const BankHotlineChanges: Story = { args: { before: exampleDocument('bank-hotline'), after: modifiedBankHotline() } };
