const MAX_REPLY_BYTES = 1_000_000;

/** Thrown for an answer that is not what the contract promises; the bot takes its error path. */
export class MalformedReply extends Error {}

/** POSTs JSON and returns the parsed JSON answer; an error status, a huge or a non-JSON body is an error. */
export async function postJson(url: string, body: unknown, options: { signal: AbortSignal; headers?: Record<string, string> }): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
    body: JSON.stringify(body),
    signal: options.signal,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  if (text.length > MAX_REPLY_BYTES) throw new MalformedReply(`${url} answered more than ${MAX_REPLY_BYTES} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedReply(`${url} answered with something that is not JSON: ${text.slice(0, 80)}`);
  }
}
