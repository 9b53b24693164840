import { randomBytes } from 'node:crypto';
import { SipParseError } from './message';

export interface SipUri {
  scheme: string;
  user?: string;
  host: string;
  port?: number;
  params: Record<string, string>;
}

export interface NameAddr {
  displayName?: string;
  uri: string;
  params: Record<string, string>;
}

export interface Via {
  transport: string;
  host: string;
  port?: number;
  params: Record<string, string>;
}

/** ";a=1;b" → {a:'1', b:''}; names are case-insensitive (§7.3.1). */
export function parseParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf('=');
    const name = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : trimmed.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    params[name] = value;
  }
  return params;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** sip:, sips: and tel: URIs (§19.1, RFC 3966); the user part is percent-decoded. */
export function parseUri(uri: string): SipUri {
  const scheme = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(uri.trim());
  if (!scheme) throw new SipParseError(`bad URI "${uri.slice(0, 80)}"`);
  const name = (scheme[1] ?? '').toLowerCase();
  const rest = (scheme[2] ?? '').split('?')[0] ?? '';
  const [main = '', ...paramParts] = rest.split(';');
  const params = parseParams(paramParts.join(';'));
  if (name === 'tel') return { scheme: name, user: decode(main), host: '', params };
  const at = main.lastIndexOf('@');
  const userInfo = at >= 0 ? main.slice(0, at) : undefined;
  const hostPort = at >= 0 ? main.slice(at + 1) : main;
  const hp = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(hostPort);
  if (!hp) throw new SipParseError(`bad host in URI "${uri.slice(0, 80)}"`);
  const result: SipUri = { scheme: name, host: (hp[1] ?? '').toLowerCase(), params };
  if (hp[2]) result.port = Number(hp[2]);
  if (userInfo !== undefined) result.user = decode(userInfo.split(':')[0] ?? '');
  return result;
}

/** name-addr or addr-spec (§20.10): without <…>, trailing ;params belong to the header, not the URI. */
export function parseNameAddr(value: string): NameAddr {
  const text = value.trim();
  const bracketed = /^(?:"((?:[^"\\]|\\.)*)"|([^<"]*?))\s*<([^>]*)>(.*)$/.exec(text);
  if (bracketed) {
    const display = bracketed[1] !== undefined ? bracketed[1].replace(/\\(.)/g, '$1') : (bracketed[2] ?? '').trim();
    const result: NameAddr = { uri: (bracketed[3] ?? '').trim(), params: parseParams(bracketed[4] ?? '') };
    if (display) result.displayName = display;
    if (!result.uri) throw new SipParseError(`empty URI in "${text.slice(0, 80)}"`);
    return result;
  }
  const [uri = '', ...params] = text.split(';');
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(uri.trim())) throw new SipParseError(`bad address "${text.slice(0, 80)}"`);
  return { uri: uri.trim(), params: parseParams(params.join(';')) };
}

/** "SIP/2.0/UDP host:port;branch=…" (§20.42). */
export function parseVia(value: string): Via {
  const match = /^SIP\s*\/\s*2\.0\s*\/\s*([A-Za-z]+)\s+(\[[0-9a-fA-F:.]+\]|[^\s:;]+)(?:\s*:\s*(\d{1,5}))?\s*(.*)$/i.exec(value.trim());
  if (!match) throw new SipParseError(`bad Via "${value.slice(0, 80)}"`);
  const via: Via = { transport: (match[1] ?? '').toUpperCase(), host: match[2] ?? '', params: parseParams(match[4] ?? '') };
  if (match[3]) via.port = Number(match[3]);
  return via;
}

export function parseCSeq(value: string): { seq: number; method: string } {
  const match = /^(\d{1,10})\s+(\S+)$/.exec(value.trim());
  if (!match) throw new SipParseError(`bad CSeq "${value.slice(0, 40)}"`);
  return { seq: Number(match[1]), method: match[2] ?? '' };
}

/** §19.3: tags and Call-IDs need cryptographic randomness (at least 32 bits). */
export function newTag(): string {
  return randomBytes(6).toString('hex');
}

/** §8.1.1.7: branches start with the magic cookie so peers use RFC 3261 transaction matching. */
export function newBranch(): string {
  return 'z9hG4bK' + randomBytes(8).toString('hex');
}

export function newCallId(host: string): string {
  return `${randomBytes(12).toString('hex')}@${host}`;
}
