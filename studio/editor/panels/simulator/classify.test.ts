import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compile } from '../../../../dsl/compile';
import { createSession, type Step } from '../../../../dsl/interpret';
import type { Scenario } from '../../../../dsl/schema/document';
import { validate } from '../../../../dsl/validate';
import { runtime } from '../../../../test/support/server';
import { simulatorClassify, type Classifier } from './classify';
import { startingAt } from './startFrom';
import { entriesOf } from './transcript';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'voice-robot.json');
const robot = (edit: (document: { nodes: Record<string, Record<string, unknown>> }) => void = () => {}): Scenario => {
  const document = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  edit(document);
  return validate(document).scenario!;
};

/** A voice session at the robot in English, with the simulator's classify provider; returns its steps and who classified. */
async function converse(scenario: Scenario, said: string) {
  const classifiers: Classifier[] = [];
  const session = createSession(compile(startingAt(scenario, 'assistant', 'voice'), { validated: true }), {
    classify: simulatorClassify('voice-robot', (c) => classifiers.push(c)),
  });
  const steps: Step[] = [];
  steps.push(
    await session.start({
      type: 'start', sessionId: 'sim', trigger: 'call', channel: 'voice', caller: { number: '+4930111' }, called: { number: '' },
      locale: 'en-US', vars: {}, startedAt: new Date().toISOString(),
    }),
  );
  steps.push(await session.send({ type: 'speech', text: said }));
  const lines = steps.flatMap((s) => entriesOf(s.happenings));
  // The node the robot's port leads to, whatever the flow then runs through before it waits again.
  const left = steps.at(-1)!.happenings.flatMap((h) => (h.kind === 'visit' && h.nodeId !== 'assistant' ? [h.nodeId] : []))[0];
  return { step: steps.at(-1)!, left, lines, classifiers };
}

describe('the simulator classifying bot turns', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  const realFetch = globalThis.fetch;
  // The studio's API client asks for paths on its own origin; here the origin is the test's runtime.
  const fetchToRuntime = vi.fn((path: string | URL | Request, init?: RequestInit) => realFetch(`${server.url}${String(path)}`, init));

  beforeAll(async () => {
    server = await runtime();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchToRuntime.mockClear();
  });

  it("asks the runtime's NLU and leaves the robot by the exit it recognised, showing intent and confidence", async () => {
    vi.stubGlobal('fetch', fetchToRuntime);
    const { left, lines, classifiers } = await converse(robot(), 'my internet connection keeps dropping out');
    expect(left).toBe('technicalIntro');
    expect(classifiers).toEqual(['runtime']);
    const understood = lines.find((l) => l.key === 'tx.intent');
    expect(understood?.values.intent).toBe('technical');
    expect(Number(understood?.values.percent)).toBeGreaterThanOrEqual(60);
    const [path, init] = fetchToRuntime.mock.calls[0]!;
    expect(path).toBe('/api/bot/classify');
    expect(JSON.parse(String(init?.body))).toMatchObject({ nodeId: 'voice-robot/assistant', locale: 'en-US', threshold: 0.6 });
  });

  it('trains on the phrases as edited, not as published: a new phrase is understood at once', async () => {
    vi.stubGlobal('fetch', fetchToRuntime);
    const said = 'Zorblax frobnicator wobbles';
    const before = await converse(robot(), said);
    expect(before.lines.some((l) => l.key === 'tx.notUnderstood')).toBe(true);
    const edited = robot((d) => {
      const intents = d.nodes.assistant!.intents as { name: string; utterances: Record<string, string[]> }[];
      intents.find((i) => i.name === 'cancel_contract')!.utterances['en-US']!.push(said);
    });
    expect((await converse(edited, said)).left).toBe('cancelIntro');
  });

  it('falls back to word overlap and says so when the runtime cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const { left, classifiers, lines } = await converse(robot(), 'I want to cancel my contract');
    expect(classifiers).toEqual(['overlap']);
    expect(left).toBe('cancelIntro');
    expect(lines.some((l) => l.key === 'tx.intent' && l.values.intent === 'cancel_contract')).toBe(true);
  });

  it('lets a webhook robot take its error path without sending anything, and says why', async () => {
    vi.stubGlobal('fetch', fetchToRuntime);
    const webhook = robot((d) => {
      d.nodes.assistant!.controller = { type: 'webhook', url: 'http://127.0.0.1:9/bot' };
    });
    const { left, lines } = await converse(webhook, 'I want to cancel my contract');
    expect(fetchToRuntime).not.toHaveBeenCalled();
    // No error port connected: the turn leaves by fallback, the classic menu.
    expect(left).toBe('fallbackMenu');
    expect(lines.find((l) => l.key === 'tx.effect')?.values.note).toMatch(/webhook controller failed: not reachable from the simulator/);
  });
});
