import { isSdp, type EndpointCore } from './core';
import { SipDialog } from './dialog';
import { newTag, parseCSeq, parseNameAddr, parseUri } from './headers';
import type { SipRequest } from './message';
import { ALLOW, makeResponse } from './responses';
import type { InviteServerTransaction } from './transactions';
import type { Peer } from './transport';
import type { Dialog, IncomingCall } from './types';

function addressOf(value: string): { uri: string; user: string; displayName?: string; tag?: string } {
  const parsed = parseNameAddr(value);
  const result: { uri: string; user: string; displayName?: string; tag?: string } = {
    uri: parsed.uri,
    user: parseUri(parsed.uri).user ?? '',
  };
  if (parsed.displayName) result.displayName = parsed.displayName;
  if (parsed.params.tag !== undefined) result.tag = parsed.params.tag;
  return result;
}

/** A new INVITE waiting for the application to answer it. Throws SipParseError from the constructor
 *  when From/To/Request-URI/Contact cannot be read (the endpoint answers 400). */
export class SipIncomingCall implements IncomingCall {
  readonly callId: string;
  readonly user: string;
  readonly requestUri: string;
  readonly from: { uri: string; user: string; displayName?: string };
  readonly to: { uri: string; user: string };
  readonly sdp: string | undefined;
  /** Generated once, so 180 and 200 create the same dialog (§12.1.1). */
  readonly toTag = newTag();
  private readonly controller = new AbortController();
  private readonly remoteTag: string;
  private readonly remoteTarget: string;

  constructor(
    private readonly core: EndpointCore,
    private readonly invite: SipRequest,
    private readonly tx: InviteServerTransaction,
    private readonly destination: Peer,
    private readonly source: Peer,
  ) {
    const h = invite.headers;
    this.callId = h.get('call-id') ?? '';
    this.requestUri = invite.uri;
    this.user = parseUri(invite.uri).user ?? '';
    const { tag, ...from } = addressOf(h.get('from') ?? '');
    this.from = from;
    this.remoteTag = tag ?? '';
    const to = addressOf(h.get('to') ?? '');
    this.to = { uri: to.uri, user: to.user };
    const contact = h.get('contact');
    this.remoteTarget = contact ? parseNameAddr(contact).uri : `sip:${source.address}:${source.port}`;
    parseUri(this.remoteTarget);
    this.sdp = isSdp(h.get('content-type')) && invite.body.length > 0 ? invite.body.toString('utf8') : undefined;
  }

  get cancelled(): AbortSignal {
    return this.controller.signal;
  }

  header(name: string): string | undefined {
    return this.invite.headers.getAll(name).join(', ') || undefined;
  }

  ringing(): void {
    if (this.tx.finalSent) return;
    this.tx.respond(makeResponse(this.invite, 180, { toTag: this.toTag, headers: [['contact', this.contact()]] }));
  }

  accept(answerSdp: string): Promise<Dialog> {
    if (this.core.isClosed()) return Promise.reject(new Error(`call ${this.callId}: the SIP endpoint is closed`));
    if (this.tx.finalSent) return Promise.reject(new Error(`call ${this.callId} was already answered or cancelled`));
    const h = this.invite.headers;
    const { seq } = parseCSeq(h.get('cseq') ?? '');
    const dialog = new SipDialog(this.core, {
      callId: this.callId,
      localTag: this.toTag,
      remoteTag: this.remoteTag,
      localAddress: h.get('to') ?? '',
      remoteAddress: h.get('from') ?? '',
      remoteTarget: this.remoteTarget,
      routeSet: h.getAll('record-route'), // a UAS keeps Record-Route's order (§12.1.1)
      remoteSeq: seq,
      peer: this.source,
      remoteSdp: this.sdp ?? '',
      localSdp: answerSdp,
    });
    this.core.addDialog(dialog);
    const ok = makeResponse(this.invite, 200, {
      toTag: this.toTag,
      headers: [['contact', this.contact()], ['allow', ALLOW]],
      body: { contentType: 'application/sdp', content: answerSdp },
    });
    this.tx.respond(ok);
    return dialog.deliver2xx(ok, seq, this.destination, this.sdp === undefined).then((acked) => {
      if (acked) return dialog;
      if (dialog.ended) throw new Error(`call ${this.callId} ended before the ACK`);
      // §13.3.1.4: no ACK within 64·T1 — the dialog exists but the session must end, by BYE.
      void dialog.bye();
      throw new Error(`call ${this.callId}: no ACK for 200 OK within 64*T1`);
    });
  }

  reject(status: number, reason?: string): void {
    if (!Number.isInteger(status) || status < 300 || status > 699) throw new RangeError(`reject needs a 3xx-6xx status, got ${status}`);
    if (this.tx.finalSent) return;
    this.tx.respond(makeResponse(this.invite, status, reason ? { toTag: this.toTag, reason } : { toTag: this.toTag }));
  }

  /** CANCEL (§9.2): 487 the INVITE unless a final response already went out. */
  cancel(): void {
    if (this.tx.finalSent) return;
    this.tx.respond(makeResponse(this.invite, 487, { toTag: this.toTag }));
    this.controller.abort(new Error('caller cancelled'));
  }

  private contact(): string {
    return this.core.contact(this.source, this.invite.uri);
  }
}
