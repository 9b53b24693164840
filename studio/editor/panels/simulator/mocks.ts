import type { Providers } from '../../../../dsl/interpret';
import type { HttpResponse } from '../../../../dsl/session/context';
import { request as apiRequest } from '../../../api/client';

/**
 * What the user entered for one http node. `none` lets the node take its error path; `runtime`
 * sends the real request from the runtime, which can reach what the browser cannot.
 */
export interface MockDraft {
  mode: 'none' | 'runtime' | 'response' | 'timeout' | 'error';
  status: number;
  /** JSON text as typed. */
  body: string;
}

export const NO_MOCK: MockDraft = { mode: 'none', status: 200, body: '{}' };

/** Why a typed body is not JSON, or undefined when it is (an empty body means null). */
export function bodyProblem(body: string): string | undefined {
  if (!body.trim()) return undefined;
  try {
    JSON.parse(body);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

type RuntimeAnswer = { ok: true; response: HttpResponse } | { ok: false; error: { name: string; message: string } };

/** The request as a live call would send it, from the runtime; its failure keeps its name (a TimeoutError takes the timeout port). */
async function throughRuntime(request: Parameters<NonNullable<Providers['http']>>[0]): Promise<HttpResponse> {
  const answer = await apiRequest<RuntimeAnswer>('POST', '/api/simulator/http', { request });
  if (answer.ok) return answer.response;
  throw Object.assign(new Error(`${answer.error.message} (sent by the runtime)`), { name: answer.error.name });
}

/**
 * The http provider the simulator hands the session: canned answers per node, or the real
 * request sent by the runtime when the user asks for it. Node ids inside subflows are prefixed
 * (`sub~node`); the plain id matches too.
 */
export function mockHttp(mocks: Record<string, MockDraft>): NonNullable<Providers['http']> {
  return async (request, { nodeId }) => {
    const mock = mocks[nodeId] ?? mocks[nodeId.split('~').pop()!] ?? NO_MOCK;
    switch (mock.mode) {
      case 'none':
        throw new Error('no mock response in the simulator');
      case 'runtime':
        return throughRuntime(request);
      case 'error':
        throw new Error('connection refused (mock)');
      case 'timeout':
        throw Object.assign(new Error('no answer (mock)'), { name: 'TimeoutError' });
      case 'response':
        return { status: mock.status, body: mock.body.trim() ? (JSON.parse(mock.body) as unknown) : null, headers: { 'content-type': 'application/json' } };
    }
  };
}
