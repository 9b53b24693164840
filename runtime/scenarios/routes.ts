import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Diagnostic } from '../../dsl/diagnostics';
import type { Feature } from '../app';
import { ApiError, invalid } from '../http/errors';
import { errors, json } from '../http/responses';
import { Binding, BindingKind, Revision, ScenarioRecord } from '../storage/records';

const Document = z.record(z.string(), z.unknown()).describe('A scenario document (see /api/scenario.schema.json)');
const Id = z.object({ id: z.string().min(1).max(100) });
const RevisionParam = Id.extend({ revision: z.coerce.number().int().positive() });
const Saved = z.object({ scenario: ScenarioRecord, diagnostics: z.array(Diagnostic) });
const RevisionSummary = Revision.omit({ document: true, compiled: true });
const ScenarioSummary = ScenarioRecord.omit({ draft: true }).extend({ status: z.enum(['draft', 'published']) });
const tags = ['Scenarios'];

const summary = (r: ScenarioRecord): z.infer<typeof ScenarioSummary> => {
  const { draft: _draft, ...rest } = r;
  return { ...rest, status: r.published === null ? 'draft' : 'published' };
};
const revisionSummary = (r: Revision): z.infer<typeof RevisionSummary> => {
  const { document: _document, compiled: _compiled, ...rest } = r;
  return rest;
};
const body = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export const scenarioRoutes: Feature = (app, { scenarios }) => {
  app.openapi(
    createRoute({ method: 'get', path: '/api/scenarios', tags, summary: 'List scenarios', responses: { 200: json(z.array(ScenarioSummary), 'All scenarios') } }),
    async (c) => c.json((await scenarios.list()).map(summary), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/scenarios',
      tags,
      summary: 'Create a scenario from a document',
      description: 'The draft may be incomplete (graph errors come back as diagnostics) but must be a well-formed document.',
      request: { body: body(Document) },
      responses: { 201: json(Saved, 'Created'), ...errors(400, 409, 422) },
    }),
    async (c) => {
      const { record, result } = await scenarios.create(c.req.valid('json'));
      return c.json({ scenario: record, diagnostics: result.diagnostics }, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/scenarios/{id}', tags, summary: 'Read a scenario and its draft', request: { params: Id }, responses: { 200: json(ScenarioRecord, 'The scenario'), ...errors(404) } }),
    async (c) => c.json(await scenarios.get(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/scenarios/{id}',
      tags,
      summary: 'Replace the draft',
      request: { params: Id, body: body(Document) },
      responses: { 200: json(Saved, 'Saved'), ...errors(400, 404, 422) },
    }),
    async (c) => {
      const { record, result } = await scenarios.updateDraft(c.req.valid('param').id, c.req.valid('json'));
      return c.json({ scenario: record, diagnostics: result.diagnostics }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/scenarios/{id}', tags, summary: 'Delete a scenario that nothing is bound to', request: { params: Id }, responses: { 204: { description: 'Deleted' }, ...errors(404, 409) } }),
    async (c) => {
      await scenarios.remove(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/scenarios/{id}/validate',
      tags,
      summary: 'Validate the draft, or the document in the body',
      description: 'With an empty body the stored draft is validated; with a JSON document, that document.',
      request: { params: Id },
      responses: { 200: json(z.object({ ok: z.literal(true), diagnostics: z.array(Diagnostic) }), 'No errors'), ...errors(404, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const record = await scenarios.get(id);
      const text = await c.req.text();
      let document: unknown = record.draft;
      if (text.trim() !== '') {
        try {
          document = JSON.parse(text);
        } catch (error) {
          throw new ApiError(400, 'request.invalidJson', `the body is not JSON: ${(error as Error).message}`);
        }
      }
      const result = await scenarios.check(document);
      const errorCount = result.diagnostics.filter((d) => d.severity === 'error').length;
      if (errorCount > 0) throw invalid(`scenario '${id}' has ${errorCount} error(s)`, result.diagnostics);
      return c.json({ ok: true as const, diagnostics: result.diagnostics }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/scenarios/{id}/publish',
      tags,
      summary: 'Publish the draft as a new immutable revision',
      request: { params: Id, body: body(z.object({ message: z.string().max(2000).default('') })) },
      responses: { 201: json(RevisionSummary, 'Published'), ...errors(400, 404, 422) },
    }),
    async (c) => c.json(revisionSummary(await scenarios.publish(c.req.valid('param').id, c.req.valid('json').message)), 201),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/scenarios/{id}/revisions', tags, summary: 'List published revisions', request: { params: Id }, responses: { 200: json(z.array(RevisionSummary), 'Revisions, oldest first'), ...errors(404) } }),
    async (c) => c.json((await scenarios.revisions(c.req.valid('param').id)).map(revisionSummary), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/scenarios/{id}/revisions/{revision}', tags, summary: 'Read a revision with its document and compiled machine', request: { params: RevisionParam }, responses: { 200: json(Revision, 'The revision'), ...errors(404) } }),
    async (c) => {
      const { id, revision } = c.req.valid('param');
      return c.json(await scenarios.revision(id, revision), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/scenarios/{id}/rollback',
      tags,
      summary: 'Make an older revision current again (and restore it as the draft)',
      request: { params: Id, body: body(z.object({ revision: z.number().int().positive() })) },
      responses: { 200: json(ScenarioRecord, 'Rolled back'), ...errors(400, 404) },
    }),
    async (c) => c.json(await scenarios.rollback(c.req.valid('param').id, c.req.valid('json').revision), 200),
  );

  const bindingTags = ['Bindings'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/bindings', tags: bindingTags, summary: 'List trigger bindings', responses: { 200: json(z.array(Binding), 'Bindings') } }),
    async (c) => c.json(await scenarios.bindings(), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/bindings',
      tags: bindingTags,
      summary: 'Bind a called number, chat channel or SMS number to a scenario revision',
      request: { body: body(Binding.extend({ revision: Binding.shape.revision.default(null) })) },
      responses: { 200: json(Binding, 'Bound'), ...errors(400, 404, 409) },
    }),
    async (c) => c.json(await scenarios.bind(c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/bindings/{kind}/{address}',
      tags: bindingTags,
      summary: 'Remove a binding',
      request: { params: z.object({ kind: BindingKind, address: z.string().min(1) }) },
      responses: { 204: { description: 'Removed' }, ...errors(404) },
    }),
    async (c) => {
      const { kind, address } = c.req.valid('param');
      await scenarios.unbind(kind, address);
      return c.body(null, 204);
    },
  );
};
