import { z } from 'zod';
import { Expression, nodeBase, Prompt, Seconds, Target, Template, VarName } from '../schema/common';
import { defineNode, optional, promptsOf, required, type CodeRef } from './define';

export const HttpNode = z
  .strictObject({
    kind: z.literal('http'),
    ...nodeBase,
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
    url: Template.min(1).describe('URL template, e.g. https://crm.example/api/customers?phone={{caller.number}}'),
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]{1,100}$/), Template).optional(),
    body: Template.optional().describe('Request body template (JSON text for most APIs)'),
    timeout: Seconds.max(120).default(5).describe('Seconds before leaving by "timeout"'),
    retries: z.number().int().min(0).max(5).default(0).describe('Retries after a network error or 5xx'),
    holdPrompt: Prompt.optional().describe('Played to the caller while the request runs'),
    map: z
      .record(VarName, Expression)
      .optional()
      .describe('Variables set from the response, e.g. {"customerName": "response.body.name"}'),
    on: z.strictObject({ success: Target.optional(), error: Target.optional(), timeout: Target.optional() }),
  })
  .describe('CRM or web request with response mapping');

export const http = defineNode({
  kind: 'http',
  schema: HttpNode,
  summary: 'Call a CRM or web API and map the response into variables',
  ports: () => [required('success'), optional('error'), optional('timeout')],
  prompts: (node) => promptsOf(node, 'holdPrompt'),
  code: (node) => [
    { path: ['url'], source: node.url, kind: 'template' },
    ...Object.entries(node.headers ?? {}).map(([k, v]): CodeRef => ({ path: ['headers', k], source: v, kind: 'template' })),
    ...(node.body !== undefined ? [{ path: ['body'], source: node.body, kind: 'template' } as CodeRef] : []),
    ...Object.entries(node.map ?? {}).map(([k, v]): CodeRef => ({ path: ['map', k], source: v, kind: 'expression' })),
  ],
  writes: (node) => Object.keys(node.map ?? {}),
  waits: () => true,
});
