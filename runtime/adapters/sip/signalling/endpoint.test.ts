import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SipEndpoint, type Dialog, type IncomingCall, type SipResponse } from './index';
import { RawCall, request, SDP_OFFER, status, UdpPeer } from './test/udpPeer';

const ANSWER = 'v=0\r\no=- 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\na=sendrecv\r\n';

let endpoint: SipEndpoint;
let peer: UdpPeer;
let caller: RawCall;
const logs: string[] = [];
const calls: IncomingCall[] = [];

beforeEach(async () => {
  logs.length = 0;
  calls.length = 0;
  endpoint = await SipEndpoint.listen({
    host: '127.0.0.1',
    port: 0,
    log: (level, message) => logs.push(`${level} ${message}`),
    timers: { t1: 20, t2: 80, t4: 100 },
  });
  peer = await UdpPeer.open(endpoint.port);
  caller = new RawCall(peer, endpoint.port);
});

afterEach(async () => {
  await endpoint.close();
  await peer.close();
});

function answerWith(action: (call: IncomingCall) => void): void {
  endpoint.onInvite((call) => {
    calls.push(call);
    action(call);
  });
}

/** INVITE → 200 → ACK, by hand; resolves with our side's dialog. */
async function establish(): Promise<Dialog> {
  let accepted: Promise<Dialog> | undefined;
  answerWith((call) => (accepted = call.accept(ANSWER)));
  peer.send(caller.request('INVITE', 1, { body: SDP_OFFER }));
  const ok = await peer.next(status(200));
  caller.toTag = /tag=([^;\s]+)/.exec(ok.headers.get('to') ?? '')?.[1] ?? '';
  peer.send(caller.request('ACK', 1));
  return accepted as unknown as Promise<Dialog>;
}

describe('INVITE server transaction', () => {
  it('absorbs a retransmitted INVITE: one call, the 100 Trying repeated', async () => {
    answerWith(() => undefined);
    const invite = caller.request('INVITE', 1, { branch: 'z9hG4bKsame', body: SDP_OFFER });
    peer.send(invite);
    await peer.next(status(100));
    peer.send(invite);
    await peer.next(status(100));
    peer.send(caller.request('OPTIONS', 1)); // a later request proves both INVITEs were processed
    await peer.next(status(200, 'OPTIONS'));
    expect(calls).toHaveLength(1);
  });

  it('refuses the same INVITE resent under a new branch as a merged request (482)', async () => {
    answerWith(() => undefined);
    peer.send(caller.request('INVITE', 1, { body: SDP_OFFER }));
    await peer.next(status(100));
    peer.send(caller.request('INVITE', 1, { body: SDP_OFFER }));
    await peer.next(status(482));
    expect(calls).toHaveLength(1);
  });

  it('retransmits a rejection (timer G) until the ACK', async () => {
    answerWith((call) => call.reject(486));
    const invite = caller.request('INVITE', 1, { branch: 'z9hG4bKreject', body: SDP_OFFER });
    peer.send(invite);
    await peer.next(status(486));
    await peer.next(status(486));
    peer.send(caller.request('ACK', 1, { branch: 'z9hG4bKreject', toTag: 'x' }));
    peer.send(caller.request('OPTIONS', 2));
    await peer.next(status(200, 'OPTIONS'));
    expect(peer.raw.filter((r) => r.startsWith('SIP/2.0 486')).length).toBeGreaterThanOrEqual(2);
  });

  it('retransmits the 200 OK until the ACK, then resolves accept', async () => {
    let accepted: Promise<Dialog> | undefined;
    answerWith((call) => (accepted = call.accept(ANSWER)));
    peer.send(caller.request('INVITE', 1, { body: SDP_OFFER }));
    const ok = await peer.next(status(200));
    await peer.next(status(200)); // a retransmission: no ACK yet
    caller.toTag = /tag=([^;\s]+)/.exec(ok.headers.get('to') ?? '')?.[1] ?? '';
    expect(ok.body.toString()).toBe(ANSWER);
    peer.send(caller.request('ACK', 1));
    const dialog = await accepted;
    expect(dialog?.remoteSdp).toContain('m=audio 30000');
  });

  it('rejects accept and sends BYE when the ACK never comes (64·T1)', async () => {
    let accepted: Promise<Dialog> | undefined;
    answerWith((call) => (accepted = call.accept(ANSWER)));
    peer.send(caller.request('INVITE', 1, { body: SDP_OFFER }));
    await peer.next(status(200));
    await expect(accepted).rejects.toThrow(/no ACK/);
    await peer.next(request('BYE'));
  });

  it('settles a pending accept when the endpoint closes, sending nothing more', async () => {
    let accepted: Promise<Dialog> | undefined;
    answerWith((call) => (accepted = call.accept(ANSWER)));
    peer.send(caller.request('INVITE', 1, { body: SDP_OFFER }));
    await peer.next(status(200));
    await endpoint.close();
    await expect(accepted).rejects.toThrow(/ended before the ACK/);
    await expect(endpoint.close()).resolves.toBeUndefined(); // a second close is harmless
  });

  it('answers 480 when nobody handles calls', async () => {
    peer.send(caller.request('INVITE', 1, { body: SDP_OFFER }));
    await peer.next(status(480));
  });

  it('exposes an INVITE without SDP as sdp undefined and takes the answer from the ACK', async () => {
    let accepted: Promise<Dialog> | undefined;
    answerWith((call) => (accepted = call.accept(ANSWER)));
    peer.send(caller.request('INVITE', 1));
    const ok = await peer.next(status(200));
    caller.toTag = /tag=([^;\s]+)/.exec(ok.headers.get('to') ?? '')?.[1] ?? '';
    peer.send(caller.request('ACK', 1, { body: SDP_OFFER }));
    expect(calls[0]?.sdp).toBeUndefined();
    expect((await accepted)?.remoteSdp).toContain('m=audio 30000');
  });

  it('cancels a ringing call: 200 to CANCEL, 487 to INVITE, signal aborted', async () => {
    answerWith((call) => call.ringing());
    peer.send(caller.request('INVITE', 1, { branch: 'z9hG4bKcancel', body: SDP_OFFER }));
    await peer.next(status(180));
    peer.send(caller.request('CANCEL', 1, { branch: 'z9hG4bKcancel' }));
    await peer.next(status(200, 'CANCEL'));
    await peer.next(status(487));
    expect(calls[0]?.cancelled.aborted).toBe(true);
  });

  it('answers a CANCEL matching no INVITE with 481', async () => {
    peer.send(caller.request('CANCEL', 1));
    await peer.next(status(481, 'CANCEL'));
  });
});

describe('requests the endpoint refuses', () => {
  it.each([
    ['an unsupported method with 405 and Allow', () => caller.request('SUBSCRIBE', 1), 405, 'SUBSCRIBE'],
    ['a BYE for an unknown dialog with 481', () => caller.request('BYE', 1, { toTag: 'nope' }), 481, 'BYE'],
    ['a required extension with 420', () => caller.request('INVITE', 1, { headers: ['Require: 100rel'] }), 420, 'INVITE'],
  ] as const)('answers %s', async (_, build, code, method) => {
    answerWith(() => undefined);
    peer.send(build());
    const response = await peer.next(status(code, method));
    if (code === 405) expect(response.headers.get('allow')).toContain('INVITE');
    if (code === 420) expect(response.headers.get('unsupported')).toBe('100rel');
    expect(calls).toHaveLength(0);
  });

  it('answers a truncated INVITE with 400 naming the problem, then serves the next call', async () => {
    answerWith(() => undefined);
    const full = caller.request('INVITE', 1, { body: SDP_OFFER }).replace(/\n/g, '\r\n').replace('{len}', '500');
    peer.send(Buffer.from(full));
    const bad = await peer.next(status(400));
    expect((bad as SipResponse).reason).toMatch(/Content-Length 500/);
    expect(logs.some((l) => l.startsWith('warn') && l.includes('Content-Length 500'))).toBe(true);
    peer.send(caller.request('INVITE', 2, { body: SDP_OFFER }));
    await peer.next(status(100));
    expect(calls).toHaveLength(1);
  });

  it('answers a request missing Call-ID with 400', async () => {
    peer.send(caller.request('OPTIONS', 1).replace(/Call-ID: .*\n/, ''));
    expect(await peer.nextRaw('SIP/2.0 400')).toMatch(/missing Call-ID/);
  });

  it('drops a malformed response and random bytes without answering', async () => {
    peer.send(Buffer.from('SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 1.2.3.4\r\n\r\n'));
    peer.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    peer.send(caller.request('OPTIONS', 1));
    await peer.next(status(200, 'OPTIONS'));
    expect(peer.raw).toHaveLength(1);
    expect(logs.filter((l) => l.includes('dropped'))).toHaveLength(2);
  });
});

describe('dialog', () => {
  it('answers INFO and OPTIONS inside the dialog with 200', async () => {
    await establish();
    peer.send(caller.request('INFO', 2));
    await peer.next(status(200, 'INFO'));
    peer.send(caller.request('OPTIONS', 3));
    await peer.next(status(200, 'OPTIONS'));
  });

  it('answers a re-INVITE whose offer the handler refuses with 488', async () => {
    const dialog = await establish();
    dialog.onReinvite(() => {
      throw new Error('no common codec');
    });
    peer.send(caller.request('INVITE', 2, { body: SDP_OFFER }));
    const refused = await peer.next(status(488));
    expect((refused as SipResponse).reason).toContain('no common codec');
  });

  it('sends BYE to the Contact and resolves on its 200', async () => {
    const dialog = await establish();
    const done = dialog.bye();
    const bye = await peer.next(request('BYE'));
    expect(bye.kind === 'request' && bye.uri).toBe(`sip:bob@127.0.0.1:${peer.port}`);
    peer.send(responseTo(bye, 200));
    await done;
    expect(dialog.ended).toBe(true);
    peer.send(caller.request('INFO', 2));
    await peer.next(status(481, 'INFO'));
  });

  it('resolves bye() after timer F when the peer never answers', async () => {
    const dialog = await establish();
    await dialog.bye();
    expect(peer.raw.filter((r) => r.startsWith('BYE')).length).toBeGreaterThan(1);
    expect(logs.some((l) => l.includes('BYE timed out'))).toBe(true);
  });

  it.each([
    ['a 403 to the REFER', 'failed', 403],
    ['no answer to the REFER (timer F)', 'failed', undefined],
  ] as const)('maps %s to %s', async (_, outcome, code) => {
    const dialog = await establish();
    const result = dialog.refer('sip:agent@127.0.0.1');
    const refer = await peer.next(request('REFER'));
    expect(refer.headers.get('refer-to')).toBe('<sip:agent@127.0.0.1>');
    if (code) peer.send(responseTo(refer, code));
    expect(await result).toBe(outcome);
  });

  it('answers NOTIFYs, waits past provisional sipfrags, and maps 487 to noAnswer', async () => {
    const dialog = await establish();
    const result = dialog.refer('sip:agent@127.0.0.1');
    const refer = await peer.next(request('REFER'));
    const seq = (refer.headers.get('cseq') ?? '').split(' ')[0];
    const notify = (cseq: number, frag: string, state: string): string =>
      caller.request('NOTIFY', cseq, { headers: [`Event: refer;id=${seq}`, `Subscription-State: ${state}`] })
        .replace('Content-Type: application/sdp\n', '')
        .replace('Content-Length', 'Content-Type: message/sipfrag\nContent-Length') + frag;
    // The NOTIFY overtakes the 202: it must still count.
    peer.send(notify(2, 'SIP/2.0 180 Ringing', 'active;expires=60'));
    await peer.next(status(200, 'NOTIFY'));
    peer.send(responseTo(refer, 202));
    peer.send(notify(3, 'SIP/2.0 487 Request Terminated', 'terminated;reason=noresource'));
    await peer.next(status(200, 'NOTIFY'));
    expect(await result).toBe('noAnswer');
  });
});

function responseTo(message: import('./message').SipMessage, code: number): string {
  const h = message.headers;
  return [`SIP/2.0 ${code} Whatever`, ...h.getAll('via').map((v) => `Via: ${v}`), `From: ${h.get('from')}`,
    `To: ${h.get('to')}`, `Call-ID: ${h.get('call-id')}`, `CSeq: ${h.get('cseq')}`, 'Content-Length: 0', '', ''].join('\n');
}
