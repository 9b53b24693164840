import { useCallback, useEffect, useState } from 'react';
import { request } from '../../../api/client';
import { scenariosApi, type Document, type RevisionSummary } from '../../../api/scenarios';
import { onPublished } from './events';

export interface Revisions {
  list: RevisionSummary[] | null;
  /** The revision calls run on (changes with a rollback), null before the first publish. */
  current: number | null;
  error: string | null;
  refresh: () => void;
}

/** The scenario's published revisions, refreshed after a publish and whenever the window regains focus. */
export function useRevisions(scenarioId: string): Revisions {
  const [list, setList] = useState<RevisionSummary[] | null>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let stale = false;
    Promise.all([scenariosApi.revisions(scenarioId), scenariosApi.get(scenarioId)]).then(
      ([revisions, record]) => {
        if (stale) return;
        // Newest first: the list is read from the top.
        setList([...revisions].sort((a, b) => b.revision - a.revision));
        setCurrent(record.current);
        setError(null);
      },
      (failure: Error) => !stale && setError(failure.message),
    );
    return () => {
      stale = true;
    };
  }, [scenarioId, tick]);

  useEffect(() => {
    const off = onPublished(scenarioId, refresh);
    window.addEventListener('focus', refresh);
    return () => {
      off();
      window.removeEventListener('focus', refresh);
    };
  }, [scenarioId, refresh]);

  return { list, current, error, refresh };
}

const documents = new Map<string, Promise<Document>>();

/** A revision's document; revisions never change, so each is fetched once. */
export function revisionDocument(scenarioId: string, revision: number): Promise<Document> {
  const key = `${scenarioId}@${revision}`;
  let found = documents.get(key);
  if (!found) {
    found = request<{ document: Document }>('GET', `/api/scenarios/${encodeURIComponent(scenarioId)}/revisions/${revision}`).then((r) => r.document);
    found.catch(() => documents.delete(key));
    documents.set(key, found);
  }
  return found;
}
