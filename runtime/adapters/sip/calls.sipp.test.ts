import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { EXAMPLES_DIR } from '../../../test/support/examples';
import { EspeakTts } from '../../speech';
import { RtpPeer } from './test/rtpPeer';
import { patchExample, sipRuntime, type SipRuntime } from './test/runtime';
import { loggedCallId, runSipp, stopSipp, type SippResult } from './test/sipp';
import { sessionIdOf } from './calls';

/**
 * Full calls through the examples with sipp as the caller: it dials the example's number,
 * presses keys by replaying Debian's RFC 4733 captures and plays the far end of our REFERs;
 * the test's own RTP socket (advertised in sipp's SDP) hears the prompts and talks back.
 * The calls run side by side on one endpoint, which also shows they stay apart.
 */
let server: SipRuntime;
const example = (id: string) => JSON.parse(readFileSync(join(EXAMPLES_DIR, `${id}.json`), 'utf8')) as { nodes: Record<string, any> };
const menu = example('multilingual-menu');

beforeAll(async () => {
  server = await sipRuntime();
  // The queue's 8 minutes of waiting would not fit a test; everything else is the example as shipped.
  await patchExample(server, 'caller-screening', 'serviceQueue', { maxWait: 2 });
});
afterAll(() => server?.stop());

/** One sipp call with an RTP peer that keeps sending silence, like a phone, once the runtime's audio arrives. */
/** Clean-up goes through the test's own context: the calls run concurrently. */
async function call(test: TestContext, scenario: string, service: string, keys: Record<string, string> = {}) {
  const peer = await RtpPeer.open();
  const sipp = await runSipp({ scenario, sipPort: server.sipPort, service, rtpPort: peer.port, keys });
  test.onTestFinished(async () => {
    peer.close();
    await stopSipp(sipp);
  });
  void peer.startSending();
  return { peer, sipp };
}

/** sipp's verdict; and nothing went wrong on our side of the call (no command fell back to its failure event). */
async function passed(done: Promise<SippResult>): Promise<SippResult & { sessionId: string }> {
  const result = await done;
  expect(result.code, result.logs).toBe(0);
  const callId = loggedCallId(result.logged);
  expect(server.logs.filter((l) => l.startsWith(`error call ${callId}:`))).toEqual([]);
  return { ...result, sessionId: sessionIdOf(callId) };
}

/** The number of 20 ms packets a prompt takes, rendered the way the runtime renders it (same cache). */
async function framesOf(text: string, locale: string): Promise<number> {
  const pcm = await new EspeakTts({ cacheDir: join(server.dataDir, 'tts-cache') }).synthesize(text, { locale });
  return Math.ceil(pcm.length / 160);
}

function expectOneStream(peer: RtpPeer) {
  const packets = peer.received;
  expect(packets.length).toBeGreaterThan(50);
  for (let i = 1; i < packets.length; i++) expect(packets[i]!.seq).toBe((packets[i - 1]!.seq + 1) & 0xffff);
  expect(new Set(packets.map((p) => p.payloadLength))).toEqual(new Set([160]));
  expect(new Set(packets.map((p) => p.payloadType))).toEqual(new Set([0]));
}

describe.concurrent('calls through the examples, with sipp', () => {
  it('multilingual menu: 3 then 1 transfers to the outage line by REFER, and hangs up once it is answered', { timeout: 60_000 }, async (test) => {
    const { peer, sipp } = await call(test, 'outage-transfer.xml', 'multilingual-menu', { status: '200 OK' });
    const result = await passed(sipp.done);

    // A number is referred to at the caller's own host (no SIP_TRANSFER_DOMAIN); then our BYE.
    expect(result.logged).toContainEqual(expect.stringMatching(/^refer-to sip:\+35280021234@127\.0\.0\.1(:\d+)?$/));
    expect(result.logged.at(-1)).toBe('bye');
    const record = await server.deps.engine.get(result.sessionId);
    expect(record?.visits).toEqual(['start', 'languageMenu', 'useEnglish', 'mainMenu', 'outageLine', 'endAfterTransfer']);
    expect(record?.status).toBe('ended');

    // The caller heard the announcement before the transfer to its end: one packet per 20 ms of speech.
    expectOneStream(peer);
    const announcement = peer.talkspurts().at(-1)!;
    expect(announcement.length).toBe(await framesOf(menu.nodes.outageLine.announce['en-US'], 'en-US'));
  });

  it('multilingual menu: a transfer that fails ends with the notice and our BYE', { timeout: 60_000 }, async (test) => {
    const { peer, sipp } = await call(test, 'outage-transfer.xml', 'multilingual-menu', { status: '503 Service Unavailable' });
    const result = await passed(sipp.done);

    expect(result.logged.at(-1)).toBe('bye');
    const record = await server.deps.engine.get(result.sessionId);
    expect(record?.visits).toEqual(['start', 'languageMenu', 'useEnglish', 'mainMenu', 'outageLine', 'transferFailed']);
    expect(record?.endReason).toBe('transfer-failed');
    expectOneStream(peer);
    expect(peer.talkspurts().at(-1)!.length).toBe(await framesOf(menu.nodes.transferFailed.prompt['en-US'], 'en-US'));
  });

  it('multilingual menu: saying "contract" in the English main menu reaches the contracts team\'s agent', { timeout: 60_000 }, async (test) => {
    const agent = await fetch(`${server.url}/api/agents/team-contrats`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Contracts team', target: { type: 'sip', value: 'sip:contrats@pbx.moselle-energie.example' } }),
    });
    expect(agent.status).toBe(201);
    const { peer, sipp } = await call(test, 'english-then-speak.xml', 'multilingual-menu', { status: '200 OK' });
    // The language prompt (cut short by "3"), then the whole main menu; then the menu listens.
    for (let i = 0; i < 600 && peer.talkspurts().length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await peer.quietAfterSound(600);
    const words = await new EspeakTts({ cacheDir: join(server.dataDir, 'tts-cache') }).synthesize('contract', { locale: 'en-US' });
    await peer.speak(words);
    const result = await passed(sipp.done);

    expect(result.logged).toContain('refer-to sip:contrats@pbx.moselle-energie.example');
    const record = await server.deps.engine.get(result.sessionId);
    expect(record?.visits).toEqual(['start', 'languageMenu', 'useEnglish', 'mainMenu', 'contractTeam', 'endAfterTransfer']);
    expect(record?.trace).toContainEqual(expect.objectContaining({ kind: 'event', data: { type: 'speech', text: 'contract' } }));
  });

  it('caller screening: waits in the queue until it times out, then takes a voicemail message', { timeout: 90_000 }, async (test) => {
    const { sipp } = await call(test, 'press-1-then-wait.xml', 'caller-screening');
    const result = await passed(sipp.done);

    expect(result.logged.at(-1)).toBe('bye');
    const record = await server.deps.engine.get(result.sessionId);
    expect(record?.visits).toEqual([
      'start', 'blocklist', 'vipList', 'callerCountry', 'useEnglish', 'welcome', 'recordingConsent',
      'vipOrNot', 'serviceQueue', 'stopRecording', 'callbackMailbox', 'goodbye',
    ]);
    expect(record?.trace).toContainEqual(expect.objectContaining({ kind: 'event', data: { type: 'queueResult', result: 'timeout' } }));

    // The message is filed in the node's mailbox and its recording is served: silence ended it after 5 s.
    let messages: Array<{ url: string; duration: number; sessionId: string }> = [];
    for (let i = 0; i < 50 && messages.length === 0; i++) {
      messages = ((await (await fetch(`${server.url}/api/mailboxes/kundenservice/messages`)).json()) as typeof messages).filter((m) => m.sessionId === result.sessionId);
      if (messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(messages).toHaveLength(1);
    expect(messages[0]!.duration).toBeGreaterThanOrEqual(4.5);
    expect(messages[0]!.duration).toBeLessThan(8);
    const wav = await fetch(messages[0]!.url);
    expect(wav.status).toBe(200);
    expect(wav.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await wav.arrayBuffer()).subarray(0, 4).toString()).toBe('RIFF');
    // The whole-call recording (record node) was saved beside it when the queue gave up.
    expect((await fetch(messages[0]!.url.replace(/-2\.wav$/, '-1.wav'))).status).toBe(200);
  });
});
