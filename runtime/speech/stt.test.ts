import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import alawmulaw from 'alawmulaw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grammarForGather } from './grammar';
import { runCommand } from './process';
import { PocketsphinxRecognizer } from './stt';
import { EspeakTts } from './tts';
import { UtteranceDetector } from './vad';

let dir: string;
let tts: EspeakTts;
let warnings: string[];
let recognizer: PocketsphinxRecognizer;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callflow-stt-test-'));
  tts = new EspeakTts({ cacheDir: join(dir, 'tts') });
  warnings = [];
  recognizer = new PocketsphinxRecognizer({ tmpDir: dir, log: (_level, message) => warnings.push(message) });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a caller's phone sends: espeak-ng speech at 8 kHz, through the μ-law codec of the call. */
async function callerSays(text: string): Promise<Int16Array> {
  const pcm = await tts.synthesize(text, { locale: 'en-US' });
  return alawmulaw.mulaw.decode(alawmulaw.mulaw.encode(pcm));
}

const MENU = { phrases: ['I want to pay my bill', 'technical support', 'speak to an agent'] };

describe('PocketsphinxRecognizer', () => {
  it('recognises a menu phrase exactly with a grammar of the menu, where open vocabulary does not', async () => {
    const audio = await callerSays('I want to pay my bill');
    expect(await recognizer.recognize(audio, { locale: 'en-US', grammar: MENU })).toEqual({ text: 'i want to pay my bill' });
    const open = await recognizer.recognize(audio, { locale: 'en-US', grammar: { phrases: [] } });
    expect(open?.text).not.toBe('i want to pay my bill');
  });

  it("tells a menu's options apart, with the grammar built from the gather command", async () => {
    const grammar = grammarForGather({
      type: 'gather', nodeId: 'menu', modes: ['dtmf', 'speech'], timeout: 5, hints: [],
      choices: [
        { value: 'billing', dtmf: '1', keywords: ['I want to pay my bill', 'billing'] },
        { value: 'support', dtmf: '2', keywords: ['technical support'] },
        { value: 'agent', dtmf: '0', keywords: ['speak to an agent'] },
      ],
    });
    const heard = await recognizer.recognize(await callerSays('speak to an agent'), { locale: 'en', grammar });
    expect(heard).toEqual({ text: 'speak to an agent' });
  });

  it('recognises spoken digits with a digits grammar', async () => {
    const heard = await recognizer.recognize(await callerSays('one two three'), { locale: 'en-GB', grammar: { phrases: [], expect: 'digits' } });
    expect(heard).toEqual({ text: 'one two three' });
  });

  it('recognises an utterance the detector cut out of a call with silence around it', async () => {
    const speech = await callerSays('technical support');
    const call = new Int16Array(8000 + speech.length + 8000);
    call.set(speech, 8000);
    const detector = new UtteranceDetector();
    const utterances: Int16Array[] = [];
    for (let i = 0; i < call.length; i += 160) {
      const utterance = detector.push(call.subarray(i, i + 160));
      if (utterance) utterances.push(utterance);
    }
    expect(utterances).toHaveLength(1);
    expect(await recognizer.recognize(utterances[0] ?? new Int16Array(), { locale: 'en', grammar: MENU })).toEqual({ text: 'technical support' });
  });

  it('leaves no temporary files behind', async () => {
    await recognizer.recognize(await callerSays('technical support'), { locale: 'en', grammar: MENU });
    expect((await readdir(dir)).filter((f) => f.startsWith('callflow-stt-'))).toEqual([]);
  });

  it('answers null for other languages offline, warning once per locale', async () => {
    const audio = await tts.synthesize('Ich möchte meine Rechnung bezahlen', { locale: 'de' });
    const grammar = { phrases: ['Rechnung bezahlen'] };
    expect(await recognizer.recognize(audio, { locale: 'de-DE', grammar })).toBeNull();
    expect(await recognizer.recognize(audio, { locale: 'de-DE', grammar })).toBeNull();
    expect(warnings).toEqual(['pocketsphinx has only an English model; speech in locale de-DE is not recognised offline']);
  });

  it('answers null, with a warning, when no phrase of the grammar can be pronounced', async () => {
    const heard = await recognizer.recognize(await callerSays('hello'), { locale: 'en', grammar: { phrases: ['Kontostand'] } });
    expect(heard).toBeNull();
    expect(warnings).toEqual(['words not in the pronunciation dictionary, not recognisable: kontostand; phrases left out: Kontostand']);
  });

  it('answers null for silence', async () => {
    expect(await recognizer.recognize(new Int16Array(8000), { locale: 'en', grammar: MENU })).toBeNull();
    expect(await recognizer.recognize(new Int16Array(0), { locale: 'en', grammar: MENU })).toBeNull();
  });

  it('reports a missing model or program clearly', async () => {
    const noModel = new PocketsphinxRecognizer({ tmpDir: dir, modelDir: join(dir, 'no-model') });
    await expect(noModel.recognize(await callerSays('hello'), { locale: 'en', grammar: MENU })).rejects.toThrow(/no-model\/cmudict-en-us.dict/);
    const noProgram = new PocketsphinxRecognizer({ tmpDir: dir, runner: (_c, a, o) => runCommand('pocketsphinx-not-installed', a, o) });
    await expect(noProgram.recognize(await callerSays('hello'), { locale: 'en', grammar: MENU })).rejects.toThrow(
      /speech recognition failed: pocketsphinx-not-installed: .*ENOENT.*is it installed/,
    );
    expect((await readdir(dir)).filter((f) => f.startsWith('callflow-stt-'))).toEqual([]);
  });
});
