import appointmentReminder from '../../examples/appointment-reminder.json';
import bankHotline from '../../examples/bank-hotline.json';
import callerScreening from '../../examples/caller-screening.json';
import identifyCustomer from '../../examples/identify-customer.json';
import multilingualMenu from '../../examples/multilingual-menu.json';
import supportChatbot from '../../examples/support-chatbot.json';
import voiceRobot from '../../examples/voice-robot.json';
import type { NodeKind } from '../../dsl/nodes';
import type { Document } from '../../studio/editor/store';
import type { EditorParameters } from '../EditorDecorator';
import { exampleNode } from '../examples';

/** The shipped examples as documents, the way the editor holds them (as written, defaults not filled in). */
const DOCUMENTS: Document[] = [bankHotline, appointmentReminder, callerScreening, identifyCustomer, multilingualMenu, supportChatbot, voiceRobot];

export function exampleDocument(id: string): Document {
  const found = DOCUMENTS.find((d) => d.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return structuredClone(found);
}

/** The editor on the example that shows the kind best, with one node of that kind selected. */
export function editorForKind(kind: NodeKind): EditorParameters {
  const { scenario, id } = exampleNode(kind);
  return { id: scenario.id, document: exampleDocument(scenario.id), selection: [id] };
}
