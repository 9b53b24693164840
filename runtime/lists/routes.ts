import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CallerListNode } from '../../dsl/nodes/callerList';
import type { Feature } from '../app';
import { errors, json } from '../http/responses';
import { CallerLists } from './store';

const tags = ['Caller lists'];

/** Entries follow the callerList node's own rule, so a list and a node's inline numbers mean the same. */
const Entry = CallerListNode.shape.numbers.unwrap().element.describe('A number like +4930123456, or a prefix ending in *');
export const ListName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'letters, digits, ".", "_" or "-" (max 100), starting with a letter or digit')
  .describe('The name a callerList node refers to in `list`');

const NameParam = z.object({ name: ListName });
const NumberParam = NameParam.extend({ number: Entry });
const CallerList = z.object({ name: z.string(), numbers: z.array(z.string()) });
const ListSummary = z.object({ name: z.string(), count: z.number().int() });
const body = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

/** Black/white lists managed at run time, read by callerList nodes through their `list` name. */
export const listRoutes: Feature = (app, { storage }) => {
  const lists = new CallerLists(storage);

  app.openapi(
    createRoute({ method: 'get', path: '/api/lists', tags, summary: 'List caller lists with their sizes', responses: { 200: json(z.array(ListSummary), 'All lists') } }),
    async (c) => c.json(await lists.summaries(), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/lists/{name}', tags, summary: 'Read a caller list', request: { params: NameParam }, responses: { 200: json(CallerList, 'The list'), ...errors(400, 404) } }),
    async (c) => {
      const { name } = c.req.valid('param');
      return c.json({ name, numbers: await lists.get(name) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/lists/{name}',
      tags,
      summary: 'Create or replace a caller list',
      request: { params: NameParam, body: body(z.object({ numbers: z.array(Entry).max(10_000) })) },
      responses: { 200: json(CallerList, 'The stored list (duplicates removed)'), ...errors(400) },
    }),
    async (c) => {
      const { name } = c.req.valid('param');
      return c.json({ name, numbers: await lists.replace(name, c.req.valid('json').numbers) }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/lists/{name}', tags, summary: 'Delete a caller list', request: { params: NameParam }, responses: { 204: { description: 'Deleted' }, ...errors(400, 404) } }),
    async (c) => {
      await lists.remove(c.req.valid('param').name);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/lists/{name}/numbers',
      tags,
      summary: 'Add a number or prefix to a caller list (the list is created when new)',
      request: { params: NameParam, body: body(z.object({ number: Entry })) },
      responses: { 200: json(CallerList, 'The list after the change'), ...errors(400) },
    }),
    async (c) => {
      const { name } = c.req.valid('param');
      return c.json({ name, numbers: await lists.add(name, c.req.valid('json').number) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/lists/{name}/numbers/{number}',
      tags,
      summary: 'Remove a number or prefix from a caller list',
      description: 'Write the number as it is stored, URL-encoded: `+` may stay as it is in a path.',
      request: { params: NumberParam },
      responses: { 200: json(CallerList, 'The list after the change'), ...errors(400, 404) },
    }),
    async (c) => {
      const { name, number } = c.req.valid('param');
      return c.json({ name, numbers: await lists.removeNumber(name, number) }, 200);
    },
  );
};
