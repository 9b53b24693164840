import fc from 'fast-check';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SipEndpoint } from './index';
import { parseMessage } from './message';
import { RawCall, SDP_OFFER, status, UdpPeer } from './test/udpPeer';

let endpoint: SipEndpoint | undefined;
let peer: UdpPeer | undefined;
let socket: net.Socket | undefined;

afterEach(async () => {
  socket?.destroy();
  await endpoint?.close();
  await peer?.close();
  endpoint = peer = socket = undefined;
});

describe('robustness', () => {
  it('survives hundreds of mutated requests without an internal error, then still answers', async () => {
    const logs: string[] = [];
    endpoint = await SipEndpoint.listen({ host: '127.0.0.1', port: 0, log: (level, m) => logs.push(`${level} ${m}`), timers: { t1: 20, t2: 80, t4: 100 } });
    endpoint.onInvite((call) => {
      call.ringing();
      void call.accept('v=0\r\n').catch(() => undefined);
    });
    peer = await UdpPeer.open(endpoint.port);
    const caller = new RawCall(peer, endpoint.port);
    const templates = ['INVITE', 'ACK', 'BYE', 'CANCEL', 'NOTIFY', 'INFO', 'OPTIONS'].map((method) =>
      Buffer.from(caller.request(method, 1, { body: SDP_OFFER, toTag: method === 'INVITE' ? '' : 'x' }).replace(/\n/g, '\r\n').replace('{len}', '84')),
    );
    const mutation = fc.record({
      template: fc.nat(templates.length - 1),
      edits: fc.array(fc.tuple(fc.nat(600), fc.constantFrom(0x00, 0x0a, 0x20, 0x3a, 0x3b, 0x3c, 0x22, 0x40, 0x2c, 0xff)), { maxLength: 6 }),
      cut: fc.nat(700),
    });
    for (const { template, edits, cut } of fc.sample(mutation, { numRuns: 400, seed: 5 })) {
      const copy = Buffer.from(templates[template] as Buffer);
      for (const [index, byte] of edits) if (index < copy.length) copy[index] = byte;
      peer.send(copy.subarray(0, Math.max(1, cut)));
    }
    // Retransmitted like a real client would: the burst may overflow the socket's receive buffer.
    const probe = caller.request('OPTIONS', 99, { toTag: '', branch: 'z9hG4bKprobe' });
    const answered = (m: import('./message').SipMessage): boolean => status(200, 'OPTIONS')(m) && m.headers.get('cseq') === '99 OPTIONS';
    for (let attempt = 0; attempt < 20 && peer.count(answered) === 0; attempt++) {
      peer.send(probe);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await peer.next(answered, 1000);
    expect(logs.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('answers over TCP on the same port, framing by Content-Length', async () => {
    endpoint = await SipEndpoint.listen({ host: '127.0.0.1', port: 0, tcp: true });
    const port = endpoint.port;
    socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket?.once('connect', () => resolve()));
    const options = (cseq: number): string =>
      `OPTIONS sip:hotline@127.0.0.1:${port};transport=tcp SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:${socket?.localPort};branch=z9hG4bKtcp${cseq}\r\n` +
      `From: <sip:probe@127.0.0.1>;tag=t\r\nTo: <sip:hotline@127.0.0.1>\r\nCall-ID: tcp-probe\r\nCSeq: ${cseq} OPTIONS\r\nContent-Length: 0\r\n\r\n`;
    let received = '';
    const two = new Promise<void>((resolve) => socket?.on('data', (chunk) => {
      received += chunk.toString();
      if ((received.match(/SIP\/2\.0 200/g) ?? []).length === 2) resolve();
    }));
    // Two requests in one segment, the second split across writes.
    const both = options(1) + options(2);
    socket.write(both.slice(0, both.length - 20));
    socket.write(both.slice(both.length - 20));
    await two;
    const first = parseMessage(Buffer.from(received.slice(0, received.indexOf('SIP/2.0 200', 1))), true);
    expect(first).toMatchObject({ kind: 'response', status: 200 });
    expect(first.headers.get('cseq')).toBe('1 OPTIONS');
  });
});
