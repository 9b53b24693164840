import { describe, expect, it } from 'vitest';
import { runtime } from '../../../test/support/server';
import { ChatClient } from './testing';

describe('stopping the runtime during a chat', () => {
  it('closes open chat sockets with 1001 (going away) so the widget reconnects, and does not hang', async () => {
    const server = await runtime();
    const client = await ChatClient.connect(server.url, 'support-chatbot');
    client.send({ type: 'start' });
    await client.next('input');
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await client.closedWith()).toEqual({ code: 1001, reason: 'server restarting' });
  });
});
