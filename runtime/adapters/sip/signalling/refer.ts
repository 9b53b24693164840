import type { ReferOutcome } from './types';

/** The status line of a message/sipfrag NOTIFY body (RFC 3420, RFC 3515 §2.4.5), e.g. "SIP/2.0 180 Ringing". */
export function sipfragStatus(body: string): number | undefined {
  const match = /^\s*SIP\/2\.0\s+([1-6]\d\d)(?:\s|$)/i.exec(body);
  return match ? Number(match[1]) : undefined;
}

/** How the transfer target answered, in the terms of a transfer node's ports. */
export function referOutcome(finalStatus: number): ReferOutcome {
  if (finalStatus >= 200 && finalStatus < 300) return 'answered';
  if (finalStatus === 486 || finalStatus === 600 || finalStatus === 603) return 'busy';
  if (finalStatus === 408 || finalStatus === 480 || finalStatus === 487) return 'noAnswer';
  return 'failed';
}

/** "refer;id=7" → {package:'refer', id:'7'} (RFC 3515 §2.4.6: id is the REFER's CSeq number). */
export function parseEvent(value: string | undefined): { package: string; id?: string } {
  const [name = '', ...params] = (value ?? '').split(';');
  const id = params.map((p) => /^\s*id\s*=\s*(\S+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
  return id === undefined ? { package: name.trim().toLowerCase() } : { package: name.trim().toLowerCase(), id };
}

interface PendingRefer {
  seq: number;
  lastStatus?: number;
  finish: (outcome: ReferOutcome) => void;
}

/** REFER subscriptions of one dialog, waiting for their final NOTIFY. */
export class ReferSubscriptions {
  private readonly pending: PendingRefer[] = [];

  add(seq: number, finish: (outcome: ReferOutcome) => void): () => void {
    const entry: PendingRefer = { seq, finish };
    this.pending.push(entry);
    return () => this.drop(entry);
  }

  /** Applies one NOTIFY; returns the status to answer it with. */
  notify(event: string | undefined, body: string, subscriptionState: string | undefined): { status: number; reason?: string } {
    const parsed = parseEvent(event);
    if (parsed.package !== 'refer') return { status: 489 };
    const entry = parsed.id === undefined ? this.pending[0] : this.pending.find((p) => String(p.seq) === parsed.id);
    if (!entry) return { status: 481, reason: 'Subscription Does Not Exist' };
    const status = sipfragStatus(body);
    if (status === undefined) return { status: 400, reason: 'Bad Request: body is not a message/sipfrag status line' };
    entry.lastStatus = status;
    const terminated = /^\s*terminated/i.test(subscriptionState ?? '');
    if (status >= 200) this.settle(entry, referOutcome(status));
    else if (terminated) this.settle(entry, 'failed');
    return { status: 200 };
  }

  /** The dialog ended before a final NOTIFY: nothing tells us how the transfer went. */
  failAll(): void {
    for (const entry of [...this.pending]) this.settle(entry, 'failed');
  }

  private settle(entry: PendingRefer, outcome: ReferOutcome): void {
    this.drop(entry);
    entry.finish(outcome);
  }

  private drop(entry: PendingRefer): void {
    const index = this.pending.indexOf(entry);
    if (index >= 0) this.pending.splice(index, 1);
  }
}
