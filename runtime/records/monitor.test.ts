import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';

interface SseMessage {
  event: string;
  data: Record<string, any>;
}

/** Reads Server-Sent Events from a real HTTP stream, as a browser's EventSource would. */
async function openMonitor(url: string) {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const comments: string[] = [];
  const next = async (): Promise<SseMessage> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (frame.startsWith(':')) {
          comments.push(frame);
          continue;
        }
        const field = (name: string) => frame.split('\n').find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '';
        return { event: field('event'), data: JSON.parse(field('data')) };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
    }
  };
  // The first comment says the subscription is in place.
  while (comments.length === 0) {
    const { value } = await reader.read();
    buffer += value;
    if (buffer.startsWith(': connected\n\n')) {
      buffer = buffer.slice(': connected\n\n'.length);
      comments.push(': connected');
    }
  }
  const close = () => abort.abort();
  return { response, next, close, [Symbol.asyncDispose]: async () => close() };
}

const listeners = (server: Awaited<ReturnType<typeof runtime>>) => server.deps.monitor['emitter'].listenerCount('event');
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe('GET /api/monitor', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  /** Other features listen to the hub as well. */
  let others: number;
  beforeAll(async () => {
    server = await runtime();
    others = listeners(server);
  });
  afterAll(() => server.stop());

  it('streams each step of a running call as it happens', async () => {
    await using monitor = await openMonitor(`${server.url}/api/monitor`);
    expect(monitor.response.headers.get('content-type')).toContain('text/event-stream');
    const start = await postJson(`${server.url}/api/calls`, { scenarioId: 'caller-screening', from: '+4930555666' });
    const started = await monitor.next();
    expect(started).toMatchObject({ event: 'session.started', data: { sessionId: start.body.sessionId, scenarioId: 'caller-screening', caller: '+4930555666', nodeId: 'recordingConsent' } });
    expect(started.data.visits).toEqual(['start', 'blocklist', 'vipList', 'callerCountry', 'welcome', 'recordingConsent']);
    await postJson(`${server.url}/api/calls/${start.body.sessionId}/events`, { type: 'noInput' });
    expect(await monitor.next()).toMatchObject({ event: 'session.step', data: { event: { type: 'noInput' }, nodeId: 'serviceQueue' } });
    await postJson(`${server.url}/api/calls/${start.body.sessionId}/events`, { type: 'hangup' });
    expect(await monitor.next()).toMatchObject({ event: 'session.ended', data: { status: 'ended' } });
  });

  it('streams only the chosen scenario when asked', async () => {
    await using monitor = await openMonitor(`${server.url}/api/monitor?scenario=voice-robot`);
    await postJson(`${server.url}/api/calls`, { scenarioId: 'caller-screening', from: '+4990012345' });
    const robot = await postJson(`${server.url}/api/calls`, { scenarioId: 'voice-robot' });
    expect((await monitor.next()).data.sessionId).toBe(robot.body.sessionId);
  });

  it('unsubscribes when the client goes away', async () => {
    expect(await until(() => listeners(server) === others)).toBe(true);
    const monitor = await openMonitor(`${server.url}/api/monitor`);
    expect(listeners(server)).toBe(others + 1);
    monitor.close();
    expect(await until(() => listeners(server) === others)).toBe(true);
  });

  it('ends open streams when the server closes, so closing does not hang', async () => {
    const other = await runtime();
    const monitor = await openMonitor(`${other.url}/api/monitor`);
    const started = Date.now();
    await other.stop();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(monitor.next()).rejects.toThrow();
  });
});

describe('anonymised callers (ANONYMIZE_CALLERS=true)', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  let sessionId: string;
  const caller = '+4930123456767';
  beforeAll(async () => {
    server = await runtime({ ANONYMIZE_CALLERS: true });
  });
  afterAll(() => server.stop());

  it('masks the caller in the monitor stream', async () => {
    await using monitor = await openMonitor(`${server.url}/api/monitor`);
    const start = await postJson(`${server.url}/api/calls`, { scenarioId: 'caller-screening', from: caller, callerName: 'Erika Mustermann' });
    sessionId = start.body.sessionId;
    const message = await monitor.next();
    expect(message.data.caller).toBe('+49•••••67');
    expect(JSON.stringify(message.data)).not.toContain(caller);
    expect(JSON.stringify(message.data)).not.toContain('Mustermann');
  });

  it('masks the caller in call lists and call records, and drops the name', async () => {
    const list = await (await fetch(`${server.url}/api/calls`)).json();
    expect(list[0].caller).toEqual({ number: '+49•••••67' });
    const detail = await (await fetch(`${server.url}/api/calls/${sessionId}`)).text();
    expect(detail).not.toContain(caller);
    expect(detail).not.toContain('Mustermann');
    expect(JSON.parse(detail).caller.number).toBe('+49•••••67');
  });

  it('still stores the real number for the call itself', async () => {
    expect((await server.deps.engine.get(sessionId))!.caller.number).toBe(caller);
  });
});
