import { SipIncomingCall } from './call';
import type { EndpointCore } from './core';
import { dialogKey, type SipDialog } from './dialog';
import { newBranch, parseNameAddr, parseVia, type Via } from './headers';
import { parseMessage, serializeMessage, SipParseError, type SipRequest, type SipResponse } from './message';
import { ALLOW, ALLOWED_METHODS, makeResponse, type ResponseOptions } from './responses';
import { DEFAULT_TIMERS, TimerSet, type SipTimers } from './timers';
import {
  InviteServerTransaction,
  NonInviteClientTransaction,
  NonInviteServerTransaction,
  serverTransactionKey,
  type TransactionContext,
} from './transactions';
import { Transport, type Log, type Peer } from './transport';
import type { IncomingCall, SipEndpointOptions } from './types';

/** Like a proxy's timer C (> 3 min, §16.6): an INVITE nobody answers is not kept forever. */
const UNANSWERED_INVITE_MS = 180_000;

type Reply = (status: number, options?: ResponseOptions) => void;

interface ServerEntry {
  tx: InviteServerTransaction | NonInviteServerTransaction;
  call?: SipIncomingCall;
}

export class SipEndpoint {
  private transport!: Transport;
  private inviteHandler: ((call: IncomingCall) => void) | undefined;
  private readonly serverTx = new Map<string, ServerEntry>();
  private readonly clientTx = new Map<string, NonInviteClientTransaction>();
  private readonly dialogs = new Map<string, SipDialog>();
  /** Call-ID|From-tag|CSeq of INVITEs whose transaction is alive, for merged-request detection. */
  private readonly invites = new Set<string>();
  private readonly clock = new TimerSet();
  private readonly core: EndpointCore;
  private readonly log: Log;
  private closed = false;

  private constructor(private readonly options: SipEndpointOptions) {
    this.log = options.log ?? (() => undefined);
    const timers: SipTimers = { ...DEFAULT_TIMERS, ...options.timers };
    this.core = {
      isClosed: () => this.closed,
      timers,
      clock: this.clock,
      log: this.log,
      userAgent: options.userAgent ?? 'Callflow Studio',
      contact: (peer, requestUri) => `<sip:${this.advertisedHost(requestUri)}:${this.port}${peer.transport === 'tcp' ? ';transport=tcp' : ''}>`,
      sendRequest: (request, destination) => this.sendRequest(request, destination),
      sendStateless: (response, destination) => this.transport.send(serializeMessage(response), destination),
      addDialog: (dialog) => this.dialogs.set(dialog.key, dialog),
      removeDialog: (dialog) => this.dialogs.delete(dialog.key),
    };
  }

  static async listen(options: SipEndpointOptions): Promise<SipEndpoint> {
    const endpoint = new SipEndpoint(options);
    endpoint.transport = await Transport.open(
      options.host,
      options.port,
      options.tcp ?? false,
      (data, peer, stream) => endpoint.receive(data, peer, stream),
      endpoint.log,
    );
    return endpoint;
  }

  get host(): string {
    return this.options.host;
  }

  get port(): number {
    return this.transport.port;
  }

  onInvite(handler: (call: IncomingCall) => void): void {
    this.inviteHandler = handler;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const tx of [...this.clientTx.values()]) tx.abort();
    for (const dialog of [...this.dialogs.values()]) dialog.shutdown();
    this.clock.clear();
    await this.transport.close();
  }

  private advertisedHost(requestUri?: string): string {
    const wildcard = this.options.host === '0.0.0.0' || this.options.host === '::';
    let host = this.options.contactHost ?? this.options.host;
    if (!this.options.contactHost && wildcard) host = (requestUri && /@?([^@;:>]+)(?::\d+)?(?:;|>|$)/.exec(requestUri)?.[1]) || '127.0.0.1';
    return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  }

  /** Every datagram / framed TCP message: whatever is wrong with it is logged, never thrown (issue 5, operations). */
  private receive(data: Buffer, peer: Peer, stream: boolean): void {
    if (this.closed) return;
    let request: { method: string; uri: string; headers: SipRequest['headers'] } | undefined;
    try {
      const message = parseMessage(data, stream);
      if (message.kind === 'response') return this.onResponse(message);
      request = message;
      this.onRequest(message, peer);
    } catch (error) {
      const partial = error instanceof SipParseError ? (error.request ?? request) : undefined;
      if (error instanceof SipParseError) this.log('warn', `SIP message from ${peer.address}:${peer.port} dropped: ${error.message}`);
      else this.log('error', `SIP message from ${peer.address}:${peer.port} failed: ${(error as Error).stack ?? error}`);
      if (partial && partial.method !== 'ACK') this.answerMalformed(partial, peer, error instanceof SipParseError ? error.message : undefined);
    }
  }

  /** §21.4.1: 400 names the problem in the reason phrase; possible only when the top Via is readable. */
  private answerMalformed(partial: { method: string; uri: string; headers: SipRequest['headers'] }, peer: Peer, problem?: string): void {
    try {
      const via = parseVia(partial.headers.get('via') ?? '');
      const request: SipRequest = { kind: 'request', ...partial, body: Buffer.alloc(0) };
      const response = problem
        ? makeResponse(request, 400, { reason: `Bad Request (${problem})`.slice(0, 120) })
        : makeResponse(request, 500);
      response.headers.add('server', this.core.userAgent);
      this.transport.send(serializeMessage(response), this.responseDestination(via, peer));
    } catch {
      // No usable Via: nowhere to send a response.
    }
  }

  private responseDestination(via: Via, peer: Peer): Peer {
    if (peer.transport === 'tcp') return peer;
    // §18.2.2 + RFC 3581: the source address (received); the source port when the client asked for rport.
    return { transport: 'udp', address: peer.address, port: 'rport' in via.params ? peer.port : (via.port ?? 5060) };
  }

  private onRequest(request: SipRequest, peer: Peer): void {
    const via = parseVia(request.headers.get('via') ?? '');
    request.headers.updateFirst('via', (value) => {
      const withPort = value.replace(/;\s*rport(?=\s*(;|$))/i, `;rport=${peer.port}`);
      return via.host === peer.address && !('rport' in via.params) ? withPort : `${withPort};received=${peer.address}`;
    });
    const destination = this.responseDestination(via, peer);
    const sentBy = `${via.host}:${via.port ?? 5060}`;
    const key = serverTransactionKey(request, { branch: via.params.branch, sentBy });
    if (request.method === 'ACK') return this.onAck(request, key);
    const existing = this.serverTx.get(key);
    if (existing) return existing.tx.retransmission();
    const entry = this.openServerTransaction(request, key, destination, peer);
    const reply = (status: number, options?: ResponseOptions): void => entry.tx.respond(makeResponse(request, status, options));
    try {
      this.route(request, entry, destination, peer, reply, serverTransactionKey(request, { branch: via.params.branch, sentBy }, 'INVITE'));
    } catch (error) {
      // Answered inside the transaction, so retransmissions get the same answer and it terminates.
      if (!(error instanceof SipParseError)) {
        this.log('error', `SIP ${request.method} from ${peer.address}:${peer.port} failed: ${(error as Error).stack ?? error}`);
        return reply(500);
      }
      this.log('warn', `SIP ${request.method} from ${peer.address}:${peer.port} refused: ${error.message}`);
      reply(400, { reason: `Bad Request (${error.message})`.slice(0, 120) });
    }
  }

  /** §8.2 order: method, URI scheme, required extensions, then dialog matching. */
  private route(request: SipRequest, entry: ServerEntry, destination: Peer, peer: Peer, reply: Reply, inviteKey: string): void {
    if (!(ALLOWED_METHODS as readonly string[]).includes(request.method)) return reply(405, { headers: [['allow', ALLOW]] });
    if (request.method === 'CANCEL') return this.onCancel(inviteKey, reply);
    if (!/^(sips?|tel):/i.test(request.uri)) return reply(416);
    const required = request.headers.getAll('require');
    // We implement no extensions (no 100rel, no timer): anything required is unsupported (§8.2.2.3).
    if (required.length > 0) return reply(420, { headers: [['unsupported', required.join(', ')]] });

    const toTag = parseNameAddr(request.headers.get('to') ?? '').params.tag;
    if (toTag !== undefined) {
      const dialog = this.dialogs.get(this.dialogKeyOf(request));
      if (!dialog) return reply(481);
      return dialog.handle(request, entry.tx, destination);
    }
    if (request.method === 'OPTIONS') {
      return reply(200, { headers: [['allow', ALLOW], ['accept', 'application/sdp']] });
    }
    if (request.method !== 'INVITE') return reply(481);
    this.answerInvite(request, entry, destination, peer, reply);
  }

  private openServerTransaction(request: SipRequest, key: string, destination: Peer, peer: Peer): ServerEntry {
    const ctx: TransactionContext = {
      send: (data) => this.transport.send(data, destination),
      reliable: peer.transport === 'tcp',
      timers: this.core.timers,
      clock: this.clock,
      server: this.core.userAgent,
      onTerminated: () => this.serverTx.delete(key),
    };
    const entry: ServerEntry = {
      tx: request.method === 'INVITE' ? new InviteServerTransaction(ctx) : new NonInviteServerTransaction(ctx),
    };
    this.serverTx.set(key, entry);
    return entry;
  }

  private answerInvite(request: SipRequest, entry: ServerEntry, destination: Peer, peer: Peer, reply: Reply): void {
    const tx = entry.tx as InviteServerTransaction;
    // §8.2.2.2: the same INVITE arriving again under another branch (forked, or resent as new) is merged.
    const fromTag = parseNameAddr(request.headers.get('from') ?? '').params.tag ?? '';
    const mergeKey = `${request.headers.get('call-id')}|${fromTag}|${request.headers.get('cseq')}`;
    if (this.invites.has(mergeKey)) return reply(482);
    this.invites.add(mergeKey);
    tx.onTerminatedAlso = () => this.invites.delete(mergeKey);
    reply(100); // at once rather than after 200 ms (§17.2.1): it stops the caller's timer A
    const call = new SipIncomingCall(this.core, request, tx, destination, peer);
    entry.call = call;
    tx.onTimeout = () => this.log('warn', `SIP ${call.callId}: final response never acknowledged (timer H)`);
    const handler = this.inviteHandler;
    if (!handler) return call.reject(480, 'No Handler');
    const giveUp = this.clock.after(UNANSWERED_INVITE_MS, () => call.reject(480, 'Not Answered'));
    call.cancelled.addEventListener('abort', giveUp);
    try {
      handler(call);
    } catch (error) {
      this.log('error', `SIP ${call.callId}: INVITE handler threw: ${(error as Error).message}`);
      call.reject(500);
    }
  }

  private onAck(request: SipRequest, key: string): void {
    const entry = this.serverTx.get(key);
    // Same branch as the INVITE: the ACK of a non-2xx final response (copies absorbed in Confirmed).
    if (entry?.tx instanceof InviteServerTransaction && entry.tx.state !== 'accepted') return entry.tx.ack();
    const dialog = this.dialogs.get(this.dialogKeyOf(request));
    if (dialog) return dialog.ack(request);
    this.log('info', `SIP ACK for an unknown dialog dropped (Call-ID ${request.headers.get('call-id')})`);
  }

  /** §9.2: 200 to the CANCEL itself; 487 to the INVITE it names, if still unanswered. */
  private onCancel(inviteKey: string, reply: Reply): void {
    const invite = this.serverTx.get(inviteKey);
    if (!invite?.call) return reply(481);
    reply(200, { toTag: invite.call.toTag });
    invite.call.cancel();
  }

  private dialogKeyOf(request: SipRequest): string {
    const local = parseNameAddr(request.headers.get('to') ?? '').params.tag ?? '';
    const remote = parseNameAddr(request.headers.get('from') ?? '').params.tag ?? '';
    return dialogKey(request.headers.get('call-id') ?? '', local, remote);
  }

  private onResponse(response: SipResponse): void {
    const via = parseVia(response.headers.get('via') ?? '');
    const method = (response.headers.get('cseq') ?? '').trim().split(/\s+/)[1] ?? '';
    const tx = this.clientTx.get(`${via.params.branch}|${method}`);
    if (tx) tx.receive(response);
    else this.log('info', `SIP ${response.status} response matching no transaction dropped`);
  }

  private sendRequest(request: SipRequest, destination: Peer): Promise<SipResponse | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    const branch = newBranch();
    const transport = destination.transport === 'tcp' ? 'TCP' : 'UDP';
    request.headers.prepend('via', `SIP/2.0/${transport} ${this.advertisedHost()}:${this.port};branch=${branch};rport`);
    const key = `${branch}|${request.method}`;
    const tx = new NonInviteClientTransaction({
      send: (data) => this.transport.send(data, destination),
      reliable: destination.transport === 'tcp',
      timers: this.core.timers,
      clock: this.clock,
      onTerminated: () => this.clientTx.delete(key),
    });
    this.clientTx.set(key, tx);
    return tx.start(request);
  }
}
