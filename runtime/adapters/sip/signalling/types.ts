import type { Log } from './transport';

export interface SipEndpointOptions {
  /** Bind address, e.g. '127.0.0.1'. */
  host: string;
  /** 0 = any free port. */
  port: number;
  /** Also listen on TCP, same port. */
  tcp?: boolean;
  /** Server / User-Agent header. */
  userAgent?: string;
  log?: Log;
  /** RFC 3261 defaults 500/4000/5000 ms; tests shorten them. */
  timers?: { t1?: number; t2?: number; t4?: number };
  /** Host put in Contact; default `host`, or the Request-URI's host when bound to a wildcard address. */
  contactHost?: string;
}

export type ReferOutcome = 'answered' | 'busy' | 'noAnswer' | 'failed';

export interface Dialog {
  readonly callId: string;
  readonly remoteSdp: string;
  readonly ended: boolean;
  /** Peer's BYE (already answered 200). */
  onBye(listener: () => void): void;
  /** re-INVITE (hold/resume): return the answer SDP; throw → 488. */
  onReinvite(handler: (offerSdp: string) => string): void;
  /** Our BYE; resolves on the final response or timer F. */
  bye(): Promise<void>;
  /** REFER (blind) + NOTIFY message/sipfrag: 2xx→answered, 486/600/603→busy, 408/480/487→noAnswer, else failed.
   *  `timeoutMs` bounds the wait for the final NOTIFY (default 120 s) → 'failed'. */
  refer(target: string, options?: { timeoutMs?: number }): Promise<ReferOutcome>;
}

export interface IncomingCall {
  readonly callId: string;
  /** User part of the Request-URI (routing: "bank-hotline", "+4930…"). */
  readonly user: string;
  readonly requestUri: string;
  readonly from: { uri: string; user: string; displayName?: string };
  readonly to: { uri: string; user: string };
  /** The offer (body when Content-Type is application/sdp). */
  readonly sdp: string | undefined;
  header(name: string): string | undefined;
  /** 180 Ringing (100 Trying is sent at once by the endpoint). */
  ringing(): void;
  /** 200 OK + To-tag, retransmitted until ACK; resolves on ACK, rejects after 64·T1 (timer H's span). */
  accept(answerSdp: string): Promise<Dialog>;
  /** Final 3xx–6xx; retransmitted until ACK. */
  reject(status: number, reason?: string): void;
  /** CANCEL before accept: the endpoint answers 200 + 487 itself. */
  readonly cancelled: AbortSignal;
}
