import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import alawmulaw from 'alawmulaw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../dsl/interpret';
import type { Command } from '../../dsl/session/commands';
import { compileExample } from '../../test/support/examples';
import { botControllers } from '../bot/controllers';
import { grammarForGather } from './grammar';
import { PocketsphinxRecognizer } from './stt';
import { EspeakTts } from './tts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callflow-bot-grammar-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Gather = Extract<Command, { type: 'gather' }>;

/**
 * Issue 6 on the SIP endpoint: the robot's gather carries its example phrases, the recogniser's
 * grammar is built from them, so a known phrasing is recognised offline, word for word, and the
 * built-in NLU takes it to its exit.
 */
describe('a voice robot understood offline through a grammar of its own phrases', () => {
  it('recognises an English training phrase spoken by espeak-ng over µ-law and leaves by its exit', async () => {
    const session = createSession(compileExample('voice-robot'), { classify: botControllers() });
    await session.start({
      type: 'start', sessionId: 'grammar', trigger: 'call', channel: 'voice', caller: { number: '+4930555' }, called: { number: 'voice-robot' },
      vars: {}, startedAt: new Date().toISOString(),
    });
    const step = await session.send({ type: 'digits', digits: '2' });
    const gather = step.commands.find((c): c is Gather => c.type === 'gather')!;
    const grammar = grammarForGather(gather);
    expect(grammar.phrases).toContain('I have no signal');

    const tts = new EspeakTts({ cacheDir: join(dir, 'tts') });
    const heard = alawmulaw.mulaw.decode(alawmulaw.mulaw.encode(await tts.synthesize('I have no signal', { locale: 'en-US' })));
    const recognised = await new PocketsphinxRecognizer({ tmpDir: dir }).recognize(heard, { locale: 'en-US', grammar });
    expect(recognised?.text).toBe('i have no signal');

    const answered = await session.send({ type: 'speech', text: recognised!.text });
    const visited = answered.happenings.flatMap((h) => (h.kind === 'visit' ? [h.nodeId] : []));
    expect(visited).toContain('technicalIntro');
  }, 60_000);
});
