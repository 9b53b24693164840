import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { frameStream } from './signalling/transport';
import { RtpPeer } from './test/rtpPeer';
import { sipRuntime, type SipRuntime } from './test/runtime';
import { loggedCallId, runSipp, stopSipp } from './test/sipp';
import { sessionIdOf } from './calls';

/** SIP over TCP (SIP_TCP): the whole call on one connection sipp opens; the audio stays RTP over UDP. */
let server: SipRuntime;
beforeAll(async () => {
  server = await sipRuntime({ SIP_TCP: true });
});
afterAll(() => server?.stop());

describe('SIP over TCP', () => {
  it('multilingual menu over TCP with sipp: keys, a REFER and NOTIFYs, our BYE — all on the caller\'s connection', { timeout: 40_000 }, async (test: TestContext) => {
    const peer = await RtpPeer.open();
    // One TCP connection for the call; sipp is the client, so our requests (REFER, BYE) must come back on it.
    const sipp = await runSipp({
      scenario: 'outage-transfer.xml', sipPort: server.sipPort, service: 'multilingual-menu', rtpPort: peer.port,
      keys: { status: '200 OK' }, transport: 'tcp', timeoutSeconds: 35,
    });
    test.onTestFinished(async () => {
      peer.close();
      await stopSipp(sipp);
    });
    void peer.startSending();

    const result = await sipp.done;
    expect(result.code, result.logs).toBe(0);
    expect(result.logs).toMatch(/Via: SIP\/2\.0\/TCP/);
    expect(result.logged).toContainEqual(expect.stringMatching(/^refer-to sip:\+35280021234@127\.0\.0\.1(:\d+)?$/));
    expect(result.logged.at(-1)).toBe('bye');
    const callId = loggedCallId(result.logged);
    const record = await server.deps.engine.get(sessionIdOf(callId));
    expect(record?.visits).toEqual(['start', 'languageMenu', 'useEnglish', 'mainMenu', 'outageLine', 'endAfterTransfer']);
    expect(record?.status).toBe('ended');
    expect(peer.received.length).toBeGreaterThan(50);
    expect(server.logs.filter((l) => l.startsWith('error') && l.includes(callId))).toEqual([]);
  });

  it('frames a byte stream: an OPTIONS in pieces after keep-alive CRLFs, and a broken stream only loses its connection', { timeout: 20_000 }, async (test: TestContext) => {
    const socket = net.connect(server.sipPort, '127.0.0.1');
    test.onTestFinished(() => void socket.destroy());
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const messages: string[] = [];
    let buffer: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => (buffer = frameStream(Buffer.concat([buffer, chunk]), (m) => messages.push(m.toString('latin1')))));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));

    const { port } = socket.address() as net.AddressInfo;
    const options = [
      `OPTIONS sip:multilingual-menu@127.0.0.1:${server.sipPort};transport=tcp SIP/2.0`,
      `Via: SIP/2.0/TCP 127.0.0.1:${port};branch=z9hG4bK-tcp-options-1`,
      `From: <sip:tester@127.0.0.1:${port}>;tag=tcp1`,
      `To: <sip:multilingual-menu@127.0.0.1:${server.sipPort}>`,
      'Call-ID: tcp-options-1@127.0.0.1',
      'CSeq: 1 OPTIONS',
      'Max-Forwards: 70',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
    // Keep-alive CRLFs (RFC 5626), then the request cut in the middle of a header line.
    socket.write('\r\n\r\n');
    socket.write(options.slice(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write(options.slice(100));
    for (let i = 0; i < 100 && messages.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^SIP\/2\.0 200 /);
    expect(messages[0]).toMatch(/\r\nCall-ID: tcp-options-1@127\.0\.0\.1\r\n/i);
    expect(messages[0]).toMatch(/\r\nVia: SIP\/2\.0\/TCP 127\.0\.0\.1:\d+;branch=z9hG4bK-tcp-options-1/i);
    expect(messages[0]).toMatch(/\r\nAllow: [^\r]*INVITE/i);

    // A message without Content-Length cannot be framed on a stream: the endpoint drops this connection and lives on.
    socket.write('OPTIONS sip:x@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:9;branch=z9hG4bK-x\r\n\r\n');
    await closed;
    expect(server.logs).toContainEqual(expect.stringMatching(/^warn SIP TCP from 127\.0\.0\.1:\d+ dropped: TCP message without Content-Length/));
  });
});
