import type { Diagnostic } from '../../dsl/diagnostics';

/** A refused request, carrying the server's own words (and diagnostics when a document was refused). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; diagnostics?: Diagnostic[] };
}

export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiFailure(0, 'network', `the runtime cannot be reached (${(error as Error).message})`);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: the status line is all we can tell.
  }
  if (!response.ok) {
    const error = (parsed as ErrorBody | null)?.error;
    throw new ApiFailure(response.status, error?.code ?? 'http', error?.message ?? `${method} ${path} answered ${response.status} ${response.statusText}`, error?.diagnostics ?? []);
  }
  return parsed as T;
}
