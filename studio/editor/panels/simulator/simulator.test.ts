import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../../dsl/compile';
import { createSession, simulate } from '../../../../dsl/interpret';
import type { Scenario } from '../../../../dsl/schema/document';
import { validate } from '../../../../dsl/validate';
import { bodyProblem, mockHttp } from './mocks';
import { entersBy, startingAt } from './startFrom';
import { loadSubflows, subflowIds } from './subflows';
import { entriesOf } from './transcript';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', '..', 'examples');
const example = (name: string): Scenario => validate(JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'))).scenario!;
const request = { method: 'GET', url: 'https://crm.example/x', headers: {}, timeout: 5 };
const signal = new AbortController().signal;

describe('starting the simulation at a node', () => {
  const menu = example('multilingual-menu');

  it('points the channel\'s start port at the chosen node and leaves the original alone', () => {
    const copy = startingAt(menu, 'mainMenu', 'voice');
    expect(copy.nodes.start).toMatchObject({ on: { call: 'mainMenu' } });
    expect(menu.nodes.start).toMatchObject({ on: { call: 'languageMenu' } });
  });

  it('runs from the chosen node: pressing 1 in the main menu reaches the outage transfer', async () => {
    const result = await simulate(compile(startingAt(menu, 'mainMenu', 'voice'), { validated: true }), ['1', 'transfer:answered']);
    expect(result.path.slice(0, 3)).toEqual(['start', 'mainMenu', 'outageLine']);
    expect(result.error).toBeUndefined();
  });

  it('keeps the scenario for the start node, no node or an unknown one', () => {
    expect(startingAt(menu, null, 'voice')).toBe(menu);
    expect(startingAt(menu, 'start', 'voice')).toBe(menu);
    expect(startingAt(menu, 'nowhere', 'voice')).toBe(menu);
  });

  it('tells whether a channel can enter: a voice-only scenario has no chat entry until one is chosen', () => {
    expect(entersBy(menu, 'voice')).toBe(true);
    expect(entersBy(menu, 'chat')).toBe(false);
    expect(entersBy(startingAt(menu, 'mainMenu', 'chat'), 'chat')).toBe(true);
  });
});

describe('subflows', () => {
  const withSubflow = (id: string, target: string): Scenario => ({
    ...example('multilingual-menu'),
    id,
    nodes: { ...example('multilingual-menu').nodes, sub: { kind: 'subflow', scenario: target, inputs: {}, outputs: {}, on: {} } as never },
  });

  it('fetches the scenarios subflow nodes run, and theirs, once each', async () => {
    const outer = withSubflow('outer', 'inner');
    const inner = withSubflow('inner', 'outer');
    const fetched: string[] = [];
    const found = await loadSubflows(outer, async (id) => {
      fetched.push(id);
      return id === 'inner' ? inner : outer;
    });
    expect(subflowIds(outer)).toEqual(['inner']);
    expect(fetched).toEqual(['inner']);
    expect([...found.keys()]).toEqual(['inner']);
  });

  it('leaves out a scenario that cannot be fetched', async () => {
    const found = await loadSubflows(withSubflow('outer', 'gone'), () => Promise.reject(new Error('404')));
    expect(found.size).toBe(0);
  });
});

describe('HTTP mocks', () => {
  it('answers with the status and JSON body entered for the node, also inside a subflow', async () => {
    const http = mockHttp({ lookup: { mode: 'response', status: 201, body: '{"name":"Ada"}' } });
    await expect(http(request, { signal, nodeId: 'lookup' })).resolves.toMatchObject({ status: 201, body: { name: 'Ada' } });
    await expect(http(request, { signal, nodeId: 'sub~lookup' })).resolves.toMatchObject({ status: 201 });
  });

  it('fails like the network for timeout, error and unmocked nodes', async () => {
    const http = mockHttp({ slow: { mode: 'timeout', status: 200, body: '' }, down: { mode: 'error', status: 200, body: '' } });
    await expect(http(request, { signal, nodeId: 'slow' })).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(http(request, { signal, nodeId: 'down' })).rejects.toThrow('connection refused');
    await expect(http(request, { signal, nodeId: 'other' })).rejects.toThrow('no mock');
  });

  it('reports a body that is not JSON', () => {
    expect(bodyProblem('{"a": 1}')).toBeUndefined();
    expect(bodyProblem('')).toBeUndefined();
    expect(bodyProblem('{a')).toBeTypeOf('string');
  });
});

describe('transcript', () => {
  it('shows the prompt, the key pressed and the transfer, without node visits', async () => {
    const session = createSession(compile(startingAt(example('multilingual-menu'), 'mainMenu', 'voice'), { validated: true }));
    const first = await session.start({ type: 'start', sessionId: 's', trigger: 'call', channel: 'voice', caller: { number: '+352' }, called: { number: '' }, locale: 'en-US', vars: {}, startedAt: '2026-01-01T00:00:00Z' });
    const second = await session.send({ type: 'digits', digits: '1' });
    const entries = [...entriesOf(first.happenings), ...entriesOf(second.happenings)];
    expect(entries.map((e) => e.key)).toEqual(['tx.start', 'tx.say', 'tx.digits', 'tx.say', 'tx.transfer']);
    expect(entries[1]).toMatchObject({ who: 'bot', nodeId: 'mainMenu', values: { locale: 'en-US' } });
    expect(entries[1]!.values.text).toContain('press 1');
    expect(entries[4]).toMatchObject({ who: 'system', nodeId: 'outageLine' });
    expect(second.waitingFor).toBe('transfer');
  });
});
