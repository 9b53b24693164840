import type { Prompt } from '../schema/common';
import type { ActionRef, GuardRef, StateConfig, TransitionConfig } from './config';

/** Named behaviours shared by several node kinds; the interpreter implements each name. */
export const say = (nodeId: string, prompt: Prompt | undefined, bargeIn = false): ActionRef[] =>
  prompt ? [{ type: 'say', params: { nodeId, prompt, bargeIn } }] : [];

export const resetAttempts: ActionRef = { type: 'resetAttempts' };
export const countAttempt: ActionRef = { type: 'countAttempt' };
export const captureInput: ActionRef = { type: 'captureInput' };

export const attemptsLeft = (retries: number): GuardRef => ({ type: 'attemptsLeft', params: { retries } });
export const outcomeIs = (value: string): GuardRef => ({ type: 'outcomeIs', params: { value } });
export const resultIs = (result: string): GuardRef => ({ type: 'resultIs', params: { result } });

/** The caller's answer events while a node listens, all first captured into context.input. */
export function onInput(target: string): Record<string, TransitionConfig[]> {
  const capture = [{ target, actions: [captureInput] }];
  return { digits: capture, speech: capture, text: capture };
}

/** The retry loop of menus, asks and bots: say why, ask again, or give up by a port. */
export function retryOr(retries: number, again: string, prompt: ActionRef[], giveUp: TransitionConfig): TransitionConfig[] {
  return [{ guard: attemptsLeft(retries), target: again, actions: prompt }, giveUp];
}

/** The states a listening node goes to when the answer is not usable: count it, then retry or give up. */
export function retryStates(
  retries: number,
  cases: Record<string, { prompt: ActionRef[]; giveUp: TransitionConfig }>,
): Record<string, StateConfig> {
  return Object.fromEntries(
    Object.entries(cases).map(([state, { prompt, giveUp }]) => [
      state,
      { entry: [countAttempt], always: retryOr(retries, 'listen', prompt, giveUp) },
    ]),
  );
}
