import { serializeMessage, type SipRequest, type SipResponse } from './message';
import type { SipTimers, TimerSet } from './timers';

export interface TransactionContext {
  send: (data: Buffer) => void;
  /** TCP: no retransmissions and no lingering states (§17.1.2.2, §17.2.1). */
  reliable: boolean;
  timers: SipTimers;
  clock: TimerSet;
  /** Server header for our responses (§20.35). */
  server?: string;
  onTerminated: () => void;
}

/** §17.2.3: the key under which a request (or its retransmission, ACK or CANCEL) finds its server transaction. */
export function serverTransactionKey(request: SipRequest, topVia: { branch?: string; sentBy: string }, method = request.method): string {
  if (method === 'ACK') method = 'INVITE';
  if (topVia.branch?.startsWith('z9hG4bK')) return `${topVia.branch}|${topVia.sentBy}|${method}`;
  // RFC 2543 peers: fall back to the request's identifying fields (§17.2.3, second half).
  const h = request.headers;
  const cseq = (h.get('cseq') ?? '').split(/\s+/)[0];
  return `2543|${h.get('call-id')}|${cseq}|${h.get('from')}|${topVia.sentBy}|${method}`;
}

abstract class Transaction {
  protected cancels: (() => void)[] = [];
  protected last: Buffer | undefined;
  terminated = false;
  /** For the endpoint's own bookkeeping beside the registry removal in ctx.onTerminated. */
  onTerminatedAlso: () => void = () => undefined;

  constructor(protected readonly ctx: TransactionContext) {}

  protected stamp(response: SipResponse): Buffer {
    if (this.ctx.server && !response.headers.has('server')) response.headers.add('server', this.ctx.server);
    return serializeMessage(response);
  }

  protected after(ms: number, fn: () => void): void {
    this.cancels.push(this.ctx.clock.after(ms, fn));
  }

  protected stopTimers(): void {
    for (const cancel of this.cancels.splice(0)) cancel();
  }

  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.stopTimers();
    this.ctx.onTerminated();
    this.onTerminatedAlso();
  }
}

/** §17.2.1 with the RFC 6026 "Accepted" state: 2xx retransmission belongs to the UAS core. */
export class InviteServerTransaction extends Transaction {
  state: 'proceeding' | 'completed' | 'confirmed' | 'accepted' = 'proceeding';
  /** Timer H fired: the final non-2xx response was never acknowledged. */
  onTimeout: () => void = () => undefined;

  respond(response: SipResponse): void {
    if (this.state !== 'proceeding' || this.terminated) return;
    this.last = this.stamp(response);
    this.ctx.send(this.last);
    if (response.status < 200) return;
    const { t1 } = this.ctx.timers;
    if (response.status < 300) {
      this.state = 'accepted';
      this.after(64 * t1, () => this.terminate()); // timer L (RFC 6026)
      return;
    }
    this.state = 'completed';
    const last = this.last;
    if (!this.ctx.reliable) this.cancels.push(this.ctx.clock.backoff(this.ctx.timers, () => this.ctx.send(last))); // timer G
    this.after(64 * t1, () => {
      this.onTimeout();
      this.terminate();
    }); // timer H
  }

  /** A retransmitted INVITE: repeat the last provisional or final non-2xx; absorb it once accepted. */
  retransmission(): void {
    if ((this.state === 'proceeding' || this.state === 'completed') && this.last) this.ctx.send(this.last);
  }

  /** The ACK for a non-2xx final response (same branch as the INVITE). */
  ack(): void {
    if (this.state !== 'completed') return;
    this.state = 'confirmed';
    this.stopTimers();
    if (this.ctx.reliable) this.terminate();
    else this.after(this.ctx.timers.t4, () => this.terminate()); // timer I
  }

  get finalSent(): boolean {
    return this.state !== 'proceeding';
  }
}

/** §17.2.2: retransmitted requests get the last response again until timer J. */
export class NonInviteServerTransaction extends Transaction {
  respond(response: SipResponse): void {
    if (this.terminated) return;
    this.last = this.stamp(response);
    this.ctx.send(this.last);
    if (response.status < 200) return;
    if (this.ctx.reliable) this.terminate();
    else this.after(64 * this.ctx.timers.t1, () => this.terminate()); // timer J
  }

  retransmission(): void {
    if (this.last) this.ctx.send(this.last);
  }
}

/** §17.1.2: a BYE/REFER/NOTIFY we send. Resolves with the final response, or undefined on timer F. */
export class NonInviteClientTransaction extends Transaction {
  private settle: (response: SipResponse | undefined) => void = () => undefined;
  private stopRetransmit: () => void = () => undefined;
  private completed = false;

  start(request: SipRequest): Promise<SipResponse | undefined> {
    const data = serializeMessage(request);
    const result = new Promise<SipResponse | undefined>((resolve) => (this.settle = resolve));
    this.ctx.send(data);
    if (!this.ctx.reliable) this.stopRetransmit = this.ctx.clock.backoff(this.ctx.timers, () => this.ctx.send(data)); // timer E
    this.after(64 * this.ctx.timers.t1, () => {
      this.settle(undefined);
      this.terminate();
    }); // timer F
    return result;
  }

  receive(response: SipResponse): void {
    if (this.completed || this.terminated) return;
    if (response.status < 200) return; // Proceeding: timer E keeps running (capped at T2 by backoff).
    this.completed = true;
    this.stopRetransmit();
    this.stopTimers();
    this.settle(response);
    if (this.ctx.reliable) this.terminate();
    else this.after(this.ctx.timers.t4, () => this.terminate()); // timer K absorbs response retransmissions
  }

  /** The endpoint closes: settle as a timeout so nobody waits forever. */
  abort(): void {
    this.settle(undefined);
    this.terminate();
  }

  override terminate(): void {
    this.stopRetransmit();
    super.terminate();
  }
}
