import { ApiError } from '../../http/errors';
import type { StartRequest } from '../../sessions/engine';
import { SipCall, STEP_DEADLINE_MS } from './call';
import type { CallServices } from './commands';
import { MediaSession, negotiate, SdpError, type Negotiated } from './media';
import type { Log } from './prompts';
import type { IncomingCall } from './signalling';

/** The session a SIP call runs: named after its Call-ID, within the engine's 200-character bound. */
export const sessionIdOf = (callId: string): string => `sip-${callId}`.slice(0, 200);

/**
 * The endpoint's INVITE handler: finds the scenario for the called user, negotiates media,
 * starts the session and hands the call to a SipCall. Keeps the live calls for shutdown.
 */
export class SipCalls {
  private readonly live = new Set<SipCall>();
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly services: CallServices,
    private readonly log: Log,
  ) {}

  get size(): number {
    return this.live.size;
  }

  /** For SipEndpoint.onInvite: never throws, every failure is logged with the Call-ID. */
  handle(incoming: IncomingCall): void {
    const work = this.answer(incoming)
      .catch((error: Error) => {
        this.log('error', `call ${incoming.callId}: ${error.message}`);
        try {
          incoming.reject(500, 'Server Internal Error');
        } catch {
          // Already answered: the call's own clean-up has run.
        }
      })
      .finally(() => this.running.delete(work));
    this.running.add(work);
  }

  /** Hangs up every live call (BYE), then waits for their clean-up. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.live].map((call) => call.shutdown()));
    await Promise.all([...this.running]);
  }

  private async answer(incoming: IncomingCall): Promise<void> {
    const name = `call ${incoming.callId}`;
    if (this.closing) return incoming.reject(503, 'Service Unavailable');
    const route = await this.routeFor(incoming);
    if (!route) {
      this.log('info', `${name}: nothing answers ${JSON.stringify(incoming.user)} (no binding, no SIP_DEFAULT_SCENARIO): 404`);
      return incoming.reject(404, 'Not Found');
    }
    if (!incoming.sdp) {
      this.log('warn', `${name}: INVITE without an SDP offer: 488`);
      return incoming.reject(488, 'Not Acceptable Here');
    }
    const { settings } = this.services;
    const media = await MediaSession.open({
      host: settings.SIP_HOST,
      portRange: [settings.RTP_PORT_MIN, settings.RTP_PORT_MAX],
      mediaTimeoutMs: settings.SIP_MEDIA_TIMEOUT * 1000,
      log: (level, message) => this.log(level, `${name}: ${message}`),
    });
    let negotiated: Negotiated;
    try {
      negotiated = negotiate(incoming.sdp, { address: settings.SIP_MEDIA_ADDRESS, port: media.port, sessionId: incoming.callId });
    } catch (error) {
      media.close();
      if (!(error instanceof SdpError)) throw error;
      this.log('warn', `${name}: SDP offer refused: ${error.message}: 488`);
      return incoming.reject(488, 'Not Acceptable Here');
    }
    const sessionId = sessionIdOf(incoming.callId);
    const reply = await this.services.deps.engine.start(this.startRequest(incoming, route, sessionId), { deadlineMs: STEP_DEADLINE_MS }).catch((error: unknown) => {
      media.close();
      if (!(error instanceof ApiError)) throw error;
      this.log('warn', `${name}: session not started: ${error.message}`);
      incoming.reject(error.status === 404 ? 404 : error.status === 409 ? 482 : 500, error.status === 404 ? 'Not Found' : error.status === 409 ? 'Loop Detected' : 'Server Internal Error');
      return undefined;
    });
    if (!reply) return;
    const call = new SipCall(incoming, media, negotiated, sessionId, this.services, this.log);
    if (incoming.cancelled.aborted || this.closing) {
      // CANCELled while the session started (the endpoint has answered 487): end it at once.
      this.log('info', `${name}: cancelled before it was answered`);
      await call.shutdown();
      return;
    }
    this.live.add(call);
    try {
      await call.run(reply);
    } finally {
      this.live.delete(call);
    }
  }

  /** The called user bound as a number (Request-URI, then To), else SIP_DEFAULT_SCENARIO. */
  private async routeFor(incoming: IncomingCall): Promise<StartRequest['route'] | undefined> {
    const bindings = await this.services.deps.scenarios.bindings();
    for (const address of new Set([incoming.user, incoming.to.user])) {
      if (address && bindings.some((b) => b.kind === 'number' && b.address === address)) return { kind: 'number', address };
    }
    const fallback = this.services.settings.SIP_DEFAULT_SCENARIO;
    return fallback ? { kind: 'scenario', address: fallback } : undefined;
  }

  private startRequest(incoming: IncomingCall, route: StartRequest['route'], sessionId: string): StartRequest {
    return {
      route,
      trigger: 'call',
      channel: 'voice',
      caller: { number: incoming.from.user.slice(0, 200), ...(incoming.from.displayName ? { name: incoming.from.displayName.slice(0, 200) } : {}) },
      called: { number: incoming.user.slice(0, 200) },
      sessionId,
      source: { adapter: 'sip' },
    };
  }
}
