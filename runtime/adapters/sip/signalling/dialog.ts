import { isSdp, dialogDestination, type EndpointCore } from './core';
import { parseCSeq, parseNameAddr, parseUri } from './headers';
import { SipHeaders, type SipRequest, type SipResponse } from './message';
import { ReferSubscriptions } from './refer';
import { ALLOW, makeResponse, type ResponseOptions } from './responses';
import type { Peer } from './transport';
import type { Dialog, ReferOutcome } from './types';

export interface DialogInit {
  callId: string;
  localTag: string;
  remoteTag: string;
  /** The INVITE's To header (our address, without tag). */
  localAddress: string;
  /** The INVITE's From header (the peer's address, with its tag). */
  remoteAddress: string;
  remoteTarget: string;
  routeSet: string[];
  remoteSeq: number;
  peer: Peer;
  remoteSdp: string;
  localSdp: string;
}

export interface ServerTransactionHandle {
  respond(response: SipResponse): void;
}

const DEFAULT_REFER_TIMEOUT_MS = 120_000;

export function dialogKey(callId: string, localTag: string, remoteTag: string): string {
  return `${callId}|${localTag}|${remoteTag}`;
}

/** A confirmed (or confirming) UAS dialog, RFC 3261 §12. */
export class SipDialog implements Dialog {
  ended = false;
  remoteSdp: string;
  private localSdp: string;
  private remoteTarget: string;
  private remoteSeq: number;
  private localSeq = 1 + Math.floor(Math.random() * 10_000);
  private readonly byeListeners: (() => void)[] = [];
  private reinviteHandler: ((offerSdp: string) => string) | undefined;
  private readonly awaitingAck = new Map<number, { stop: () => void; done: (acked: boolean) => void; offered: boolean }>();
  private readonly refers = new ReferSubscriptions();

  constructor(private readonly core: EndpointCore, private readonly init: DialogInit) {
    this.remoteSdp = init.remoteSdp;
    this.localSdp = init.localSdp;
    this.remoteTarget = init.remoteTarget;
    this.remoteSeq = init.remoteSeq;
  }

  get callId(): string {
    return this.init.callId;
  }

  get key(): string {
    return dialogKey(this.init.callId, this.init.localTag, this.init.remoteTag);
  }

  onBye(listener: () => void): void {
    this.byeListeners.push(listener);
  }

  onReinvite(handler: (offerSdp: string) => string): void {
    this.reinviteHandler = handler;
  }

  /** §13.3.1.4: the UAS core retransmits a 2xx (T1 doubling to T2) until the ACK, for 64·T1 at most.
   *  `offered`: the 2xx carries our offer, so the ACK carries the answer. */
  deliver2xx(response: SipResponse, seq: number, destination: Peer, offered: boolean): Promise<boolean> {
    return new Promise((resolve) => {
      const stopRetransmit = this.core.clock.backoff(this.core.timers, () => this.core.sendStateless(response, destination));
      const stopGiveUp = this.core.clock.after(64 * this.core.timers.t1, () => finish(false));
      const finish = (acked: boolean): void => {
        stopRetransmit();
        stopGiveUp();
        this.awaitingAck.delete(seq);
        resolve(acked);
      };
      this.awaitingAck.set(seq, { stop: () => finish(false), done: finish, offered });
    });
  }

  ack(request: SipRequest): void {
    const { seq } = parseCSeq(request.headers.get('cseq') ?? '');
    const waiting = this.awaitingAck.get(seq);
    if (!waiting) return; // a retransmitted ACK, or one for a 2xx we gave up on
    if (waiting.offered && isSdp(request.headers.get('content-type')) && request.body.length > 0) {
      this.remoteSdp = request.body.toString('utf8');
    }
    waiting.done(true);
  }

  /** An in-dialog request other than ACK and CANCEL (§12.2.2). */
  handle(request: SipRequest, tx: ServerTransactionHandle, destination: Peer): void {
    const reply = (status: number, options?: ResponseOptions): void => tx.respond(makeResponse(request, status, options));
    const { seq } = parseCSeq(request.headers.get('cseq') ?? '');
    if (seq < this.remoteSeq) return reply(500, { reason: 'CSeq Out Of Order' });
    this.remoteSeq = seq;
    if (this.ended && request.method !== 'BYE') return reply(481);
    switch (request.method) {
      case 'BYE':
        reply(200);
        return this.end(true);
      case 'INVITE':
        return this.reinvite(request, tx, destination, seq);
      case 'NOTIFY': {
        const result = this.refers.notify(
          request.headers.get('event'),
          request.body.toString('utf8'),
          request.headers.get('subscription-state'),
        );
        return reply(result.status, result.reason ? { reason: result.reason } : {});
      }
      case 'OPTIONS':
        return reply(200, { headers: [['allow', ALLOW], ['accept', 'application/sdp']] });
      case 'INFO':
        return reply(200);
      default:
        return reply(405, { headers: [['allow', ALLOW]] });
    }
  }

  private reinvite(request: SipRequest, tx: ServerTransactionHandle, destination: Peer, seq: number): void {
    const reply = (status: number, options?: ResponseOptions): void => tx.respond(makeResponse(request, status, options));
    // §14.2: one INVITE transaction at a time per dialog.
    if (this.awaitingAck.size > 0) return reply(500, { headers: [['retry-after', '1']] });
    const contact = request.headers.get('contact');
    if (contact) this.remoteTarget = parseNameAddr(contact).uri; // target refresh, §12.2.2
    const offer = isSdp(request.headers.get('content-type')) && request.body.length > 0 ? request.body.toString('utf8') : undefined;
    let answer = this.localSdp;
    if (offer !== undefined) {
      if (!this.reinviteHandler) return reply(488, { reason: 'Not Acceptable Here: re-INVITE not handled' });
      try {
        answer = this.reinviteHandler(offer);
      } catch (error) {
        this.core.log('warn', `SIP ${this.callId}: re-INVITE offer refused: ${(error as Error).message}`);
        return reply(488, { reason: `Not Acceptable Here: ${(error as Error).message}`.slice(0, 120) });
      }
      this.remoteSdp = offer;
    }
    this.localSdp = answer;
    const ok = makeResponse(request, 200, {
      headers: [['contact', this.core.contact(destination)], ['allow', ALLOW]],
      body: { contentType: 'application/sdp', content: answer },
    });
    tx.respond(ok);
    void this.deliver2xx(ok, seq, destination, offer === undefined).then((acked) => {
      if (acked || this.ended) return;
      this.core.log('warn', `SIP ${this.callId}: no ACK for the re-INVITE's 200 OK, ending the call`);
      void this.bye();
    });
  }

  async bye(): Promise<void> {
    if (this.ended) return;
    this.end(false); // stays registered (a crossing BYE gets 200, late requests 481) until our BYE completes
    const response = await this.send('BYE');
    if (!response) this.core.log('warn', `SIP ${this.callId}: BYE timed out`);
    this.core.removeDialog(this);
  }

  async refer(target: string, options: { timeoutMs?: number } = {}): Promise<ReferOutcome> {
    if (this.ended) return 'failed';
    const seq = this.localSeq + 1;
    let finish: (outcome: ReferOutcome) => void = () => undefined;
    const outcome = new Promise<ReferOutcome>((resolve) => (finish = resolve));
    // Registered before sending: the first NOTIFY may overtake the 202 (UDP does not keep order).
    const drop = this.refers.add(seq, finish);
    const stopTimer = this.core.clock.after(options.timeoutMs ?? DEFAULT_REFER_TIMEOUT_MS, () => {
      drop();
      finish('failed');
    });
    const referTo = target.trim().startsWith('<') ? target.trim() : `<${target.trim()}>`;
    void this.send('REFER', [['refer-to', referTo], ['referred-by', `<${parseNameAddr(this.init.localAddress).uri}>`]]).then(
      (response) => {
        if (response && response.status < 300) return;
        this.core.log('info', `SIP ${this.callId}: REFER ${response ? `answered ${response.status}` : 'timed out'}`);
        drop();
        finish('failed');
      },
    );
    const result = await outcome;
    stopTimer();
    return result;
  }

  /** The endpoint closes: settle whatever waits, without sending anything. */
  shutdown(): void {
    this.ended = true;
    for (const waiting of [...this.awaitingAck.values()]) waiting.stop();
    this.refers.failAll();
  }

  private end(byPeer: boolean): void {
    if (this.ended) return;
    this.ended = true;
    for (const waiting of [...this.awaitingAck.values()]) waiting.stop();
    this.refers.failAll();
    if (byPeer) this.core.removeDialog(this);
    if (byPeer) for (const listener of this.byeListeners) listener();
  }

  /** Builds and sends an in-dialog request (§12.2.1.1) in a client transaction. */
  private send(method: string, extra: [string, string][] = []): Promise<SipResponse | undefined> {
    const headers = new SipHeaders();
    headers.add('max-forwards', '70');
    headers.add('from', `${this.init.localAddress};tag=${this.init.localTag}`);
    headers.add('to', this.init.remoteAddress);
    headers.add('call-id', this.init.callId);
    headers.add('cseq', `${++this.localSeq} ${method}`);
    for (const route of this.init.routeSet) headers.add('route', route);
    headers.add('contact', this.core.contact(this.init.peer));
    headers.add('user-agent', this.core.userAgent);
    for (const [name, value] of extra) headers.add(name, value);
    const firstRoute = this.init.routeSet[0];
    const next = parseUri(firstRoute ? parseNameAddr(firstRoute).uri : this.remoteTarget);
    const request: SipRequest = { kind: 'request', method, uri: this.remoteTarget, headers, body: Buffer.alloc(0) };
    return this.core.sendRequest(request, dialogDestination(next, this.init.peer));
  }
}
