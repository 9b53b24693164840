import { notFound } from '../http/errors';
import { CALLER_LISTS } from '../sessions/callerLists';
import type { Storage, StudioData } from '../storage/types';

/** The callerList node reads this very shape (runtime/sessions/callerLists.ts): list name → entries. */
type Lists = Record<string, string[]>;

export interface ListSummary {
  name: string;
  count: number;
}

const listsIn = (data: StudioData): Lists => (data.extra[CALLER_LISTS] ??= {}) as Lists;
/** Names such as "constructor" must not find Object's own members. */
const own = (lists: Lists, name: string): string[] | undefined => (Object.hasOwn(lists, name) ? lists[name] : undefined);
const unique = (numbers: string[]) => [...new Set(numbers)];

/** Caller lists kept in the studio data; every change is one serialised storage update. */
export class CallerLists {
  constructor(private readonly storage: Storage) {}

  async summaries(): Promise<ListSummary[]> {
    return this.storage.read((data) =>
      Object.entries((data.extra[CALLER_LISTS] ?? {}) as Lists)
        .map(([name, numbers]) => ({ name, count: numbers.length }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  }

  async get(name: string): Promise<string[]> {
    const numbers = await this.storage.read((data) => own((data.extra[CALLER_LISTS] ?? {}) as Lists, name));
    if (!numbers) throw notFound(`caller list '${name}'`);
    return [...numbers];
  }

  async replace(name: string, numbers: string[]): Promise<string[]> {
    return this.storage.update((data) => [...(listsIn(data)[name] = unique(numbers))]);
  }

  async remove(name: string): Promise<void> {
    await this.storage.update((data) => {
      const lists = listsIn(data);
      if (!own(lists, name)) throw notFound(`caller list '${name}'`);
      delete lists[name];
    });
  }

  /** Adding to a list that does not exist yet creates it: the usual first step of a blocklist. */
  async add(name: string, number: string): Promise<string[]> {
    return this.storage.update((data) => {
      const lists = listsIn(data);
      return [...(lists[name] = unique([...(own(lists, name) ?? []), number]))];
    });
  }

  async removeNumber(name: string, number: string): Promise<string[]> {
    return this.storage.update((data) => {
      const lists = listsIn(data);
      const numbers = own(lists, name);
      if (!numbers) throw notFound(`caller list '${name}'`);
      if (!numbers.includes(number)) throw notFound(`number '${number}' on caller list '${name}'`);
      return [...(lists[name] = numbers.filter((n) => n !== number))];
    });
  }
}
