/** The webhooks a TwiML document asks Twilio to call back; each is a path under the call. */
export const CALLBACKS = ['gather', 'noinput', 'dial', 'queue', 'record', 'resume', 'whisper', 'wait'] as const;
export type Callback = (typeof CALLBACKS)[number];

export interface CallUrls {
  /** Absolute URL of a callback of this call, carrying the step so a retry can be told apart from a new event. */
  callback(kind: Callback, extra?: Record<string, string>): string;
  /** Audio given as a path is served beside the API; URLs are left alone. */
  audio(source: string): string;
}

export function callUrls(base: string, callSid: string, step: number): CallUrls {
  return {
    callback: (kind, extra = {}) => {
      const query = new URLSearchParams({ step: String(step), ...extra });
      return `${base}/twilio/calls/${encodeURIComponent(callSid)}/${kind}?${query.toString()}`;
    },
    audio: (source) => (/^[a-z][a-z0-9+.-]*:/i.test(source) ? source : `${base}/${source.replace(/^\/+/, '')}`),
  };
}

/** Where Twilio reaches us: PUBLIC_URL when configured (behind a proxy), else the address it just used. */
export function baseUrl(publicUrl: string | undefined, requestUrl: string): string {
  return (publicUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '');
}

/** The URL Twilio signed: the public address with the path and query it requested. */
export function signedUrl(publicUrl: string | undefined, requestUrl: string): string {
  if (!publicUrl) return requestUrl;
  const url = new URL(requestUrl);
  return `${publicUrl.replace(/\/+$/, '')}${url.pathname}${url.search}`;
}
