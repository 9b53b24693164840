import type { Storage } from '../storage/types';

/** Caller lists managed through the API live in the studio data under this key. */
export const CALLER_LISTS = 'callerLists';

type Lists = Record<string, string[]>;

export async function callerListEntries(storage: Storage, list: string): Promise<string[]> {
  return storage.read((data) => [...((data.extra[CALLER_LISTS] as Lists | undefined)?.[list] ?? [])]);
}
