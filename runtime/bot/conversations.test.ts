import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';
import { ChatClient } from '../adapters/chat/testing';

/**
 * Whole conversations with Mia (examples/voice-robot.json) through a started runtime: the
 * native call-control API for voice and the web chat WebSocket for text, one per exit.
 */
let server: Awaited<ReturnType<typeof runtime>>;
const clients: ChatClient[] = [];
beforeAll(async () => {
  server = await runtime();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.stop();
});

type Command = { type: string; hints?: string[]; expect?: string };

async function call(key: string, said: string[]) {
  const first = await postJson(`${server.url}/api/calls`, { scenarioId: 'voice-robot', from: '+4930555' });
  expect(first.status).toBe(201);
  const replies = [first.body];
  for (const event of [{ type: 'digits', digits: key }, ...said.map((text) => ({ type: 'speech', text }))]) {
    const reply = await postJson(`${server.url}/api/calls/${first.body.sessionId}/events`, event);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    replies.push(reply.body);
  }
  const record = (await server.deps.engine.get(first.body.sessionId))!;
  return { replies, visits: record.visits, record };
}

const LANGUAGES = [
  { locale: 'de-DE', key: '1', billing: 'warum ist die Rechnung so teuer', technical: 'ich habe überhaupt kein Netz mehr', cancel: 'ich möchte meinen Vertrag kündigen', human: 'ich will mit einem Menschen sprechen', hours: 'wann sind Sie erreichbar' },
  { locale: 'en-US', key: '2', billing: 'there is a wrong charge on my bill', technical: 'my internet is not working', cancel: 'I want to cancel my contract', human: 'let me speak to a human', hours: 'what are your opening hours please' },
  { locale: 'fr-FR', key: '3', billing: "j'ai un problème avec ma facture", technical: 'mon internet mobile ne marche pas', cancel: 'je veux résilier mon contrat', human: 'je veux parler à un conseiller', hours: "quels sont vos horaires d'ouverture" },
];
const GIBBERISH = ['banane', 'xylophon', 'quatsch', 'blabla', 'hmm', 'lalala'];

describe('voice robot over native call control, every exit in every language', () => {
  for (const l of LANGUAGES) {
    it(`${l.locale}: billing, technical and cancellation leave by their ports`, async () => {
      expect((await call(l.key, [l.billing])).visits.slice(3)).toEqual(['assistant', 'billingIntro', 'tagBilling', 'billingQueue']);
      expect((await call(l.key, [l.technical])).visits.slice(3)).toEqual(['assistant', 'technicalIntro', 'tagTechnical', 'technicalQueue']);
      expect((await call(l.key, [l.cancel])).visits.slice(3)).toEqual(['assistant', 'cancelIntro', 'tagCancel', 'retentionTeam']);
    });

    it(`${l.locale}: answers opening hours, then hands over to a person on request`, async () => {
      const { visits, replies } = await call(l.key, [l.hours, l.human]);
      expect(visits.slice(3)).toEqual(['assistant', 'serviceQueue']);
      const answer = (replies[2].commands as { type: string; text?: string; locale?: string }[]).find((c) => c.type === 'say');
      expect(answer).toMatchObject({ locale: l.locale, text: expect.stringMatching(/8|22/) });
    });

    it(`${l.locale}: falls back to the menu after six turns it does not understand`, async () => {
      const { visits } = await call(l.key, GIBBERISH);
      expect(visits.slice(3)).toEqual(['assistant', 'fallbackMenu']);
    });
  }

  it("gives the recogniser the bot's phrases in the caller's language as hints", async () => {
    const { replies } = await call('3', []);
    const gather = (replies[1].commands as Command[]).find((c) => c.type === 'gather')!;
    expect(gather.expect).toBe('intent');
    expect(gather.hints).toContain('Je veux résilier');
    expect(gather.hints).not.toContain('I want to cancel');
    expect(new Set(gather.hints).size).toBe(gather.hints!.length);
  });
});

async function chat(said: string[]) {
  const client = await ChatClient.connect(server.url, 'voice-robot');
  clients.push(client);
  client.send({ type: 'start', locale: 'en-US' });
  const { sessionId } = await client.next('session');
  await client.next('input');
  client.send({ type: 'choice', value: 'english' });
  await client.next('input');
  for (const [n, text] of said.entries()) {
    client.send({ type: 'text', text });
    if (n < said.length - 1) await client.next('input');
  }
  return { client, sessionId };
}

describe('voice robot in the web chat, every exit', () => {
  it.each([
    ['billing', 'I think you charged me twice this month', 'rechnung'],
    ['technical', 'my phone has no signal at all', 'technik'],
    ['handoff', 'can I talk to a real person', 'kundenservice'],
  ])('leaves by %s into its queue', async (_exit, text, queue) => {
    const { client } = await chat([text]);
    expect(await client.next('handoff')).toMatchObject({ queue });
  });

  it('leaves by cancel_contract to the retention team, after answering a question', async () => {
    const { client, sessionId } = await chat(['when are you open on saturday', 'I want to cancel my contract']);
    expect(await client.next('handoff')).toMatchObject({ target: 'team-kundenbindung' });
    expect((await server.deps.engine.get(sessionId))!.visits).toContain('cancelIntro');
  });

  it('offers the fallback menu as buttons when it does not understand', async () => {
    const { client } = await chat(GIBBERISH);
    const choices = await client.next('choices');
    expect(choices.choices.map((c) => c.value)).toEqual(['billing', 'technical', 'contract', 'other']);
  });
});
