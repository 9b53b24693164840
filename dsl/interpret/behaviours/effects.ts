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
      intents: params.intents.map((i: { name: string; utterances: Record<string, string[]>; exit: boolean; slots?: string[] }) => ({
        name: i.name,
        utterances: i.utterances,
        exit: i.exit,
        ...(i.slots && i.slots.length > 0 ? { slots: i.slots } : {}),
      })),
      threshold: params.threshold,
      ...(params.slots ? { slots: params.slots } : {}),
      // The built-in NLU needs none of it, and it would only grow every stored snapshot.
      ...(params.controller.type !== 'nlu'
        ? {
            conversation: {
              sessionId: context.session.id,
              channel: context.session.channel,
              caller: context.caller.number,
              turn: context.attempts + 1,
              vars: context.vars,
            },
          }
        : {}),
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
};
