import type { Scenario } from '../schema/document';
import type { SessionContext } from '../session/context';

/** The session's data before the start event. */
export function initialContext(scenario: Scenario): SessionContext {
  return {
    vars: Object.fromEntries(Object.entries(scenario.variables).map(([name, v]) => [name, v.default ?? null])),
    node: null,
    inputs: Object.entries(scenario.variables).filter(([, v]) => v.input).map(([name]) => name),
    locale: scenario.locales[0] ?? 'en-US',
    locales: scenario.locales,
    caller: { number: '' },
    called: { number: '' },
    session: { id: '', channel: 'voice', trigger: 'call', startedAt: '' },
    input: null,
    response: null,
    outcome: null,
    attempts: 0,
    tags: [],
    status: null,
    recording: null,
    frames: [],
    pending: null,
    endReason: null,
  };
}
