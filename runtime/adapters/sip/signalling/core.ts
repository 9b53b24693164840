import type { SipRequest, SipResponse } from './message';
import type { SipTimers, TimerSet } from './timers';
import type { Log, Peer } from './transport';
import type { SipDialog } from './dialog';

/** What calls and dialogs need from the endpoint (kept narrow so they stay testable on their own). */
export interface EndpointCore {
  readonly timers: SipTimers;
  readonly clock: TimerSet;
  readonly log: Log;
  readonly userAgent: string;
  isClosed(): boolean;
  /** Our Contact header value for a message exchanged with `peer`. */
  contact(peer: Peer, requestUri?: string): string;
  /** Sends a non-INVITE request in a client transaction (adds the Via); undefined = timer F. */
  sendRequest(request: SipRequest, destination: Peer): Promise<SipResponse | undefined>;
  /** Sends outside any transaction: the UAS core's own 2xx retransmissions (§13.3.1.4). */
  sendStateless(response: SipResponse, destination: Peer): void;
  addDialog(dialog: SipDialog): void;
  removeDialog(dialog: SipDialog): void;
}

export function isSdp(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/sdp';
}

/** §12.2.1.1: in-dialog requests go to the first route, or the remote target; a target we cannot
 *  address directly (a host name, a NATed private address we never heard from) falls back to where
 *  the peer's messages come from. */
export function dialogDestination(target: { host: string; port?: number }, source: Peer): Peer {
  const literal = /^\d{1,3}(\.\d{1,3}){3}$/.test(target.host) || target.host.startsWith('[');
  if (source.transport === 'tcp' || !literal) return source;
  return { transport: 'udp', address: target.host.replace(/^\[|\]$/g, ''), port: target.port ?? 5060 };
}
