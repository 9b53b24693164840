import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXAMPLES_DIR } from '../../../test/support/examples';
import { readConfig } from '../../config';
import { startServer, type Running } from '../../server';
import { chatIdleFloor, idleSeconds } from './idle';
import { chatFeature } from './routes';
import { ChatClient } from './testing';

describe('how long a chat waits for the visitor', () => {
  it('waits the gather timeout, but at least CHAT_IDLE_SECONDS (120 by default)', () => {
    expect(chatIdleFloor({})).toBe(120);
    expect(chatIdleFloor({ CHAT_IDLE_SECONDS: '45' })).toBe(45);
    expect(idleSeconds(300, 120)).toBe(300);
    expect(idleSeconds(6, 120)).toBe(120);
  });

  it('ignores a CHAT_IDLE_SECONDS that is not a positive number, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(chatIdleFloor({ CHAT_IDLE_SECONDS: 'soon' })).toBe(120);
    expect(chatIdleFloor({ CHAT_IDLE_SECONDS: '-5' })).toBe(120);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

describe('a visitor who goes quiet', () => {
  let running: Running;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'callflow-chat-idle-'));
    const config = { ...readConfig({}), PORT: 0, HOST: '127.0.0.1', DATA_DIR: dataDir, EXAMPLES_DIR };
    running = await startServer(config, [chatFeature({ idleSeconds: () => 0.2 })]);
  });
  afterAll(async () => {
    await running.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('hears noInput after the idle time: the menu asks once more, then the chat closes', async () => {
    const client = await ChatClient.connect(running.url, 'support-chatbot');
    client.send({ type: 'start' });
    const { sessionId } = await client.next('session');
    expect(await client.next('input')).toEqual({ type: 'input', expect: 'choice', timeoutSeconds: 0.2 });
    const again = await client.until((f) => f.type === 'input');
    expect(client.messages(again)).toEqual([expect.stringMatching(/^What can I help you with today\?/)]);
    expect(again.some((f) => f.type === 'choices')).toBe(true);
    const closing = await client.until((f) => f.type === 'ended');
    expect(client.messages(closing)).toEqual([expect.stringMatching(/^It's been quiet for a while/)]);
    expect(closing.at(-1)).toEqual({ type: 'ended', reason: 'idle' });
    expect((await running.deps.engine.get(sessionId))!.visits).toEqual(['start', 'greeting', 'topicMenu', 'idleClose']);
    await client.close();
  });

  it('still closes a conversation whose visitor left the page', async () => {
    const client = await ChatClient.connect(running.url, 'support-chatbot');
    client.send({ type: 'start' });
    const { sessionId } = await client.next('session');
    await client.next('input');
    await client.close();
    const deadline = Date.now() + 3000;
    while ((await running.deps.engine.get(sessionId))!.status === 'active' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await running.deps.engine.get(sessionId))!.endReason).toBe('idle');
  });

  it('starts no timer while the visitor waits for an agent', async () => {
    const client = await ChatClient.connect(running.url, 'support-chatbot');
    client.send({ type: 'start' });
    const { sessionId } = await client.next('session');
    await client.next('input');
    client.send({ type: 'choice', value: 'agent' });
    await client.next('input');
    client.send({ type: 'text', text: 'ann@example.com' });
    await client.next('handoff');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await running.deps.engine.get(sessionId))!).toMatchObject({ status: 'active', waitingFor: 'queue' });
    await client.close();
  });
});
