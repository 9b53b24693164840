import { z } from 'zod';
import { Diagnostic } from '../../dsl/diagnostics';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    diagnostics: z.array(Diagnostic).optional(),
  }),
});

/** The error responses every route may give, for the OpenAPI document. */
export function errors(...statuses: (400 | 403 | 404 | 409 | 413 | 422)[]) {
  const text: Record<number, string> = {
    400: 'The request is malformed',
    403: 'The request is not signed correctly',
    404: 'Something the request names does not exist',
    409: 'The request does not fit the current state',
    413: 'The body is too large',
    422: 'The scenario has errors; see diagnostics',
  };
  return Object.fromEntries(
    statuses.map((s) => [s, { description: text[s]!, content: { 'application/json': { schema: ErrorBody } } }]),
  ) as Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }>;
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
