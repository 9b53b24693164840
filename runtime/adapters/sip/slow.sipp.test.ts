import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../../test/support/examples';
import { EspeakTts } from '../../speech';
import { RtpPeer } from './test/rtpPeer';
import { patchExample, sipRuntime, type SipRuntime } from './test/runtime';
import { loggedCallId, runSipp, stopSipp, type SippRun } from './test/sipp';
import { sessionIdOf } from './calls';

/**
 * A slow step: the bank hotline's CRM lookup outlives the step deadline. The CRM (a local HTTP
 * server) holds its answer until the caller has heard the start of the hold prompt — so it is
 * slow by construction, not by a sleep — and the rest of the step (the main menu) follows.
 */
const bank = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'bank-hotline.json'), 'utf8')) as { nodes: Record<string, any> };
const CUSTOMER = { displayName: 'Alice Example', segment: 'premium', accounts: [{ balance: 1234.5 }] };
/** Packets of hold prompt the caller hears before the CRM answers; bounded so a broken hold prompt fails the test, not hangs it. */
const HEARD_BEFORE_ANSWER = 10;
const GIVE_UP_POLLS = 60;

let server: SipRuntime;
let crm: http.Server;
let peer: RtpPeer | undefined;
let sipp: SippRun | undefined;
const crmRequests: Array<{ url: string; packetsBefore: number; packetsAtAnswer: number; answered: boolean }> = [];

beforeAll(async () => {
  // A Wednesday morning in Berlin: the hotline is open. A caller silent for 1.5 s has hung up (that ends the call here).
  server = await sipRuntime({ SIP_MEDIA_TIMEOUT: 1.5 }, { now: () => new Date('2026-03-11T09:00:00Z') });
  crm = http.createServer(async (request, response) => {
    const entry = { url: request.url ?? '', packetsBefore: peer?.received.length ?? 0, packetsAtAnswer: 0, answered: false };
    crmRequests.push(entry);
    for (let i = 0; i < GIVE_UP_POLLS && (peer?.received.length ?? 0) < entry.packetsBefore + HEARD_BEFORE_ANSWER; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    entry.packetsAtAnswer = peer?.received.length ?? 0;
    entry.answered = true;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(CUSTOMER));
  });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', () => resolve()));
  const { port } = crm.address() as { port: number };
  await patchExample(server, 'bank-hotline', 'crmLookup', { url: `http://127.0.0.1:${port}/api/customers?phone={{caller.number}}` });
});
afterAll(async () => {
  peer?.close();
  await stopSipp(sipp);
  await new Promise((resolve) => crm?.close(resolve));
  await server?.stop();
});

async function framesOf(text: string, locale: string): Promise<number> {
  const pcm = await new EspeakTts({ cacheDir: join(server.dataDir, 'tts-cache') }).synthesize(text, { locale });
  return Math.ceil(pcm.length / 160);
}

describe('a slow step on a SIP call', () => {
  it('bank hotline: the caller hears the hold prompt while the CRM is slow, then the main menu with its data', { timeout: 40_000 }, async () => {
    peer = await RtpPeer.open();
    sipp = await runSipp({ scenario: 'press-2-then-wait.xml', sipPort: server.sipPort, service: 'bank-hotline', rtpPort: peer.port });
    void peer.startSending();

    // The CRM is asked once "2" (English) is in, and answers only after the hold prompt began.
    for (let i = 0; i < 400 && !crmRequests[0]?.answered; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [request] = crmRequests;
    expect(request?.url).toBe('/api/customers?phone=alice');
    expect(request!.packetsAtAnswer - request!.packetsBefore).toBeGreaterThanOrEqual(HEARD_BEFORE_ANSWER);
    // Then the rest of the hold prompt and the main menu; the menu listens; the caller goes quiet (and so hangs up).
    const spurtOfHold = peer.talkspurts().length - 1;
    for (let i = 0; i < 600 && peer.talkspurts().length < spurtOfHold + 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await peer.quietAfterSound(600, 1, 20_000);
    peer.stopSending();

    const result = await sipp.done;
    expect(result.code, result.logs).toBe(0);
    expect(result.logged.at(-1)).toBe('bye');
    const callId = loggedCallId(result.logged);
    const record = await server.deps.engine.get(sessionIdOf(callId));
    expect(record?.visits).toEqual(['start', 'businessHours', 'welcome', 'languageMenu', 'useEnglish', 'crmLookup', 'mainMenu']);
    expect(JSON.stringify(record?.trace)).toContain(CUSTOMER.displayName);
    expect(crmRequests).toHaveLength(1);

    // The whole hold prompt, then the whole main menu prompt, each once.
    const spurts = peer.talkspurts();
    expect(spurts[spurtOfHold]!.length).toBe(await framesOf(bank.nodes.crmLookup.holdPrompt['en-US'], 'en-US'));
    expect(spurts[spurtOfHold + 1]!.length).toBe(await framesOf(bank.nodes.mainMenu.prompt['en-US'], 'en-US'));
    expect(server.logs.filter((l) => l.startsWith('error') && l.includes(callId))).toEqual([]);
  });
});
