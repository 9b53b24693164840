import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';

let server: Awaited<ReturnType<typeof runtime>>;
beforeAll(async () => {
  server = await runtime();
});
afterAll(() => server.stop());

describe('robot routes', () => {
  it('documents the bot webhook contract in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { properties: object } }> }; responses: Record<string, { content: Record<string, { schema: { properties: object } }> }> } }>;
    };
    const turn = doc.webhooks.botTurn!.post;
    expect(Object.keys(turn.requestBody.content['application/json']!.schema.properties)).toEqual(['sessionId', 'nodeId', 'channel', 'caller', 'locale', 'text', 'turn', 'vars', 'intents']);
    expect(Object.keys(turn.responses['200']!.content['application/json']!.schema.properties)).toEqual(['replies', 'vars', 'exit', 'confidence']);
  });

  it("classifies a phrase with the runtime's built-in NLU for the studio's simulator", async () => {
    const intents = [
      { name: 'billing', utterances: { 'de-DE': ['Frage zur Rechnung', 'meine Rechnung ist falsch', 'zu viel abgebucht'] } },
      { name: 'technical', utterances: { 'de-DE': ['kein Netz', 'Internet geht nicht', 'Handy hat keinen Empfang'] } },
    ];
    const reply = await postJson(`${server.url}/api/bot/classify`, { nodeId: 'sim', intents, text: 'die Rechnung stimmt nicht', locale: 'de-DE' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ intent: 'billing', best: 'billing' });
    expect((await postJson(`${server.url}/api/bot/classify`, { nodeId: 'sim', intents: [], text: 'x', locale: 'de-DE' })).status).toBe(400);
  });
});
