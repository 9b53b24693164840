import type { Scenario } from '../schema/document';
import { ENDED_STATE_ID, type MachineConfig } from './config';
import type { ResolveScenario } from './context';
import { CompileError } from './errors';
import { compileNodes } from './nodes';
import { initialContext } from './initialContext';
import { validate } from '../validate';

export { CompileError } from './errors';
export type { MachineConfig, StateConfig, ActionRef } from './config';
export { WAIT_TAGS, ENDED_STATE_ID } from './config';
export type { ResolveScenario } from './context';

export interface CompiledScenario {
  id: string;
  name: string;
  dsl: number;
  locales: string[];
  channels: string[];
  machine: MachineConfig;
}

export interface CompileOptions {
  /** Finds a subflow's scenario; without it a scenario with subflow nodes does not compile. */
  resolveScenario?: ResolveScenario;
  /** Skip validation when the caller has just validated the same document. */
  validated?: boolean;
}

/**
 * Turns a scenario into an XState v5 machine config that is plain JSON: the same input gives
 * byte-identical output, since everything is built in document order.
 */
export function compile(scenario: Scenario, options: CompileOptions = {}): CompiledScenario {
  if (!options.validated) {
    const result = validate(scenario, { resolveScenario: options.resolveScenario });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new CompileError(errors);
  }
  const start = scenario.nodes[scenario.start];
  if (start?.kind !== 'start') {
    throw new CompileError([
      { severity: 'error', code: 'start.missing', message: `The start node '${scenario.start}' does not exist or is not a start node` },
    ]);
  }
  const machine: MachineConfig = {
    id: `callflow:${scenario.id}`,
    initial: scenario.start,
    context: initialContext(scenario),
    on: { hangup: [{ target: `#${ENDED_STATE_ID}`, actions: [{ type: 'callerHungUp' }] }] },
    states: {
      ...compileNodes({ scenario, prefix: '', resolveScenario: options.resolveScenario, stack: [scenario.id] }),
      [ENDED_STATE_ID]: { id: ENDED_STATE_ID, type: 'final' },
    },
  };
  return {
    id: scenario.id,
    name: scenario.name,
    dsl: scenario.dsl,
    locales: scenario.locales,
    channels: scenario.channels,
    machine,
  };
}
