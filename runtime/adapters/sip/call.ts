import type { CallerEvent } from '../../../dsl/session/events';
import { ApiError } from '../../http/errors';
import type { Reply } from '../../sessions/engine';
import { CommandRunner, type CallServices } from './commands';
import { Line } from './line';
import { negotiate, type MediaSession, type Negotiated } from './media';
import type { Log } from './prompts';
import type { Dialog, IncomingCall } from './signalling';

/** Events the session should still hear after the caller hung up: what happened just before. */
const TOLD_AFTER_HANGUP = new Set<CallerEvent['type']>(['transferResult', 'queueResult', 'recordingDone']);
/**
 * A slow step (a CRM lookup) answers with what it has said so far after this long — the hold
 * prompt plays while the step finishes. Every step: an http node may follow a gather as well as the start.
 */
export const STEP_DEADLINE_MS = 1_000;
/** Our BYE waits at most this long for its answer when the runtime shuts down. */
const SHUTDOWN_BYE_MS = 2_000;

/**
 * One answered SIP call driving one session: the reply's commands are carried out, the event
 * they end with goes back to the engine, and so on until either side hangs up. Every path
 * ends in finish(): the session told of the hang-up, our BYE if the dialog is still up, the
 * media port closed.
 */
export class SipCall {
  readonly line: Line;
  private dialog: Dialog | undefined;
  private runner: CommandRunner | undefined;
  private sessionOver = false;
  private finished: Promise<void> | undefined;

  constructor(
    private readonly incoming: IncomingCall,
    private readonly media: MediaSession,
    private readonly negotiated: Negotiated,
    readonly sessionId: string,
    private readonly services: CallServices,
    log: Log,
  ) {
    this.line = new Line(media, `call ${incoming.callId}`, log);
  }

  /** Answers the INVITE and runs the session from its first reply; never throws. */
  async run(first: Reply): Promise<void> {
    try {
      this.sessionOver = first.ended;
      if (first.ended && !first.commands.some((c) => c.type === 'say')) {
        // Nothing to say and already over (e.g. a blocked caller without a notice): decline without answering.
        this.incoming.reject(480, 'Temporarily Unavailable');
        return;
      }
      this.incoming.ringing();
      this.media.connect(this.negotiated);
      this.media.onTimeout(() => {
        this.line.log('warn', 'no RTP from the caller: ending the call');
        this.line.end();
      });
      const dialog = (this.dialog = await this.incoming.accept(this.negotiated.answer));
      dialog.onBye(() => {
        this.line.log('info', 'caller hung up');
        this.line.end();
      });
      dialog.onReinvite((offer) => {
        // Hold and resume: same port, new direction or address.
        const answer = negotiate(offer, { address: this.services.settings.SIP_MEDIA_ADDRESS, port: this.media.port, sessionId: this.incoming.callId });
        this.media.connect(answer);
        return answer.answer;
      });
      this.runner = new CommandRunner(this.line, dialog, this.sessionId, this.incoming.from.uri, this.services);
      await this.drive(first);
    } catch (error) {
      this.line.log('error', `call failed: ${(error as Error).message}`);
    } finally {
      await this.finish();
    }
  }

  /** Ends the call from our side (runtime shutdown). */
  async shutdown(): Promise<void> {
    this.line.end();
    await this.finish(SHUTDOWN_BYE_MS);
  }

  private async drive(first: Reply): Promise<void> {
    const runner = this.runner!;
    let reply: Reply | undefined = first;
    while (reply) {
      if (reply.pending) {
        // A slow step (a CRM): play what it said so far (the hold prompt) while it finishes.
        const [, rest]: [unknown, Reply | undefined] = await Promise.all([runner.perform(reply.commands), this.engine(() => this.services.deps.engine.resume(this.sessionId))]);
        reply = rest;
        continue;
      }
      this.sessionOver ||= reply.ended;
      const performed = await runner.perform(reply.commands);
      if (performed.hangup || reply.ended) return;
      const event = performed.event;
      if (!event) {
        if (!this.line.ended) this.line.log('warn', `the session waits for ${reply.waitingFor ?? 'nothing'}, which a SIP call cannot give: hanging up`);
        return;
      }
      if (this.line.ended && !TOLD_AFTER_HANGUP.has(event.type)) return;
      reply = await this.engine(() => this.services.deps.engine.send(this.sessionId, event, { deadlineMs: STEP_DEADLINE_MS }));
    }
  }

  /** An engine call; a refusal (the session is over or wants something else) ends the call. */
  private async engine(request: () => Promise<Reply>): Promise<Reply | undefined> {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.line.log('warn', `session ${this.sessionId} refused the event: ${error.message}`);
      if (error.code === 'session.ended') this.sessionOver = true;
      return undefined;
    }
  }

  private finish(byeWaitMs?: number): Promise<void> {
    this.finished ??= (async () => {
      this.line.end();
      await this.runner?.finish();
      if (!this.sessionOver) {
        this.sessionOver = true;
        await this.services.deps.engine.send(this.sessionId, { type: 'hangup' }).catch((error: Error) => {
          // 409: the session already ended (or was never waiting) — nothing left to end.
          if (!(error instanceof ApiError)) this.line.log('error', `session ${this.sessionId} not ended: ${error.message}`);
        });
      }
      const dialog = this.dialog;
      if (dialog && !dialog.ended) {
        const bye = dialog.bye().catch((error: Error) => this.line.log('warn', `BYE failed: ${error.message}`));
        await (byeWaitMs === undefined ? bye : Promise.race([bye, new Promise((resolve) => setTimeout(resolve, byeWaitMs).unref())]));
      }
      this.media.close();
      this.services.recordings.forget(this.sessionId);
    })().catch((error: Error) => this.line.log('error', `call not cleaned up: ${error.message}`));
    return this.finished;
  }
}
