import type { Diagnostic } from '../../dsl/diagnostics';
import { request } from './client';

/** Shapes as runtime/scenarios/routes.ts answers them (see /api/openapi.json). */
export type Document = Record<string, unknown>;

export interface ScenarioSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  published: number | null;
  current: number | null;
  status: 'draft' | 'published';
}

export interface ScenarioRecord extends Omit<ScenarioSummary, 'status'> {
  draft: Document;
}

export interface Saved {
  scenario: ScenarioRecord;
  diagnostics: Diagnostic[];
}

export interface RevisionSummary {
  scenarioId: string;
  revision: number;
  message: string;
  publishedAt: string;
  subflows: Record<string, number>;
}

const at = (id: string) => `/api/scenarios/${encodeURIComponent(id)}`;

export const scenariosApi = {
  list: () => request<ScenarioSummary[]>('GET', '/api/scenarios'),
  get: (id: string) => request<ScenarioRecord>('GET', at(id)),
  create: (document: Document) => request<Saved>('POST', '/api/scenarios', document),
  save: (id: string, document: Document) => request<Saved>('PUT', at(id), document),
  remove: (id: string) => request<null>('DELETE', at(id)),
  /** Validates the stored draft, or the given document without saving it. */
  validate: (id: string, document?: Document) => request<{ ok: true; diagnostics: Diagnostic[] }>('POST', `${at(id)}/validate`, document),
  publish: (id: string, message = '') => request<RevisionSummary>('POST', `${at(id)}/publish`, { message }),
  revisions: (id: string) => request<RevisionSummary[]>('GET', `${at(id)}/revisions`),
  rollback: (id: string, revision: number) => request<ScenarioRecord>('POST', `${at(id)}/rollback`, { revision }),
};
