import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SipEndpoint, type Dialog, type IncomingCall } from './index';
import { runSipp, stopSipp, type SippRun } from './test/sipp';

const ANSWER = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n';

let endpoint: SipEndpoint;
let sipp: SippRun | undefined;
const logs: string[] = [];

beforeEach(async () => {
  logs.length = 0;
  endpoint = await SipEndpoint.listen({
    host: '127.0.0.1',
    port: 0,
    log: (level, message) => logs.push(`${level} ${message}`),
    timers: { t1: 100, t2: 400, t4: 500 },
  });
});

afterEach(async () => {
  await stopSipp(sipp);
  sipp = undefined;
  await endpoint.close();
});

/** Resolves with the first call, answered by `answer`. */
function nextCall(answer: (call: IncomingCall) => void = (call) => void call.accept(ANSWER)): Promise<IncomingCall> {
  return new Promise((resolve) => endpoint.onInvite((call) => {
    resolve(call);
    answer(call);
  }));
}

async function passed(run: SippRun): Promise<void> {
  const { code, logs: sippLogs } = await run.done;
  expect(code, sippLogs).toBe(0);
}

describe('SIP endpoint against sipp', () => {
  it('answers an INVITE and sees the caller hang up', async () => {
    let dialog: Dialog | undefined;
    const byes: string[] = [];
    const call = nextCall((c) => {
      c.ringing();
      void c.accept(ANSWER).then((d) => {
        dialog = d;
        d.onBye(() => byes.push(d.callId));
      });
    });
    sipp = await runSipp('invite-bye.xml', endpoint.port, {}, 'bank-hotline');
    await passed(sipp);
    const received = await call;
    expect(received.user).toBe('bank-hotline');
    expect(received.from).toMatchObject({ user: 'alice', displayName: 'Alice' });
    expect(received.sdp).toContain('m=audio');
    expect(dialog?.remoteSdp).toContain('telephone-event');
    expect(byes).toEqual([received.callId]);
    expect(dialog?.ended).toBe(true);
  });

  it("completes sipp's built-in uac scenario", async () => {
    const call = nextCall();
    sipp = await runSipp('uac', endpoint.port);
    await passed(sipp);
    expect((await call).user).toBe('hotline');
  });

  it('hangs up itself: our BYE after the ACK', async () => {
    const accepted = new Promise<Dialog>((resolve) => nextCall((c) => void c.accept(ANSWER).then(resolve)));
    sipp = await runSipp('wait-bye.xml', endpoint.port);
    const dialog = await accepted;
    await dialog.bye();
    expect(dialog.ended).toBe(true);
    await passed(sipp);
  });

  it('answers CANCEL with 200 and the INVITE with 487, and aborts the call', async () => {
    const call = nextCall((c) => c.ringing());
    sipp = await runSipp('cancel.xml', endpoint.port);
    await passed(sipp);
    const cancelled = await call;
    expect(cancelled.cancelled.aborted).toBe(true);
    await expect(cancelled.accept(ANSWER)).rejects.toThrow(/already answered or cancelled/);
  });

  it('answers OPTIONS with Allow and Accept', async () => {
    sipp = await runSipp('options.xml', endpoint.port);
    await passed(sipp);
  });

  it('answers a hold re-INVITE with the handler\'s SDP', async () => {
    const offers: string[] = [];
    nextCall((c) => void c.accept(ANSWER).then((d) => d.onReinvite((offer) => {
      offers.push(offer);
      return ANSWER.replace('a=sendrecv', 'a=recvonly');
    })));
    sipp = await runSipp('hold.xml', endpoint.port);
    await passed(sipp);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toContain('a=sendonly');
  });

  it.each([
    ['200 OK', 'answered'],
    ['486 Busy Here', 'busy'],
    ['480 Temporarily Unavailable', 'noAnswer'],
  ] as const)('maps a REFER whose final NOTIFY says %s to %s', async (status, outcome) => {
    const accepted = new Promise<Dialog>((resolve) => nextCall((c) => void c.accept(ANSWER).then(resolve)));
    sipp = await runSipp('refer.xml', endpoint.port, { status });
    const dialog = await accepted;
    expect(await dialog.refer('sip:agent@127.0.0.1')).toBe(outcome);
    await dialog.bye();
    await passed(sipp);
  });

  it('serves a normal call after a garbage datagram', async () => {
    const { createSocket } = await import('node:dgram');
    const raw = createSocket('udp4');
    await new Promise<void>((resolve) => raw.send(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0d, 0x0a]), endpoint.port, '127.0.0.1', () => resolve()));
    await new Promise<void>((resolve) => raw.send('INVITE sip:x@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9\r\n', endpoint.port, '127.0.0.1', () => resolve()));
    raw.close();
    const call = nextCall();
    sipp = await runSipp('invite-bye.xml', endpoint.port);
    await passed(sipp);
    expect((await call).user).toBe('hotline');
    expect(logs.filter((l) => l.startsWith('warn') && l.includes('dropped'))).toHaveLength(2);
  });
});
