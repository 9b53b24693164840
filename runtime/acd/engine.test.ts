import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MonitorHub, type MonitorEvent } from '../monitor/hub';
import { openFileStorage } from '../storage/files';
import type { Storage } from '../storage/types';
import { Acd, type Enqueue, type QueueChange } from './engine';
import type { AgentInput } from './schema';

const START = Date.parse('2026-03-02T09:00:00Z');
let t: number;
let dir: string;
let storage: Storage;
let hub: MonitorHub;
let acd: Acd;

beforeEach(async () => {
  t = START;
  dir = await mkdtemp(joinPath(tmpdir(), 'acd-'));
  storage = await openFileStorage(dir);
  hub = new MonitorHub();
  acd = new Acd(storage, hub, { now: () => t });
});
afterEach(async () => {
  acd.close();
  await storage.close();
  await rm(dir, { recursive: true, force: true });
});

const later = (seconds: number) => (t += seconds * 1000);
const step = (sessionId: string, over: Partial<MonitorEvent> = {}): MonitorEvent => ({
  type: 'session.step',
  at: new Date(t).toISOString(),
  sessionId,
  scenarioId: 'shop',
  revision: 1,
  channel: 'voice',
  adapter: 'native',
  caller: '+4930123456',
  nodeId: 'queue',
  visits: [],
  status: 'active',
  endReason: null,
  commands: [],
  ...over,
});
/** What a session sends when it reaches a queue node. */
const join = (sessionId: string, settings: Partial<Enqueue> = {}) =>
  hub.publish(step(sessionId, { commands: [{ type: 'enqueue', nodeId: 'queue', queue: 'sales', priority: 0, skills: [], announceEvery: 60, maxWait: 600, ...settings }] }));
const agent = (id: string, over: Partial<AgentInput> = {}) =>
  acd.agents.put(id, { name: id, target: { type: 'sip', value: `sip:${id}@pbx.example` }, skills: [], queues: [], state: 'available', ...over });
/** Freeing an agent happens beside the session's step; wait for it rather than for a fixed time. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !check(value); i++) {
    await new Promise((r) => setTimeout(r, 10));
    value = await read();
  }
  return value;
}
const outcome = async (sessionId: string) => (await acd.status(sessionId))?.outcome;
const agentOf = async (sessionId: string) => (await acd.status(sessionId))?.assignment?.agentId;

describe('matching callers and agents', () => {
  it('gives the caller to the agent who has been idle longest', async () => {
    await agent('anna');
    later(60);
    await agent('ben');
    join('call-1');
    await acd.match();
    expect(await acd.status('call-1')).toMatchObject({ outcome: 'assigned', assignment: { agentId: 'anna', target: { type: 'sip', value: 'sip:anna@pbx.example' } }, position: null });
    expect(await acd.agents.get('anna')).toMatchObject({ state: 'busy', sessionId: 'call-1' });
    join('call-2');
    await acd.match();
    expect(await agentOf('call-2')).toBe('ben');
  });

  it('gives a caller only to an agent with every skill the queue asks for', async () => {
    await agent('anna', { skills: ['billing'] });
    later(60);
    await agent('ben', { skills: ['billing', 'premium'] });
    join('premium-caller', { skills: ['premium', 'billing'] });
    join('tech-caller', { skills: ['technical'] });
    await acd.match();
    expect(await agentOf('premium-caller')).toBe('ben');
    expect(await outcome('tech-caller')).toBe('waiting');
  });

  it('does not let a caller nobody can serve hold up the callers behind', async () => {
    await agent('anna');
    join('needs-french', { skills: ['french'], priority: 50 });
    later(1);
    join('anyone');
    await acd.match();
    expect(await outcome('needs-french')).toBe('waiting');
    expect(await agentOf('anyone')).toBe('anna');
  });

  it('serves only the queues an agent is listed for, when the agent lists any', async () => {
    await agent('anna', { queues: ['support'] });
    join('sales-caller');
    await acd.match();
    expect(await outcome('sales-caller')).toBe('waiting');
    join('support-caller', { queue: 'support' });
    await acd.match();
    expect(await agentOf('support-caller')).toBe('anna');
  });

  it('serves higher priority first, then who waited longest, and numbers positions so', async () => {
    join('early', { priority: 0 });
    later(5);
    join('later', { priority: 0 });
    later(5);
    join('vip', { priority: 10 });
    expect((await acd.status('vip'))?.position).toBe(1);
    expect((await acd.status('early'))?.position).toBe(2);
    expect((await acd.status('later'))?.position).toBe(3);
    await agent('anna');
    await acd.match();
    expect(await agentOf('vip')).toBe('anna');
    expect((await acd.status('early'))?.position).toBe(1);
    expect((await acd.status('later'))?.position).toBe(2);
  });
});

describe('leaving a queue', () => {
  it('times a caller out after maxWait, and the callers behind move up', async () => {
    join('first', { maxWait: 30 });
    later(1);
    join('second', { maxWait: 600 });
    later(28);
    expect(await outcome('first')).toBe('waiting');
    later(2);
    expect(await acd.status('first')).toMatchObject({ outcome: 'timeout', position: null, waitSeconds: 31, assignment: null });
    expect((await acd.status('second'))?.position).toBe(1);
    await agent('anna');
    await acd.match();
    expect(await agentOf('second')).toBe('anna');
  });

  it('reports the timeout by itself when nobody asks, with a real timer', async () => {
    const real = new Acd(storage, hub);
    const change = new Promise<QueueChange>((resolve) => real.onChange(resolve));
    join('impatient', { maxWait: 1 });
    try {
      expect(await change).toMatchObject({ sessionId: 'impatient', outcome: 'timeout', assignment: null });
    } finally {
      real.close();
    }
  });

  it('turns a caller away when maxSize callers already wait', async () => {
    const changes: QueueChange[] = [];
    acd.onChange((c) => changes.push(c));
    join('one', { maxSize: 2 });
    join('two', { maxSize: 2 });
    join('three', { maxSize: 2 });
    expect(await outcome('three')).toBe('full');
    expect(changes).toEqual([{ sessionId: 'three', queue: 'sales', outcome: 'full', assignment: null }]);
    hub.publish(step('one', { event: { type: 'hangup' }, status: 'ended', commands: [] }));
    join('four', { maxSize: 2 });
    expect(await outcome('four')).toBe('waiting');
  });

  it('takes a caller who hangs up out of the queue', async () => {
    join('gone');
    hub.publish(step('gone', { event: { type: 'hangup' }, status: 'ended', endReason: 'hangup' }));
    expect(await outcome('gone')).toBe('left');
    expect(await acd.queues()).toEqual([{ queue: 'sales', waiting: 0, longestWaitSeconds: 0, agentsAvailable: 0 }]);
  });

  it('frees an agent whose caller hung up before being connected, still the longest idle', async () => {
    await agent('anna');
    const idleSince = (await acd.agents.get('anna')).lastAvailableAt;
    join('caller');
    await acd.match();
    hub.publish(step('caller', { event: { type: 'hangup' }, status: 'ended' }));
    expect(await eventually(() => acd.agents.get('anna'), (a) => a.state === 'available')).toMatchObject({ state: 'available', sessionId: null, lastAvailableAt: idleSince });
  });

  it('keeps the agent busy once the caller was connected', async () => {
    await agent('anna');
    join('caller');
    await acd.match();
    hub.publish(step('caller', { event: { type: 'queueResult', result: 'answered' }, status: 'ended' }));
    // Give a wrongful release the time it would take.
    await eventually(() => acd.agents.get('anna'), (a) => a.state === 'available');
    expect(await acd.agents.get('anna')).toMatchObject({ state: 'busy', sessionId: 'caller' });
    expect(await outcome('caller')).toBe('assigned');
  });
});

describe('announcements', () => {
  const positionPrompt = { text: 'Sie sind an Position {{queue.position}}, Wartezeit etwa {{queue.waitMinutes}} Minuten.', locale: 'de-DE' };

  it('fills in position and estimated minutes while the caller waits', async () => {
    join('a', { positionPrompt });
    join('b', { positionPrompt });
    expect((await acd.status('b'))?.positionPrompt).toBe('Sie sind an Position 2, Wartezeit etwa 6 Minuten.');
  });

  it('estimates shorter waits with more agents on duty', async () => {
    await agent('anna', { state: 'busy' });
    await agent('ben', { state: 'busy' });
    await agent('chris', { state: 'offline' });
    join('a', { positionPrompt });
    join('b', { positionPrompt });
    expect(await acd.status('b')).toMatchObject({ position: 2, waitMinutes: 3, positionPrompt: 'Sie sind an Position 2, Wartezeit etwa 3 Minuten.' });
  });

  it('says nothing once the caller has an agent', async () => {
    await agent('anna');
    join('a', { positionPrompt });
    await acd.match();
    expect((await acd.status('a'))?.positionPrompt).toBeUndefined();
  });
});

describe('calls in a provider queue', () => {
  it('leaves Twilio and jambonz calls to the provider\'s own queue', async () => {
    await agent('anna');
    const enqueue = { type: 'enqueue' as const, nodeId: 'queue', queue: 'sales', priority: 0, skills: [], announceEvery: 60, maxWait: 600 };
    hub.publish(step('twilio-call', { adapter: 'twilio', commands: [enqueue] }));
    hub.publish(step('jambonz-call', { adapter: 'jambonz', commands: [enqueue] }));
    await acd.match();
    expect(await acd.status('twilio-call')).toBeUndefined();
    expect(await acd.status('jambonz-call')).toBeUndefined();
    expect(await acd.agents.get('anna')).toMatchObject({ state: 'available' });
  });
});
