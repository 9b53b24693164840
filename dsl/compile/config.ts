import type { SessionContext } from '../session/context';

/**
 * The slice of XState v5's machine config the compiler emits. It is plain JSON: behaviour is
 * referenced by name ({ type, params }) and supplied by the interpreter (see dsl/interpret/).
 */
export interface ActionRef {
  type: string;
  params?: Record<string, unknown>;
}
export type GuardRef = ActionRef;

export interface TransitionConfig {
  target?: string;
  guard?: GuardRef;
  actions?: ActionRef[];
}

export interface StateConfig {
  id?: string;
  type?: 'final';
  tags?: string[];
  description?: string;
  entry?: ActionRef[];
  exit?: ActionRef[];
  always?: TransitionConfig[];
  on?: Record<string, TransitionConfig[]>;
  initial?: string;
  states?: Record<string, StateConfig>;
  meta?: Record<string, unknown>;
}

export interface MachineConfig extends StateConfig {
  id: string;
  context: SessionContext;
}

/** Tags telling the interpreter what a waiting state waits for. */
export const WAIT_TAGS = {
  input: 'waits:input',
  transfer: 'waits:transfer',
  queue: 'waits:queue',
  recording: 'waits:recording',
  effect: 'waits:effect',
} as const;

/** Where sessions end: hangups, unconnected optional ports and the caller hanging up. */
export const ENDED_STATE_ID = '$ended';
