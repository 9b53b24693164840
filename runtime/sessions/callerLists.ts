import type { Storage } from '../storage/types';

/** Caller lists managed through the API live in the studio data under this key. */
export const CALLER_LISTS = 'callerLists';

type Lists = Record<string, string[]>;

export async function callerListEntries(storage: Storage, list: string): Promise<string[]> {
  return storage.read((data) => {
    const lists = (data.extra[CALLER_LISTS] as Lists | undefined) ?? {};
    // Own entries only: a list called "constructor" is just an unknown list.
    return Object.hasOwn(lists, list) && Array.isArray(lists[list]) ? [...lists[list]] : [];
  });
}
