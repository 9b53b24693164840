import appointmentReminder from '../examples/appointment-reminder.json';
import bankHotline from '../examples/bank-hotline.json';
import callerScreening from '../examples/caller-screening.json';
import identifyCustomer from '../examples/identify-customer.json';
import multilingualMenu from '../examples/multilingual-menu.json';
import supportChatbot from '../examples/support-chatbot.json';
import voiceRobot from '../examples/voice-robot.json';
import type { NodeKind } from '../dsl/nodes';
import { Scenario } from '../dsl/schema/document';

/** The shipped examples, parsed as the studio would load them (defaults filled in). */
export const EXAMPLES: Scenario[] = [
  bankHotline,
  appointmentReminder,
  callerScreening,
  identifyCustomer,
  multilingualMenu,
  supportChatbot,
  voiceRobot,
].map((json) => Scenario.parse(json));

export function example(id: string): Scenario {
  const found = EXAMPLES.find((s) => s.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
}

/**
 * A real node of the kind, from the example where it has the most to show (most ports, then most fields),
 * together with the scenario it belongs to.
 */
export function exampleNode(kind: NodeKind): { scenario: Scenario; id: string } {
  const candidates = EXAMPLES.flatMap((scenario) =>
    Object.entries(scenario.nodes)
      .filter(([, node]) => node.kind === kind)
      .map(([id, node]) => ({ scenario, id, weight: JSON.stringify(node).length })),
  );
  candidates.sort((a, b) => b.weight - a.weight);
  const best = candidates[0];
  if (!best) throw new Error(`no example has a ${kind} node`);
  return best;
}
