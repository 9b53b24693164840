import type { Diagnostic } from '../../dsl/diagnostics';

/** A failure caused by the request, answered with a 4xx and a message that names the problem. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly diagnostics?: Diagnostic[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'notFound', `${what} does not exist`);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);
export const invalid = (message: string, diagnostics?: Diagnostic[]) => new ApiError(422, 'invalid', message, diagnostics);
