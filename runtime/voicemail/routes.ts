import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Feature } from '../app';
import { onServer } from '../http/server-hooks';
import { errors, json } from '../http/responses';
import { Mailboxes } from './mailboxes';
import { VoicemailRecorder } from './recorder';
import { MailboxSummary, VoiceMessage } from './schema';

const tags = ['Voicemail'];
const MailboxParam = z.object({ name: z.string().min(1).max(200) });
const MessageParam = MailboxParam.extend({ id: z.string().min(1).max(100) });

/** Mailboxes filled by voicemail nodes, read and tidied through the API. */
export const voicemailRoutes: Feature = (app, { storage, monitor }) => {
  const mailboxes = new Mailboxes(storage);
  const recorder = new VoicemailRecorder(storage, monitor, mailboxes);
  onServer(app, () => () => recorder.close());

  app.openapi(
    createRoute({ method: 'get', path: '/api/mailboxes', tags, summary: 'List mailboxes that hold messages, with counts', responses: { 200: json(z.array(MailboxSummary), 'Mailboxes') } }),
    async (c) => c.json(await mailboxes.summaries(), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/mailboxes/{name}/messages',
      tags,
      summary: 'List the messages of a mailbox, newest first',
      description: 'A mailbox without messages answers an empty list: mailboxes come into being with their first message.',
      request: { params: MailboxParam },
      responses: { 200: json(z.array(VoiceMessage), 'Messages'), ...errors(400) },
    }),
    async (c) => c.json(await mailboxes.messages(c.req.valid('param').name), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/mailboxes/{name}/messages/{id}',
      tags,
      summary: 'Mark a message read or unread',
      request: { params: MessageParam, body: { content: { 'application/json': { schema: z.object({ read: z.boolean() }) } }, required: true } },
      responses: { 200: json(VoiceMessage, 'The message'), ...errors(400, 404) },
    }),
    async (c) => {
      const { name, id } = c.req.valid('param');
      return c.json(await mailboxes.setRead(name, id, c.req.valid('json').read), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/mailboxes/{name}/messages/{id}',
      tags,
      summary: 'Delete a message',
      request: { params: MessageParam },
      responses: { 204: { description: 'Deleted' }, ...errors(404) },
    }),
    async (c) => {
      const { name, id } = c.req.valid('param');
      await mailboxes.remove(name, id);
      return c.body(null, 204);
    },
  );
};
