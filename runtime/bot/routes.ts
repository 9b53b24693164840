import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { BotIntent } from '../../dsl/nodes/bot';
import type { Feature } from '../app';
import { errors, json } from '../http/responses';
import { sharedModels } from './nlu/cache';
import { pretrain } from './nlu/pretrain';
import type { Revision } from '../storage/records';
import { WebhookReply, WebhookTurn } from './webhook-contract';

const tags = ['Robots'];

const ClassifyRequest = z.object({
  nodeId: z.string().min(1).max(200).describe('Any stable name for the bot; the trained model is cached by it and the phrases'),
  intents: z.array(BotIntent.pick({ name: true, utterances: true })).min(1).max(200),
  text: z.string().max(2000),
  locale: z.string().min(2).max(20),
  threshold: z.number().min(0).max(1).default(0.6),
});

const Classified = z.object({
  intent: z.string().nullable().describe('The recognised intent, null when below the threshold'),
  best: z.string().nullable().describe('The closest intent, whatever its confidence'),
  confidence: z.number(),
});

/**
 * The built-in NLU for the studio's simulator (the browser has only the word-overlap stand-in),
 * the bot webhook's contract in the OpenAPI document, and the training of published robots.
 */
export const botRoutes: Feature = (app, { scenarios }) => {
  // Trained at publish time, in the background: a failure only means the first turn trains instead.
  const train = (revision: Revision) =>
    pretrain(revision).catch((error: Error) => console.warn(`bot: training the NLU of ${revision.scenarioId} r${revision.revision} failed: ${error.message}`));
  scenarios.onPublished((revision) => void train(revision));
  // Revisions published before this server started (or while it was seeding the examples).
  void (async () => {
    for (const scenario of await scenarios.list()) {
      const current = (await scenarios.revisions(scenario.id)).find((r) => r.revision === scenario.current);
      if (current) await train(current);
    }
  })().catch((error: Error) => console.warn(`bot: training the published robots failed: ${error.message}`));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bot/classify',
      tags,
      summary: "Classify a phrase with the built-in NLU, trained from the given intents' example phrases",
      request: { body: { content: { 'application/json': { schema: ClassifyRequest } }, required: true } },
      responses: { 200: json(Classified, 'The classification'), ...errors(400) },
    }),
    async (c) => {
      const b = c.req.valid('json');
      const result = await (await sharedModels.model(`studio:${b.nodeId}`, b.intents)).classify(b.text, b.locale);
      const understood = result.intent !== null && result.confidence >= b.threshold;
      return c.json({ intent: understood ? result.intent : null, best: result.intent, confidence: result.confidence }, 200);
    },
  );

  app.openAPIRegistry.registerWebhook({
    method: 'post',
    path: 'botTurn',
    tags,
    summary: 'A turn of a bot node with controller "webhook": the runtime posts to the node\'s URL',
    description:
      'Sent for every caller turn while a bot node with `controller: {type: "webhook", url, timeout, tokenEnv?}` listens, with ' +
      '`Authorization: Bearer <value of tokenEnv>` when the node names one. Answer 200 with a BotWebhookReply within the ' +
      "node's timeout. A timeout, an error status, a body that is not JSON or does not fit the reply schema takes the node's " +
      '`error` port, or its `fallback` port when `error` is not connected; the call itself never fails.',
    request: { body: { content: { 'application/json': { schema: WebhookTurn } }, required: true } },
    responses: { 200: json(WebhookReply, 'What the robot says and where the conversation goes') },
  });
};
