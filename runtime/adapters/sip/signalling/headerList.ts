/** RFC 3261 §7.3.3 compact forms (plus RFC 3515 r/b, RFC 3265 o/u). */
const COMPACT: Record<string, string> = {
  i: 'call-id', m: 'contact', e: 'content-encoding', l: 'content-length', c: 'content-type', f: 'from',
  s: 'subject', k: 'supported', t: 'to', v: 'via', r: 'refer-to', b: 'referred-by', o: 'event', u: 'allow-events',
};

const SPECIAL_CASE: Record<string, string> = {
  'call-id': 'Call-ID', cseq: 'CSeq', 'www-authenticate': 'WWW-Authenticate', 'mime-version': 'MIME-Version',
};

/** Headers whose values are comma-separated lists (§7.3.1) — only these may be split on commas;
 *  others (Date, authentication) contain commas of their own. */
const LIST_HEADERS = new Set([
  'via', 'route', 'record-route', 'contact', 'allow', 'supported', 'require', 'proxy-require', 'unsupported',
  'accept', 'allow-events',
]);

/** Splits on commas outside quoted strings and <…>. */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && quoted) {
      current += ch + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '<') angle = true;
    else if (!quoted && ch === '>') angle = false;
    if (ch === ',' && !quoted && !angle) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Ordered, case-insensitive SIP header list; names are stored in long lower-case form. */
export class SipHeaders {
  private readonly list: [string, string][] = [];

  static normalize(name: string): string {
    const lower = name.toLowerCase();
    return COMPACT[lower] ?? lower;
  }

  static canonical(name: string): string {
    const long = SipHeaders.normalize(name);
    return SPECIAL_CASE[long] ?? long.replace(/(^|-)([a-z])/g, (_, dash: string, ch: string) => dash + ch.toUpperCase());
  }

  add(name: string, value: string): this {
    this.list.push([SipHeaders.normalize(name), value]);
    return this;
  }

  /** Adds before every other header: for the Via we put on top of a request. */
  prepend(name: string, value: string): this {
    this.list.unshift([SipHeaders.normalize(name), value]);
    return this;
  }

  /** Rewrites the first element of a (list) header in place, e.g. the top Via's received/rport (§18.2.1). */
  updateFirst(name: string, update: (value: string) => string): this {
    const key = SipHeaders.normalize(name);
    const entry = this.list.find(([n]) => n === key);
    if (!entry) return this;
    const [first = '', ...rest] = LIST_HEADERS.has(key) ? splitList(entry[1]) : [entry[1]];
    entry[1] = [update(first), ...rest].join(', ');
    return this;
  }

  set(name: string, value: string): this {
    this.remove(name);
    return this.add(name, value);
  }

  remove(name: string): this {
    const key = SipHeaders.normalize(name);
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i]?.[0] === key) this.list.splice(i, 1);
    return this;
  }

  /** First value; for list headers, the first element of the list. */
  get(name: string): string | undefined {
    return this.getAll(name)[0];
  }

  /** Every value in order; list headers are split into their elements. */
  getAll(name: string): string[] {
    const key = SipHeaders.normalize(name);
    const values = this.list.filter(([n]) => n === key).map(([, v]) => v);
    return LIST_HEADERS.has(key) ? values.flatMap(splitList) : values;
  }

  has(name: string): boolean {
    return this.getAll(name).length > 0;
  }

  entries(): [string, string][] {
    return this.list.map(([n, v]) => [n, v]);
  }

  clone(): SipHeaders {
    const copy = new SipHeaders();
    for (const [n, v] of this.list) copy.add(n, v);
    return copy;
  }
}
