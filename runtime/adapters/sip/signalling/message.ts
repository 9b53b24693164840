import { SipHeaders } from './headerList';

export { SipHeaders } from './headerList';

/** A datagram or stream segment that is not a SIP message we can act on. `request` is set when
 *  the start line and headers were readable, so the endpoint can still answer 400. */
export class SipParseError extends Error {
  override readonly name = 'SipParseError';
  constructor(
    message: string,
    readonly request?: { method: string; uri: string; headers: SipHeaders },
  ) {
    super(message);
  }
}

export interface SipRequest {
  kind: 'request';
  method: string;
  uri: string;
  headers: SipHeaders;
  body: Buffer;
}

export interface SipResponse {
  kind: 'response';
  status: number;
  reason: string;
  headers: SipHeaders;
  body: Buffer;
}

export type SipMessage = SipRequest | SipResponse;

const TOKEN = /^[A-Za-z0-9.!%*_+`'~-]+$/;
const MAX_MESSAGE_BYTES = 65_535;
const MANDATORY = ['via', 'from', 'to', 'call-id', 'cseq'] as const;

/** Where the header block ends: CRLFCRLF per RFC 3261 §7, bare LFLF tolerated. */
function splitHead(data: Buffer): { head: string; bodyStart: number } | undefined {
  const crlf = data.indexOf('\r\n\r\n');
  const lf = data.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { head: data.subarray(0, crlf).toString('utf8'), bodyStart: crlf + 4 };
  if (lf >= 0) return { head: data.subarray(0, lf).toString('utf8'), bodyStart: lf + 2 };
  return undefined;
}

/** Header lines, with folded continuation lines (leading SP/HT, §7.3.1) joined to the previous one. */
function unfold(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && out.length > 0) out[out.length - 1] += ' ' + line.trim();
    else out.push(line);
  }
  return out;
}

type StartLine = { kind: 'request'; method: string; uri: string } | { kind: 'response'; status: number; reason: string };

function parseStartLine(line: string): StartLine {
  const response = /^SIP\/2\.0 ([1-6]\d\d) ?(.*)$/i.exec(line);
  if (response) return { kind: 'response', status: Number(response[1]), reason: response[2] ?? '' };
  const parts = line.split(' ');
  const [method, uri, version] = parts;
  if (parts.length !== 3 || !method || !uri || !TOKEN.test(method) || !/^SIP\/2\.0$/i.test(version ?? '')) {
    throw new SipParseError(`bad start line "${line.slice(0, 80)}"`);
  }
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(uri)) throw new SipParseError(`bad Request-URI "${uri.slice(0, 80)}"`);
  return { kind: 'request', method, uri };
}

/** Parses one SIP message (RFC 3261 §7). `stream` is true for TCP, where Content-Length is required
 *  and `data` must already be framed to exactly one message. Throws SipParseError only. */
export function parseMessage(data: Buffer, stream = false): SipMessage {
  if (data.length > MAX_MESSAGE_BYTES) throw new SipParseError(`message too large (${data.length} bytes)`);
  // Keep-alives (RFC 5626 §4.4.1: CRLF) and leading blank lines are not messages.
  let start = 0;
  while (start < data.length && (data[start] === 0x0d || data[start] === 0x0a)) start++;
  if (start === data.length) throw new SipParseError('empty datagram');
  const split = splitHead(start > 0 ? data.subarray(start) : data);
  if (!split) throw new SipParseError('truncated: no empty line after the headers');
  const [first = '', ...rest] = split.head.split(/\r?\n/);
  const startLine = parseStartLine(first);
  const headers = new SipHeaders();
  for (const line of unfold(rest)) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!TOKEN.test(name)) throw new SipParseError(`bad header line "${line.slice(0, 80)}"`);
    headers.add(name, line.slice(colon + 1).trim());
  }
  const partial = startLine.kind === 'request' ? { method: startLine.method, uri: startLine.uri, headers } : undefined;
  const fail = (message: string): never => {
    throw new SipParseError(message, partial);
  };

  const available = data.subarray(start + split.bodyStart);
  const lengthHeader = headers.get('content-length');
  let body = available;
  if (lengthHeader !== undefined) {
    if (!/^\d{1,5}$/.test(lengthHeader)) fail(`bad Content-Length "${lengthHeader.slice(0, 20)}"`);
    const length = Number(lengthHeader);
    // §18.3: a body shorter than Content-Length is an error; extra datagram bytes are discarded.
    if (length > available.length) fail(`Content-Length ${length} but the body has ${available.length} bytes`);
    body = available.subarray(0, length);
  } else if (stream) {
    fail('Content-Length missing on a stream transport');
  }

  for (const name of MANDATORY) if (!headers.get(name)) fail(`missing ${SipHeaders.canonical(name)} header`);
  const cseq = /^(\d{1,10})\s+(\S+)$/.exec(headers.get('cseq') ?? '');
  if (!cseq || Number(cseq[1]) > 2 ** 31 - 1) fail(`bad CSeq "${headers.get('cseq')?.slice(0, 40)}"`);
  if (startLine.kind === 'request' && cseq?.[2] !== startLine.method) {
    fail(`CSeq method ${cseq?.[2]} does not match request method ${startLine.method}`);
  }
  return startLine.kind === 'request'
    ? { kind: 'request', method: startLine.method, uri: startLine.uri, headers, body: Buffer.from(body) }
    : { kind: 'response', status: startLine.status, reason: startLine.reason, headers, body: Buffer.from(body) };
}

/** Serializes with canonical header names and a Content-Length that always matches the body. */
export function serializeMessage(message: SipMessage): Buffer {
  const startLine =
    message.kind === 'request' ? `${message.method} ${message.uri} SIP/2.0` : `SIP/2.0 ${message.status} ${message.reason}`;
  const lines = [startLine];
  for (const [name, value] of message.headers.entries()) {
    if (name !== 'content-length') lines.push(`${SipHeaders.canonical(name)}: ${value}`);
  }
  lines.push(`Content-Length: ${message.body.length}`, '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'utf8'), message.body]);
}
