import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtime } from '../../../test/support/server';
import { MAX_FRAME_BYTES } from './protocol';
import { ChatClient } from './testing';

let server: Awaited<ReturnType<typeof runtime>>;
const clients: ChatClient[] = [];

beforeAll(async () => {
  server = await runtime();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.stop();
});

async function visitor(channel = 'support-chatbot'): Promise<ChatClient> {
  const client = await ChatClient.connect(server.url, channel);
  clients.push(client);
  return client;
}

describe('frames the chat does not accept', () => {
  it('answers each malformed frame with an error and keeps the socket usable', async () => {
    const client = await visitor();
    client.send('this is not json');
    expect(await client.next('error')).toEqual({ type: 'error', code: 'frame.invalid', message: 'the frame is not JSON' });
    client.send({ type: 'shout', text: 'hi' });
    expect((await client.next('error')).code).toBe('frame.invalid');
    client.send({ type: 'text', text: '' });
    expect((await client.next('error')).message).toMatch(/^text:/);
    client.send('null');
    expect((await client.next('error')).code).toBe('frame.invalid');
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await client.next('error')).code).toBe('frame.binary');
    client.send({ type: 'text', text: 'hello' });
    expect((await client.next('error')).code).toBe('session.notStarted');

    client.send({ type: 'start' });
    expect((await client.next('session')).resumed).toBe(false);
    await client.next('input');
    client.send({ type: 'choice', value: 'refund-everything' });
    const refused = await client.next('error');
    expect(refused.code).toBe('choice.unknown');
    expect(refused.message).toContain('internet, billing, moving, agent');
    client.send({ type: 'choice', value: 'agent' });
    expect((await client.next('input')).expect).toBe('email');
  });

  it('closes the socket with 1009 after an error for a frame over 16 KB', async () => {
    const client = await visitor();
    client.send({ type: 'text', text: 'x'.repeat(MAX_FRAME_BYTES) });
    expect((await client.next('error')).code).toBe('frame.tooLarge');
    expect((await client.closedWith()).code).toBe(1009);
  });

  it('drops a frame far beyond the limit without reading it into memory', async () => {
    const client = await visitor();
    client.send('y'.repeat(MAX_FRAME_BYTES * 10));
    expect((await client.closedWith()).code).toBe(1009);
  });

  it('reports a chat channel that nothing is bound to, and still lets the visitor start elsewhere', async () => {
    const client = await visitor('no-such-channel');
    client.send({ type: 'start' });
    const error = await client.next('error');
    expect(error.code).toBe('notFound');
    expect(error.message).toContain("chat 'no-such-channel'");
    client.send({ type: 'text', text: 'hello' });
    expect((await client.next('error')).code).toBe('session.notStarted');
  });

  it('refuses to resume a session of another channel', async () => {
    const first = await visitor('support-chatbot');
    first.send({ type: 'start' });
    const { sessionId } = await first.next('session');
    const other = await ChatClient.connect(server.url, 'voice-robot', sessionId);
    clients.push(other);
    other.send({ type: 'start' });
    const session = await other.next('session');
    expect(session).toMatchObject({ resumed: false });
    expect(session.sessionId).not.toBe(sessionId);
  });
});

describe('the chat endpoint over plain HTTP', () => {
  it('asks for a WebSocket upgrade and names a missing channel', async () => {
    const plain = await fetch(`${server.url}/chat/ws?channel=support-chatbot`);
    expect(plain.status).toBe(426);
    const missing = await fetch(`${server.url}/chat/ws`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toMatch(/^channel:/);
  });

  it('refuses the upgrade without a channel', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/chat/ws`);
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('open', () => resolve(101));
      socket.on('error', () => resolve(undefined));
    });
    expect(status).toBe(400);
  });
});
