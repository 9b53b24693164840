import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { RawSip } from './test/rawSip';
import { RtpPeer } from './test/rtpPeer';
import { sipRuntime, type SipRuntime } from './test/runtime';
import { loggedCallId, runSipp, stopSipp } from './test/sipp';
import { sessionIdOf } from './calls';

let server: SipRuntime;
beforeAll(async () => {
  // A short media timeout: a caller silent for 1.5 s has vanished. The other calls here keep sending audio.
  server = await sipRuntime({ SIP_MEDIA_TIMEOUT: 1.5 });
});
afterAll(() => server?.stop());

const SDP = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n';

/** Clean-up goes through the test's own context: the tests run concurrently. */
async function call(test: TestContext, scenario: string, keys: Record<string, string> = {}) {
  const peer = await RtpPeer.open();
  const sipp = await runSipp({ scenario, sipPort: server.sipPort, service: 'multilingual-menu', rtpPort: peer.port, keys });
  test.onTestFinished(async () => {
    peer.close();
    await stopSipp(sipp);
  });
  void peer.startSending();
  return { peer, sipp };
}

async function sessionOf(logged: string[]) {
  const callId = loggedCallId(logged);
  return server.deps.engine.get(sessionIdOf(callId));
}

describe.concurrent('the SIP endpoint under bad input', () => {
  it('refuses broken calls (404, 488), drops truncated SIP and garbage RTP, and serves the next call fully', { timeout: 60_000 }, async (test) => {
    const raw = await RawSip.open();
    test.onTestFinished(() => raw.close());
    await raw.send('INVITE sip:multilingual-menu@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;bra', server.sipPort);
    await raw.send(randomBytes(300), server.sipPort);
    expect(await raw.finalResponse(await raw.invite(server.sipPort, 'nobody-here', { type: 'application/sdp', text: SDP }))).toBe('404 Not Found');
    expect(await raw.finalResponse(await raw.invite(server.sipPort, 'multilingual-menu'))).toBe('488 Not Acceptable Here');
    const garbageSdp = { type: 'application/sdp', text: 'v=0\r\nthis is no session description\r\n' };
    expect(await raw.finalResponse(await raw.invite(server.sipPort, 'multilingual-menu', garbageSdp))).toBe('488 Not Acceptable Here');
    const videoOnly = { type: 'application/sdp', text: SDP.replace(/m=audio[^]*$/, 'm=video 40000 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n') };
    expect(await raw.finalResponse(await raw.invite(server.sipPort, 'multilingual-menu', videoOnly))).toBe('488 Not Acceptable Here');

    const { peer, sipp } = await call(test, 'outage-transfer.xml', { status: '200 OK' });
    const mediaPort = await peer.remote();
    for (let i = 0; i < 20; i++) peer.sendRaw(i % 2 ? randomBytes(1 + i * 7) : Buffer.from([0x80, 0x00, 0x00]), mediaPort);
    const result = await sipp.done;
    expect(result.code, result.logs).toBe(0);
    expect(result.logged).toContainEqual(expect.stringMatching(/^refer-to sip:\+35280021234@127\.0\.0\.1/));
    expect((await sessionOf(result.logged))?.visits).toEqual(['start', 'languageMenu', 'useEnglish', 'mainMenu', 'outageLine', 'endAfterTransfer']);
    expect(server.logs).toContainEqual(expect.stringMatching(/^warn .*dropped malformed RTP/));
    expect(server.logs).toContainEqual(expect.stringMatching(/^warn .*SDP offer refused/));
  });

  it('a call CANCELled before it is answered gets 487, and its session (if it started) is over', { timeout: 30_000 }, async (test) => {
    const raw = await RawSip.open();
    test.onTestFinished(() => raw.close());
    const callId = await raw.invite(server.sipPort, 'multilingual-menu', { type: 'application/sdp', text: SDP });
    await raw.cancel(server.sipPort, 'multilingual-menu', callId);
    expect(await raw.finalResponse(callId)).toBe('487 Request Terminated');
    let record = await server.deps.engine.get(sessionIdOf(callId));
    for (let i = 0; i < 50 && record?.status === 'active'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      record = await server.deps.engine.get(sessionIdOf(callId));
    }
    expect(record === undefined || record.status === 'ended').toBe(true);
  });

  it('ends a call whose caller stops sending audio without a BYE, and closes its session', { timeout: 30_000 }, async (test) => {
    const { peer, sipp } = await call(test, 'wait-bye.xml');
    await peer.remote();
    await new Promise((resolve) => setTimeout(resolve, 500));
    peer.stopSending();
    const result = await sipp.done;
    expect(result.code, result.logs).toBe(0);
    expect(result.logged.at(-1)).toBe('bye');
    const record = await sessionOf(result.logged);
    expect(record?.status).toBe('ended');
    expect(record?.trace).toContainEqual(expect.objectContaining({ kind: 'event', data: { type: 'hangup' } }));
    expect(server.logs).toContainEqual(expect.stringMatching(/^warn call .*no RTP from the caller/));
  });
});
