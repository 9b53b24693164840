import { notFound } from '../http/errors';
import type { Storage, StudioData } from '../storage/types';
import type { Agent, AgentInput, AgentState } from './schema';

/** Studio data key: agent id → agent. */
export const AGENTS = 'agents';

type Agents = Record<string, Agent>;

export const agentsIn = (data: StudioData): Agents => (data.extra[AGENTS] ??= {}) as Agents;
export const agentList = (data: StudioData): Agent[] => Object.values((data.extra[AGENTS] ?? {}) as Agents);
/** Ids such as "constructor" must not find Object's own members. */
export const agentIn = (data: StudioData, id: string): Agent | undefined => {
  const agents = (data.extra[AGENTS] ?? {}) as Agents;
  return Object.hasOwn(agents, id) ? agents[id] : undefined;
};

/**
 * Becoming available starts the idle time the ACD ranks agents by; a call given to the agent
 * is remembered only while the agent stays busy with it.
 */
function changed(existing: Agent | undefined, state: AgentState, at: string): Pick<Agent, 'lastAvailableAt' | 'sessionId'> {
  const becameAvailable = state === 'available' && existing?.state !== 'available';
  return {
    lastAvailableAt: becameAvailable ? at : (existing?.lastAvailableAt ?? null),
    sessionId: state === 'busy' ? (existing?.sessionId ?? null) : null,
  };
}

export class AgentStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number,
  ) {}

  private stamp(): string {
    return new Date(this.now()).toISOString();
  }

  async list(state?: AgentState): Promise<Agent[]> {
    return this.storage.read((data) =>
      agentList(data)
        .filter((a) => !state || a.state === state)
        .map((a) => structuredClone(a))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
  }

  async get(id: string): Promise<Agent> {
    const agent = await this.storage.read((data) => agentIn(data, id));
    if (!agent) throw notFound(`agent '${id}'`);
    return structuredClone(agent);
  }

  async put(id: string, input: AgentInput): Promise<{ agent: Agent; created: boolean }> {
    return this.storage.update((data) => {
      const existing = agentIn(data, id);
      const at = this.stamp();
      const agent: Agent = { ...input, id, ...changed(existing, input.state, at), updatedAt: at };
      agentsIn(data)[id] = agent;
      return { agent: structuredClone(agent), created: !existing };
    });
  }

  async setState(id: string, state: AgentState): Promise<Agent> {
    return this.storage.update((data) => {
      const existing = agentIn(data, id);
      if (!existing) throw notFound(`agent '${id}'`);
      const at = this.stamp();
      const agent: Agent = { ...existing, state, ...changed(existing, state, at), updatedAt: at };
      agentsIn(data)[id] = agent;
      return structuredClone(agent);
    });
  }

  async remove(id: string): Promise<void> {
    await this.storage.update((data) => {
      if (!agentIn(data, id)) throw notFound(`agent '${id}'`);
      delete agentsIn(data)[id];
    });
  }
}
