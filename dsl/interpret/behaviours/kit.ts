import { assign, enqueueActions } from 'xstate';
import type { Command } from '../../session/commands';
import type { SessionContext } from '../../session/context';

/**
 * Helpers to write a named behaviour as a plain function of (context, event, params). Params
 * come from the compiled JSON and were checked when the scenario was validated.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Params = any;
export type AnyEvent = { type: string; [key: string]: unknown };

export interface Effects {
  /** Changes to the session's data. */
  update(patch: Partial<SessionContext>): void;
  /** A command for the channel. */
  command(command: Command): void;
  /** Any other event for the session's listeners (node visits). */
  emit(event: AnyEvent): void;
}

type Body = (context: SessionContext, event: AnyEvent, params: Params, out: Effects) => void;

/** A behaviour that may update the context and emit commands, in the order it does so. */
export function behaviour(body: Body) {
  return enqueueActions(({ context, event, enqueue }, params: Params) => {
    let current = context as SessionContext;
    body(current, event as AnyEvent, params, {
      update(patch) {
        current = { ...current, ...patch };
        enqueue.assign(patch as never);
      },
      command(command) {
        enqueue.emit({ type: 'command', command } as never);
      },
      emit(event) {
        enqueue.emit(event as never);
      },
    });
  });
}

/** A behaviour that only changes the context. */
export function update(body: (context: SessionContext, event: AnyEvent, params: Params) => Partial<SessionContext>) {
  return assign(({ context, event }, params: Params) => body(context as SessionContext, event as AnyEvent, params) as never);
}

export type Guard = (context: SessionContext, event: AnyEvent, params: Params) => boolean;
export const guard = (fn: Guard) => ({ context, event }: { context: unknown; event: unknown }, params: Params) =>
  fn(context as SessionContext, event as AnyEvent, params);
