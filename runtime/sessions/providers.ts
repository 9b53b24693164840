import { numberListed, type Providers } from '../../dsl/interpret';
import { botControllers, type RunTurn } from '../bot/controllers';
import type { Storage } from '../storage/types';
import { callerListEntries } from './callerLists';

const MAX_RESPONSE_BYTES = 1_000_000;

/** Real HTTP for http nodes, as live calls and the simulator's "sent by the runtime" send it; bodies over 1 MB are refused. */
export const sendHttp: NonNullable<Providers['http']> = async (request, { signal }) => {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.method === 'GET' || request.method === 'DELETE' ? undefined : request.body,
    signal,
    redirect: 'follow',
  });
  const text = await response.text();
  // A CRM that answers with megabytes would fill every snapshot of the call.
  if (text.length > MAX_RESPONSE_BYTES) throw new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`);
  let body: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, body, headers };
};

/** The runtime's providers: real HTTP with a size limit, stored caller lists, the real clock, the bot controllers. */
export function runtimeProviders(storage: Storage, now: () => Date = () => new Date(), bots: RunTurn = botControllers()): Providers {
  return {
    now,
    classify: bots,
    http: sendHttp,
    callerListed: async (list, number) => numberListed(number, await callerListEntries(storage, list)),
  };
}
