import { SipHeaders, type SipRequest, type SipResponse } from './message';

const REASONS: Record<number, string> = {
  100: 'Trying', 180: 'Ringing', 183: 'Session Progress', 200: 'OK', 202: 'Accepted', 400: 'Bad Request',
  403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout', 415: 'Unsupported Media Type',
  416: 'Unsupported URI Scheme', 420: 'Bad Extension', 480: 'Temporarily Unavailable',
  481: 'Call/Transaction Does Not Exist', 482: 'Loop Detected', 486: 'Busy Here', 487: 'Request Terminated',
  488: 'Not Acceptable Here', 489: 'Bad Event', 491: 'Request Pending', 500: 'Server Internal Error',
  501: 'Not Implemented', 503: 'Service Unavailable', 600: 'Busy Everywhere', 603: 'Decline', 604: 'Does Not Exist Anywhere',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status < 200 ? 'Session Progress' : status < 300 ? 'OK' : 'Error');
}

/** Methods this user agent understands as a server (advertised in Allow, §20.5). */
export const ALLOWED_METHODS = ['INVITE', 'ACK', 'BYE', 'CANCEL', 'OPTIONS', 'INFO', 'NOTIFY'] as const;
export const ALLOW = ALLOWED_METHODS.join(', ');

export interface ResponseOptions {
  reason?: string;
  toTag?: string;
  headers?: [string, string][];
  body?: { contentType: string; content: string };
}

/** §8.2.6.2: a response copies Via, From, To, Call-ID and CSeq from the request; a To-tag is added
 *  unless the request already had one (in-dialog) or the response is 100 Trying. */
export function makeResponse(request: SipRequest, status: number, options: ResponseOptions = {}): SipResponse {
  const source = request.headers;
  const headers = new SipHeaders();
  for (const via of source.entries().filter(([name]) => name === 'via')) headers.add('via', via[1]);
  if (status >= 101 && status < 300 && request.method === 'INVITE') {
    // §12.1.1: dialog-creating responses echo Record-Route so both ends share the route set.
    for (const [name, value] of source.entries()) if (name === 'record-route') headers.add(name, value);
  }
  for (const name of ['from', 'call-id', 'cseq']) {
    const value = source.entries().find(([n]) => n === name)?.[1];
    if (value !== undefined) headers.add(name, value);
  }
  const to = source.entries().find(([n]) => n === 'to')?.[1];
  if (to !== undefined) {
    const hasTag = /;\s*tag\s*=/i.test(to.replace(/<[^>]*>/g, ''));
    headers.add('to', !hasTag && options.toTag && status > 100 ? `${to};tag=${options.toTag}` : to);
  }
  for (const [name, value] of options.headers ?? []) headers.add(name, value);
  let body = Buffer.alloc(0);
  if (options.body) {
    headers.add('content-type', options.body.contentType);
    body = Buffer.from(options.body.content, 'utf8');
  }
  return { kind: 'response', status, reason: (options.reason ?? reasonPhrase(status)).replace(/[\r\n]+/g, ' '), headers, body };
}
