import type { Deps } from '../../app';
import { ApiError } from '../../http/errors';
import type { Reply, StartRequest } from '../../sessions/engine';
import { dialEvent, gatherEvent, queueEvent, recordEvent, TERMINAL_STATUSES, transcriptOf, type CallPayload, type HookPayload } from './events';
import { addressesFor, hooksFor, idempotencyKey, type ActionKind } from './hooks';
import { waitVerbs } from './queue';
import { Recent } from './recent';
import { keepsCallGoing, lastCommandOf, notInService, reissueVerbs, replyVerbs, resumeVerb } from './respond';
import { Resumer } from './resume';
import type { JambonzSettings } from './settings';
import { say, type TranslateContext } from './translate';
import type { Verb } from './verbs';

export interface CallQuery {
  scenario?: string | undefined;
  locale?: string | undefined;
  campaign?: string | undefined;
  utm?: Record<string, string> | undefined;
}

/** "sip:bank-hotline@10.0.0.1:5060" → "bank-hotline"; "tel:+4930…" → "+4930…"; others unchanged. */
export function userPart(address: string): string {
  const match = /^(?:sips?:|tel:)?([^@;]*)(?:[@;].*)?$/i.exec(address.trim());
  return match?.[1] ?? address;
}

/**
 * The jambonz side of sessions: every webhook becomes a start, an event or a question about
 * what the session waits for, and every answer is a verb array — never an error page, since
 * jambonz drops a call whose webhook fails.
 */
export class JambonzCalls {
  private readonly resumer: Resumer;
  /** Answers to resume hooks by session and step: jambonz may retry those too. */
  private readonly resumed = new Recent<string, Verb[]>(2_000);
  /** Voicemail transcripts that arrived before the recording's action hook. */
  private readonly transcripts = new Recent<string, string>(2_000);

  constructor(
    private readonly deps: Deps,
    private readonly settings: JambonzSettings,
  ) {
    this.resumer = new Resumer(deps.engine, deps.config.WEBHOOK_DEADLINE_MS);
  }

  context(requestUrl: string, sessionId: string, step: number, smsFrom?: string): TranslateContext {
    const addresses = addressesFor(requestUrl, this.deps.config.PUBLIC_URL, {
      recorder: this.settings.JAMBONZ_RECORDER_URL,
      audio: this.settings.JAMBONZ_AUDIO_BASE_URL,
    });
    return { hooks: hooksFor(addresses, sessionId, step), settings: this.settings, smsFrom };
  }

  async start(p: CallPayload, query: CallQuery, requestUrl: string): Promise<Verb[]> {
    const caller = userPart(p.from);
    // SMS from the call go out from our own number: the called one, or the caller on outbound calls.
    const ctx = this.context(requestUrl, p.call_sid, 1, userPart(p.direction === 'outbound' ? p.from : p.to));
    const route = await this.routeFor(p.to, query.scenario);
    if (!route) return notInService(ctx);
    const request: StartRequest = {
      route,
      trigger: p.direction === 'outbound' ? 'outbound' : 'call',
      channel: 'voice',
      caller: { number: caller, ...(p.caller_name ? { name: p.caller_name } : {}) },
      called: { number: userPart(p.to) },
      sessionId: p.call_sid,
      ...(query.locale ? { locale: query.locale } : {}),
      vars: p.customerData ?? {},
      source: { adapter: 'jambonz', ...(query.campaign ? { campaign: query.campaign } : {}), ...(query.utm ? { utm: query.utm } : {}) },
    };
    try {
      return await this.answer(await this.deps.engine.start(request, { deadlineMs: this.deps.config.WEBHOOK_DEADLINE_MS }), ctx);
    } catch (error) {
      if (error instanceof ApiError) return notInService(ctx);
      throw error;
    }
  }

  /** A called number bound to a scenario (as dialled, or the user part of a SIP URI), else ?scenario=. */
  private async routeFor(to: string, scenarioId: string | undefined): Promise<StartRequest['route'] | undefined> {
    const bindings = await this.deps.scenarios.bindings();
    for (const address of new Set([to, userPart(to)])) {
      if (address && bindings.some((b) => b.kind === 'number' && b.address === address)) return { kind: 'number', address };
    }
    return scenarioId ? { kind: 'scenario', address: scenarioId } : undefined;
  }

  async action(sessionId: string, kind: ActionKind, step: number, p: HookPayload, maxWait: number | undefined, requestUrl: string): Promise<Verb[]> {
    const ctx = this.context(requestUrl, sessionId, step + 1);
    if (kind === 'resume') return this.resume(sessionId, step, ctx);
    const event =
      kind === 'gather'
        ? gatherEvent(p)
        : kind === 'dial'
          ? dialEvent(p)
          : kind === 'enqueue'
            ? queueEvent(p, maxWait ?? 0)
            : recordEvent(this.transcripts.take(sessionId));
    try {
      const reply = await this.deps.engine.send(sessionId, event, {
        idempotencyKey: idempotencyKey(sessionId, kind, step),
        deadlineMs: this.deps.config.WEBHOOK_DEADLINE_MS,
      });
      return await this.answer(reply, ctx);
    } catch (error) {
      return this.refused(error, sessionId, ctx);
    }
  }

  private async resume(sessionId: string, step: number, ctx: TranslateContext): Promise<Verb[]> {
    const key = `${sessionId}:${step}`;
    const earlier = this.resumed.get(key);
    if (earlier) return earlier;
    let verbs: Verb[];
    try {
      const reply = await this.resumer.next(sessionId);
      verbs = reply ? await this.answer(reply, ctx) : [resumeVerb(ctx)];
    } catch (error) {
      verbs = await this.refused(error, sessionId, ctx);
    }
    this.resumed.set(key, verbs);
    return verbs;
  }

  /** The enqueue waitHook: announcements and hold music, or leave when the wait is over. */
  async wait(sessionId: string, p: HookPayload, requestUrl: string): Promise<Verb[]> {
    const record = await this.deps.engine.get(sessionId);
    const enqueue = record?.status === 'active' && record.waitingFor === 'queue' ? lastCommandOf(record, 'enqueue') : undefined;
    if (!enqueue) return [{ verb: 'leave' }];
    return waitVerbs(enqueue, p, this.context(requestUrl, sessionId, 0));
  }

  /** The dial's confirmHook: what the answering party hears before the caller is put through. */
  async whisper(sessionId: string, requestUrl: string): Promise<Verb[]> {
    const transfer = lastCommandOf(await this.deps.engine.get(sessionId), 'transfer');
    return transfer?.whisper ? [say(transfer.whisper, this.context(requestUrl, sessionId, 0))] : [];
  }

  transcript(sessionId: string, speech: unknown): Verb[] {
    const heard = transcriptOf(speech);
    if (heard) this.transcripts.set(sessionId, [this.transcripts.get(sessionId), heard.text].filter(Boolean).join(' ').slice(0, 10_000));
    return [];
  }

  /** The call status webhook: a call that is over ends its session (once, however often told). */
  async status(sessionId: string, status: string | undefined): Promise<Verb[]> {
    if (!status || !TERMINAL_STATUSES.has(status)) return [];
    this.transcripts.take(sessionId);
    try {
      await this.deps.engine.send(sessionId, { type: 'hangup' }, { idempotencyKey: idempotencyKey(sessionId, 'status', 0) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // Unknown (a leg we never ran) or already over: nothing to end.
    }
    return [];
  }

  private async answer(reply: Reply, ctx: TranslateContext): Promise<Verb[]> {
    const record = reply.commands.some((c) => c.type === 'message') && !ctx.smsFrom ? await this.deps.engine.get(reply.sessionId) : undefined;
    const sender = record ? (record.trigger === 'outbound' ? record.caller.number : record.called.number) : undefined;
    const verbs = replyVerbs(reply, sender ? { ...ctx, smsFrom: sender } : ctx);
    // A resume that found nothing new still has to leave jambonz something to wait on.
    if (keepsCallGoing(verbs)) return verbs;
    return [...verbs, ...reissueVerbs(await this.deps.engine.get(reply.sessionId), ctx)];
  }

  /** Hooks the session cannot take: out of order → ask again for what it waits for; over → hang up. */
  private async refused(error: unknown, sessionId: string, ctx: TranslateContext): Promise<Verb[]> {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'event.unexpected') return reissueVerbs(await this.deps.engine.get(sessionId), ctx);
    return [{ verb: 'hangup', headers: { 'X-Reason': error.code } }];
  }
}
