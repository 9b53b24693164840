import { request } from '../api/client';

/** Shapes as runtime/records/routes.ts answers them (see /api/openapi.json); the studio never imports runtime/. */
export interface CallSummary {
  id: string;
  scenarioId: string;
  revision: number;
  channel: 'voice' | 'chat' | 'sms';
  trigger: string;
  caller: { number: string; name?: string };
  called: { number: string };
  source: { adapter: string };
  startedAt: string;
  updatedAt: string;
  endedAt: string | null;
  status: 'active' | 'ended' | 'failed';
  endReason: string | null;
  nodeId: string | null;
  waitingFor: string | null;
  tags: string[];
  visits: string[];
  steps: number;
}

export interface TraceEntry {
  at: string;
  kind: 'event' | 'visit' | 'command' | 'effect' | 'vars' | 'error';
  data: Record<string, unknown>;
}

export interface CallDetail extends CallSummary {
  trace: TraceEntry[];
}

export interface ScenarioStats {
  scenarioId: string;
  sessions: number;
  visits: Record<string, number>;
  reached: Record<string, number>;
  byStatus: Record<string, number>;
  byEndReason: Record<string, number>;
}

export const monitorApi = {
  calls: (query: { scenario?: string; limit?: number } = {}) => {
    const params = new URLSearchParams();
    if (query.scenario) params.set('scenario', query.scenario);
    params.set('limit', String(query.limit ?? 50));
    return request<CallSummary[]>('GET', `/api/calls?${params}`);
  },
  call: (id: string) => request<CallDetail>('GET', `/api/calls/${encodeURIComponent(id)}`),
  stats: (scenarioId: string) => request<ScenarioStats>('GET', `/api/scenarios/${encodeURIComponent(scenarioId)}/stats`),
  /** Server-Sent Events of session steps; `scenario` narrows them to one scenario. */
  streamUrl: (scenario?: string) => `/api/monitor${scenario ? `?scenario=${encodeURIComponent(scenario)}` : ''}`,
};
