import type { Effect, HttpResponse } from '../session/context';
import { classifyByOverlap, type BotTurn } from './nlu';
import type { Providers } from './providers';

/** The internal event that answers an effect. */
export interface EffectResult {
  type: 'effectResult';
  result: string;
  response?: HttpResponse;
  intent?: string | null;
  confidence?: number;
  /** A bot controller's own words and variables. */
  replies?: string[];
  vars?: Record<string, unknown>;
  /** Why the effect took this result, for the transcript and the call record. */
  note: string;
}

class Timeout extends Error {}

async function withTimeout<T>(seconds: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Timeout());
    }, seconds * 1000);
  });
  try {
    return await Promise.race([run(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function runHttp(effect: Extract<Effect, { kind: 'http' }>, providers: Providers): Promise<EffectResult> {
  const { request } = effect;
  const line = `${request.method} ${request.url}`;
  if (!providers.http) return { type: 'effectResult', result: 'error', note: `${line}: no HTTP provider` };
  let last: EffectResult = { type: 'effectResult', result: 'error', note: line };
  // Network errors and 5xx are retried; a 4xx is the server's answer and is not.
  for (let attempt = 0; attempt <= effect.retries; attempt++) {
    try {
      const response = await withTimeout(request.timeout, (signal) => providers.http!(request, { signal, nodeId: effect.nodeId }));
      const ok = response.status >= 200 && response.status < 400;
      last = { type: 'effectResult', result: ok ? 'success' : 'error', response, note: `${line} → ${response.status}` };
      if (ok || response.status < 500) return last;
    } catch (error) {
      // A provider may report its own timeout the way fetch does, as a TimeoutError.
      if (error instanceof Timeout || (error as Error | undefined)?.name === 'TimeoutError') last = { type: 'effectResult', result: 'timeout', note: `${line} → no answer within ${request.timeout}s` };
      else last = { type: 'effectResult', result: 'error', note: `${line} → ${(error as Error).message}` };
    }
  }
  return last;
}

/** Numbers compare without spaces or dashes, and 00 as +; an entry ending in * matches a prefix. */
export function normaliseNumber(number: string): string {
  return number.replace(/[\s\-()/]/g, '').replace(/^00/, '+');
}

export function numberListed(number: string, entries: string[]): boolean {
  const n = normaliseNumber(number);
  return entries.some((entry) => {
    const e = normaliseNumber(entry);
    return e.endsWith('*') ? n.startsWith(e.slice(0, -1)) : n === e;
  });
}

async function runLookup(effect: Extract<Effect, { kind: 'lookupCaller' }>, providers: Providers): Promise<EffectResult> {
  const inline = numberListed(effect.number, effect.numbers);
  let named = false;
  let note = '';
  if (!inline && effect.list !== undefined) {
    if (providers.callerListed) named = await providers.callerListed(effect.list, effect.number);
    else note = ` (list '${effect.list}' not available here)`;
  }
  const listed = inline || named;
  return { type: 'effectResult', result: listed ? 'listed' : 'notListed', note: `${effect.number || 'unknown number'} ${listed ? 'is' : 'is not'} listed${note}` };
}

async function runClassify(effect: Extract<Effect, { kind: 'classify' }>, providers: Providers): Promise<EffectResult> {
  const type = String(effect.controller.type);
  if (type !== 'nlu' && !providers.classify) return { type: 'effectResult', result: 'error', note: `no ${type} controller available` };
  // The node's timeout bounds remote controllers; the built-in NLU gets a generous one for its first training.
  const seconds = typeof effect.controller.timeout === 'number' ? effect.controller.timeout : 30;
  // A controller that rejects as soon as it is aborted must still count as too slow, not as failed.
  let timedOut = false;
  try {
    const turn: BotTurn = providers.classify
      ? await withTimeout(seconds, (signal) => {
          signal.addEventListener('abort', () => (timedOut = true), { once: true });
          return providers.classify!(effect, { signal });
        })
      : classifyByOverlap(effect.text, effect.locale, effect.intents);
    const extra = { ...(turn.replies?.length ? { replies: turn.replies } : {}), ...(turn.vars ? { vars: turn.vars } : {}) };
    if (turn.handoff) return { type: 'effectResult', result: 'handoff', ...extra, note: 'the robot hands over' };
    const known = turn.intent === 'handoff' || (turn.intent !== null && effect.intents.some((i) => i.name === turn.intent));
    const understood = known && turn.confidence >= effect.threshold;
    const unknown = turn.intent !== null && !known ? ` (unknown intent '${turn.intent}')` : '';
    return {
      type: 'effectResult',
      result: 'success',
      intent: understood ? turn.intent : null,
      confidence: turn.confidence,
      ...extra,
      note: understood
        ? `intent ${turn.intent} (${turn.confidence})`
        : extra.replies
          ? `replied in its own words${unknown}`
          : `not understood (best ${turn.intent ?? 'none'} ${turn.confidence})${unknown}`,
    };
  } catch (error) {
    if (timedOut || error instanceof Timeout || (error as Error | undefined)?.name === 'TimeoutError') {
      return { type: 'effectResult', result: 'error', note: `${type} controller: no answer within ${seconds}s` };
    }
    return { type: 'effectResult', result: 'error', note: `${type} controller failed: ${(error as Error).message}` };
  }
}

export function runEffect(effect: Effect, providers: Providers): Promise<EffectResult> {
  switch (effect.kind) {
    case 'http':
      return runHttp(effect, providers);
    case 'lookupCaller':
      return runLookup(effect, providers);
    case 'classify':
      return runClassify(effect, providers);
  }
}
