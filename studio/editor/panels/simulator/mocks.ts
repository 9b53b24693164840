import type { Providers } from '../../../../dsl/interpret';

/** What the user entered for one http node. `none` lets the node take its error path. */
export interface MockDraft {
  mode: 'none' | 'response' | 'timeout' | 'error';
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

/**
 * The http provider the simulator hands the session: canned answers per node, nothing sent over
 * the network. Node ids inside subflows are prefixed (`sub~node`); the plain id matches too.
 */
export function mockHttp(mocks: Record<string, MockDraft>): NonNullable<Providers['http']> {
  return async (_request, { nodeId }) => {
    const mock = mocks[nodeId] ?? mocks[nodeId.split('~').pop()!] ?? NO_MOCK;
    switch (mock.mode) {
      case 'none':
        throw new Error('no mock response in the simulator');
      case 'error':
        throw new Error('connection refused (mock)');
      case 'timeout':
        throw Object.assign(new Error('no answer (mock)'), { name: 'TimeoutError' });
      case 'response':
        return { status: mock.status, body: mock.body.trim() ? (JSON.parse(mock.body) as unknown) : null, headers: { 'content-type': 'application/json' } };
    }
  };
}
