import type { Effect, HttpResponse } from '../session/context';
import { classifyByOverlap, type Classification } from './nlu';
import type { Providers } from './providers';

/** The internal event that answers an effect. */
export interface EffectResult {
  type: 'effectResult';
  result: string;
  response?: HttpResponse;
  intent?: string | null;
  confidence?: number;
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
  const builtIn = effect.controller.type === 'nlu';
  if (!builtIn && !providers.classify) {
    return { type: 'effectResult', result: 'error', note: `no ${String(effect.controller.type)} controller available` };
  }
  try {
    const c: Classification & { handoff?: boolean } = providers.classify
      ? await providers.classify(effect)
      : classifyByOverlap(effect.text, effect.locale, effect.intents);
    if (c.handoff) return { type: 'effectResult', result: 'handoff', note: 'the robot hands over' };
    const understood = c.intent !== null && c.confidence >= effect.threshold;
    return {
      type: 'effectResult',
      result: 'success',
      intent: understood ? c.intent : null,
      confidence: c.confidence,
      note: understood ? `intent ${c.intent} (${c.confidence})` : `not understood (best ${c.intent ?? 'none'} ${c.confidence})`,
    };
  } catch (error) {
    return { type: 'effectResult', result: 'error', note: `classification failed: ${(error as Error).message}` };
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
