/**
 * The webhook URLs we hand to jambonz. Each action hook names the session, what it reports
 * and a step counter, so a retried delivery carries the same idempotency key and a stale one
 * (from an earlier step) is told apart from the current one.
 */
export const ACTION_KINDS = ['gather', 'dial', 'enqueue', 'record', 'resume'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const PREFIX = '/jambonz';

export interface Addresses {
  /** Prefix of our hook URLs: PUBLIC_URL when configured, else '' (paths relative to the application URL). */
  http: string;
  /** Where `listen` streams recordings to (jambonz needs an absolute ws:// or wss:// URL). */
  recorder: string;
  /** Base of relative audio paths. */
  audio: string;
}

export interface Hooks {
  readonly sessionId: string;
  readonly step: number;
  action(kind: ActionKind, query?: Record<string, string | number>): string;
  wait(): string;
  whisper(): string;
  transcript(): string;
  recorder: string;
  audio(path: string): string;
}

export function hooksFor(addresses: Addresses, sessionId: string, step: number): Hooks {
  const sid = encodeURIComponent(sessionId);
  const at = (path: string) => `${addresses.http}${PREFIX}${path}`;
  return {
    sessionId,
    step,
    action: (kind, query) => {
      const search = query ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}` : '';
      return at(`/hook/${sid}/${kind}/${step}${search}`);
    },
    wait: () => at(`/wait/${sid}/${step}`),
    whisper: () => at(`/whisper/${sid}/${step}`),
    transcript: () => at(`/transcript/${sid}`),
    recorder: addresses.recorder,
    audio: (path) => (/^[a-z][a-z0-9+.-]*:/i.test(path) ? path : `${addresses.audio}/${path.replace(/^\/+/, '')}`),
  };
}

export const idempotencyKey = (sessionId: string, kind: string, step: number) => `jambonz:${sessionId}:${kind}:${step}`;

/** Addresses from the configured public URL, or from the request that reached us. */
export function addressesFor(
  requestUrl: string,
  publicUrl: string | undefined,
  overrides: { recorder?: string | undefined; audio?: string | undefined },
): Addresses {
  const origin = (publicUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '');
  return {
    http: publicUrl ? origin : '',
    recorder: overrides.recorder ?? `${origin.replace(/^http/i, 'ws')}${PREFIX}/recorder`,
    audio: (overrides.audio ?? origin).replace(/\/+$/, ''),
  };
}
