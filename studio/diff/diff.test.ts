import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedPaths, diffOverlay, diffScenarios, isEmptyDiff } from './index';

const base = () => ({
  dsl: 2,
  id: 'hotline',
  name: 'Hotline',
  locales: ['en'],
  start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'welcome' } },
    welcome: { kind: 'say', prompt: { en: 'Hello' }, next: 'menu', ui: { x: 0, y: 0 } },
    menu: { kind: 'menu', prompt: { en: 'Press 1' }, options: [{ key: '1', port: 'sales' }], on: { sales: 'bye', noInput: 'bye' } },
    bye: { kind: 'hangup' },
  },
});

describe('diffScenarios', () => {
  it('finds nothing between a document and its copy', () => {
    const diff = diffScenarios(base(), structuredClone(base()));
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('reports a changed say prompt with the path of the text that changed', () => {
    const after = base();
    after.nodes.welcome.prompt.en = 'Welcome';
    expect(diffScenarios(base(), after).nodes).toEqual([{ id: 'welcome', change: 'changed', kind: 'say', properties: ['prompt.en'] }]);
  });

  it('reports an added node and the edge that now leads to it', () => {
    const after = base() as ReturnType<typeof base> & { nodes: Record<string, unknown> };
    after.nodes.thanks = { kind: 'say', prompt: { en: 'Thanks' }, next: 'bye' };
    after.nodes.menu = { ...base().nodes.menu, on: { sales: 'thanks', noInput: 'bye' } };
    const diff = diffScenarios(base(), after);
    expect(diff.nodes).toEqual([
      { id: 'menu', change: 'changed', kind: 'menu', properties: ['on.sales'] },
      { id: 'thanks', change: 'added', kind: 'say', properties: [] },
    ]);
    expect(diff.edges).toEqual([
      { source: 'menu', port: 'sales', change: 'changed', before: 'bye', after: 'thanks' },
      { source: 'thanks', port: 'next', change: 'added', after: 'bye' },
    ]);
  });

  it('reports a removed node with the edges it had, and the port that lost its target', () => {
    const after = base() as { nodes: Record<string, unknown> } & Record<string, unknown>;
    delete after.nodes.welcome;
    after.nodes.start = { kind: 'start', on: {} };
    const diff = diffScenarios(base(), after);
    expect(diff.nodes.map((n) => [n.id, n.change])).toEqual([
      ['start', 'changed'],
      ['welcome', 'removed'],
    ]);
    expect(diff.edges).toEqual([
      { source: 'start', port: 'call', change: 'removed', before: 'welcome' },
      { source: 'welcome', port: 'next', change: 'removed', before: 'menu' },
    ]);
  });

  it('ignores moved nodes unless layout changes are asked for', () => {
    const after = base();
    after.nodes.welcome.ui = { x: 300, y: 40 };
    expect(diffScenarios(base(), after).nodes).toEqual([]);
    expect(diffScenarios(base(), after, { layout: true }).nodes[0]?.properties).toEqual(['ui.x', 'ui.y']);
  });

  it('lists changed settings outside the nodes', () => {
    const after = { ...base(), name: 'Hotline Süd', locales: ['en', 'de'] };
    expect(diffScenarios(base(), after).settings).toEqual(['name', 'locales']);
  });

  it('tolerates documents without nodes (a draft being typed)', () => {
    const diff = diffScenarios({ id: 'x' }, base());
    expect(diff.nodes.every((n) => n.change === 'added')).toBe(true);
    expect(diff.nodes).toHaveLength(4);
  });

  it('compares arrays as a whole', () => {
    expect(changedPaths({ options: [1, 2] }, { options: [0, 1, 2] })).toEqual(['options']);
    expect(changedPaths({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toEqual(['a.c']);
  });

  it('finds no difference between an example and itself, and marks every node of an empty draft as removed', () => {
    const bank = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'bank-hotline.json'), 'utf8')) as Record<string, unknown>;
    expect(isEmptyDiff(diffScenarios(bank, structuredClone(bank)))).toBe(true);
    const overlay = diffOverlay(diffScenarios(bank, { ...bank, nodes: {} }));
    expect(Object.keys(overlay)).toEqual(Object.keys(bank.nodes as object));
    expect(new Set(Object.values(overlay))).toEqual(new Set(['removed']));
  });
});
