import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../../test/support/server';
import { sharedModels } from './cache';
import { nluBotsOf } from './pretrain';

let server: Awaited<ReturnType<typeof runtime>>;
beforeAll(async () => {
  server = await runtime();
});
afterAll(() => server.stop());

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
};

describe('robots learn when their scenario is published', () => {
  it('finds every built-in-NLU bot of a compiled revision by the node id its sessions use', async () => {
    const revision = (await server.deps.scenarios.revisions('voice-robot')).at(-1)!;
    const bots = nluBotsOf(revision.compiled);
    expect(bots.map((b) => b.nodeId)).toEqual(['assistant']);
    expect(bots[0]!.intents.length).toBeGreaterThan(3);
  });

  it('trains the published bots before their first caller, who then finds the model ready', async () => {
    // The examples were published as the runtime started: voice-robot and ai-routing each have one NLU bot.
    await until(() => sharedModels.trainings >= 2);
    const trained = sharedModels.trainings;
    expect(trained).toBe(2);

    const call = await postJson(`${server.url}/api/calls`, { scenarioId: 'voice-robot', from: '+4930555' });
    await postJson(`${server.url}/api/calls/${call.body.sessionId}/events`, { type: 'digits', digits: '2' });
    const reply = await postJson(`${server.url}/api/calls/${call.body.sessionId}/events`, { type: 'speech', text: 'my internet is not working' });
    expect(reply.status).toBe(200);
    expect((await server.deps.engine.get(call.body.sessionId))!.visits).toContain('technicalIntro');
    expect(sharedModels.trainings).toBe(trained);
  });

  it('does not train again when a revision leaves the bot as it was', async () => {
    const before = sharedModels.trainings;
    await server.deps.scenarios.publish('voice-robot', 'nothing changed in the robot');
    await new Promise((r) => setTimeout(r, 200));
    expect(sharedModels.trainings).toBe(before);
  });
});
