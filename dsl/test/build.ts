import { compile, type CompiledScenario } from '../compile';
import { Scenario, type ScenarioInput } from '../schema/document';

/** A small scenario for a test: a start node "start" entering `entry` on calls and chats. */
export function scenario(nodes: ScenarioInput['nodes'], extra: Partial<ScenarioInput> & { entry?: string } = {}): Scenario {
  const { entry = Object.keys(nodes)[0]!, ...rest } = extra;
  return Scenario.parse({
    dsl: 2,
    id: 'test',
    name: 'Test',
    locales: ['en-US'],
    channels: ['voice', 'chat'],
    start: 'start',
    ...rest,
    nodes: { start: { kind: 'start', on: { call: entry, chat: entry, outbound: entry } }, ...nodes },
  });
}

export function compiled(nodes: ScenarioInput['nodes'], extra: Parameters<typeof scenario>[1] = {}): CompiledScenario {
  return compile(scenario(nodes, extra), { validated: true });
}

export const bye = { kind: 'hangup', prompt: { 'en-US': 'Goodbye.' } } as const;
