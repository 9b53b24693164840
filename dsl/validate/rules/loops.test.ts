import { describe, expect, it } from 'vitest';
import { bye, doc, found, say } from '../test-helpers';
import { stronglyConnected } from './loops';

const set = (next: string) => ({ kind: 'set', assign: [{ variable: 'n', value: 'vars.n + 1' }], next });
const vars = { variables: { n: { type: 'number', default: 0 } } };

describe('loops rule', () => {
  it('reports a cycle of steps that never wait, naming the cycle', () => {
    const [d, ...rest] = found(doc({ a: say('A', 'b'), b: set('a') }, vars), 'loop.noWait');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', nodeId: 'a', path: ['nodes', 'a'] });
    expect(d?.message).toBe(
      "Say 'a': these steps can loop forever without waiting for the caller: a → b → a; add a step that waits (a menu or a question) or break the loop",
    );
  });

  it('reports a node that leads to itself', () => {
    const [d] = found(doc({ a: say('Again and again', 'a') }), 'loop.noWait');
    expect(d?.message).toContain('a → a');
  });

  it('accepts a loop through a step that waits for the caller', () => {
    const menu = { kind: 'menu', prompt: { 'en-US': 'Again?' }, options: [{ port: 'again', dtmf: '1' }], on: { again: 'a', noInput: 'bye', noMatch: 'bye' } };
    expect(found(doc({ a: say('A', 'menu'), menu, bye }), 'loop.noWait')).toEqual([]);
  });

  it('reports a loop through a recording step without opt-out, which does not wait', () => {
    const record = { kind: 'record', consent: { 'en-US': 'This call is recorded.' }, on: { recording: 'a' } };
    expect(found(doc({ a: say('A', 'rec'), rec: record }), 'loop.noWait')).toHaveLength(1);
  });

  it('reports each separate cycle once', () => {
    const branch = { kind: 'branch', conditions: [{ port: 'x', when: 'vars.n > 1' }], on: { x: 'c', else: 'a' } };
    expect(found(doc({ a: say('A', 'b'), b: branch, c: set('c') }, vars), 'loop.noWait').map((d) => d.nodeId)).toEqual(['a', 'c']);
  });
});

describe('stronglyConnected', () => {
  it('finds the components of a long chain without overflowing the stack', () => {
    const graph = new Map<string, string[]>();
    for (let i = 0; i < 100_000; i++) graph.set(`n${i}`, [`n${i + 1}`]);
    graph.set('n100000', ['n0']);
    const components = stronglyConnected(graph);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(100_001);
  });
});
