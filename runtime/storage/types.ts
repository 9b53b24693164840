import type { Binding, Revision, ScenarioRecord, SessionRecord, SessionSummary } from './records';

/** The small, shared data of an installation: scenarios, revisions, bindings and managed lists. */
export interface StudioData {
  scenarios: Record<string, ScenarioRecord>;
  revisions: Record<string, Revision[]>;
  bindings: Binding[];
  /** Other modules' data (caller lists, mailboxes, agents, outbox), each under its own key. */
  extra: Record<string, unknown>;
}

export interface SessionFilter {
  from?: string;
  to?: string;
  status?: string;
  scenarioId?: string;
  tag?: string;
  limit?: number;
}

/**
 * Everything goes through this interface, so a server database and a shared session store
 * can replace the embedded files without touching the rest of the runtime.
 */
export interface Storage {
  /** Reads the studio data; the callback must not keep references past its return. */
  read<T>(fn: (data: StudioData) => T): Promise<T>;
  /** Changes the studio data and persists it before resolving; writes are serialised. */
  update<T>(fn: (data: StudioData) => T): Promise<T>;
  sessions: SessionStore;
  close(): Promise<void>;
}

export interface SessionStore {
  get(id: string): Promise<SessionRecord | undefined>;
  /** Persists the whole record durably (a crash right after loses nothing). */
  put(record: SessionRecord): Promise<void>;
  list(filter?: SessionFilter): Promise<SessionSummary[]>;
}
