import { evaluate, renderTemplate } from '../../expr';
import type { HttpResponse } from '../../session/context';
import { scopeOf } from '../scope';
import { update } from './kit';

const looksLikeJson = (body: string) => /^\s*[[{]/.test(body);

/** Placeholder values are escaped for where they land: URL-encoded in URLs, JSON-escaped in JSON bodies. */
function renderEscaped(template: string, scope: object, escape: (value: string) => string): string {
  return renderTemplate(template, scope as never, { escape });
}

const jsonEscape = (value: string) => JSON.stringify(value).slice(1, -1);

export const effectActions = {
  request: update((context, _event, params) => {
    const scope = scopeOf(context);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((params.headers ?? {}) as Record<string, string>)) {
      headers[name] = renderTemplate(value, scope);
    }
    let body: string | undefined;
    if (params.body !== undefined) {
      const json = looksLikeJson(params.body);
      body = json ? renderEscaped(params.body, scope, jsonEscape) : renderTemplate(params.body, scope);
      if (json && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    }
    return {
      pending: {
        kind: 'http',
        nodeId: params.nodeId,
        retries: params.retries,
        request: { method: params.method, url: renderEscaped(params.url, scope, encodeURIComponent), headers, body, timeout: params.timeout },
      },
    };
  }),
  lookupCaller: update((context, _event, params) => ({
    pending: { kind: 'lookupCaller', nodeId: params.nodeId, number: context.caller.number, list: params.list, numbers: params.numbers ?? [] },
  })),
  classify: update((context, _event, params) => ({
    pending: {
      kind: 'classify',
      nodeId: params.nodeId,
      text: context.input?.value ?? '',
      locale: context.locale,
      controller: params.controller,
      intents: params.intents.map((i: { name: string; utterances: Record<string, string[]>; exit: boolean }) => ({
        name: i.name,
        utterances: i.utterances,
        exit: i.exit,
      })),
      threshold: params.threshold,
    },
  })),
  clearPending: update(() => ({ pending: null })),
  captureResponse: update((_context, event) => ({ response: (event.response as HttpResponse | undefined) ?? null })),
  mapResponse: update((context, _event, params) => {
    const vars = { ...context.vars };
    for (const [name, expression] of Object.entries(params.map as Record<string, string>)) {
      vars[name] = evaluate(expression, scopeOf(context)) ?? null;
    }
    return { vars };
  }),
  captureIntent: update((_context, event) => ({ outcome: typeof event.intent === 'string' ? event.intent : null })),
};
