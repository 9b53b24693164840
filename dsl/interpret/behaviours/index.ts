import { botActions, botGuards } from './bot';
import { dialogActions, dialogGuards } from './dialog';
import { effectActions } from './effects';
import { sessionActions, sessionGuards } from './session';
import { subflowActions } from './subflow';
import { telephonyActions } from './telephony';

/** Every named action and guard a compiled scenario refers to. */
export function behaviours(now: () => Date) {
  return {
    actions: { ...sessionActions, ...dialogActions, ...effectActions, ...telephonyActions(now), ...subflowActions, ...botActions },
    guards: { ...sessionGuards, ...dialogGuards, ...botGuards },
  };
}
