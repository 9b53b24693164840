import { describe, expect, it } from 'vitest';
import { validate } from '../../../../dsl/validate';
import { renameNode } from './rename';

const doc = {
  dsl: 2,
  id: 'rename',
  name: 'Rename',
  locales: ['en-US'],
  start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'hello' } },
    hello: { kind: 'say', prompt: { 'en-US': 'Hi' }, next: 'ask' },
    ask: { kind: 'ask', prompt: { 'en-US': 'Number?' }, variable: 'n', on: { valid: 'bye', invalid: 'hello' } },
    bye: { kind: 'hangup' },
  },
};

describe('renaming a node', () => {
  it('moves the node to its new id and keeps its place among the nodes', () => {
    const next = renameNode(doc, 'hello', 'greeting');
    expect(Object.keys(next.nodes as object)).toEqual(['start', 'greeting', 'ask', 'bye']);
  });

  it('updates every port that led to it, in next and in on', () => {
    const next = renameNode(doc, 'hello', 'greeting') as typeof doc & { nodes: Record<string, { on?: object }> };
    expect(next.nodes.start?.on).toEqual({ call: 'greeting' });
    expect(next.nodes.ask?.on).toEqual({ valid: 'bye', invalid: 'greeting' });
    expect(validate(next).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('updates the start node id', () => {
    expect(renameNode(doc, 'start', 'entry').start).toBe('entry');
  });

  it('changes nothing when the new id is taken or the node does not exist', () => {
    expect(renameNode(doc, 'hello', 'bye')).toBe(doc);
    expect(renameNode(doc, 'nope', 'x')).toBe(doc);
  });
});
