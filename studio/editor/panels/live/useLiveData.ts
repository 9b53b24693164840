import { useCallback, useEffect, useRef, useState } from 'react';
import { monitorApi, type CallSummary, type ScenarioStats } from '../../../monitor/api';

/** Runtime events come in bursts (one per step); refetch at most this often. */
const SETTLE_MS = 800;

/** Statistics and recent sessions of a scenario, refetched when the monitor stream reports a step. */
export function useLiveData(scenarioId: string) {
  const [stats, setStats] = useState<ScenarioStats | null>(null);
  const [calls, setCalls] = useState<CallSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [live, setLive] = useState(false);
  const alive = useRef(true);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const [s, c] = await Promise.all([monitorApi.stats(scenarioId), monitorApi.calls({ scenario: scenarioId, limit: 30 })]);
      if (!alive.current) return;
      setStats(s);
      setCalls(c);
      setError(null);
    } catch (e) {
      if (alive.current) setError((e as Error).message);
    } finally {
      if (alive.current) setLoading(false);
    }
  }, [scenarioId]);

  useEffect(() => {
    alive.current = true;
    void refresh();
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(monitorApi.streamUrl(scenarioId));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), SETTLE_MS);
    };
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    for (const type of ['session.started', 'session.step', 'session.ended']) source.addEventListener(type, changed);
    return () => {
      alive.current = false;
      clearTimeout(timer);
      source.close();
    };
  }, [scenarioId, refresh]);

  return { stats, calls, error, loading, live, refresh };
}
