import { describe, expect, it } from 'vitest';
import { EditorStore } from './store';

const doc = (text: string) => ({
  dsl: 2, id: 't', name: 'T', locales: ['en-US'], start: 'start',
  nodes: { start: { kind: 'start', on: { call: 'hi' } }, hi: { kind: 'say', prompt: { 'en-US': text }, next: 'bye' }, bye: { kind: 'hangup' } },
});

describe('the editor store', () => {
  it('validates every change and undoes and redoes it', () => {
    const store = new EditorStore('t', doc('Hello'));
    expect(store.getSnapshot().diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const broken = doc('Hello');
    delete (broken.nodes.hi as { next?: string }).next;
    store.change(broken);
    expect(store.getSnapshot()).toMatchObject({ dirty: true, canUndo: true });
    expect(store.getSnapshot().diagnostics).toContainEqual(expect.objectContaining({ nodeId: 'hi', code: 'port.unconnected' }));
    store.undo();
    expect(store.getSnapshot()).toMatchObject({ dirty: false, canUndo: false, canRedo: true });
    store.redo();
    expect(store.getSnapshot().document).toEqual(broken);
  });

  it('keeps the last good parse null while the document is malformed, and drops selections of removed nodes', () => {
    const store = new EditorStore('t', doc('Hello'));
    store.select(['hi']);
    store.change({ ...doc('x'), nodes: { start: { kind: 'start', on: {} } } });
    expect(store.getSnapshot().selection).toEqual([]);
    store.change({ dsl: 2, nodes: 5 });
    expect(store.getSnapshot().scenario).toBeNull();
  });

  it('keeps drawing the last document that parsed while the current one is malformed', () => {
    const store = new EditorStore('t', doc('Hello'));
    const emptied = doc('Hello');
    (emptied.nodes.hi as { prompt: unknown }).prompt = 7;
    store.change(emptied);
    expect(store.getSnapshot().scenario).toBeNull();
    expect(store.getSnapshot().drawn?.nodes.hi).toMatchObject({ prompt: { 'en-US': 'Hello' } });
    store.change(doc('Fixed'));
    expect(store.getSnapshot().drawn).toBe(store.getSnapshot().scenario);
    expect(store.getSnapshot().drawn?.nodes.hi).toMatchObject({ prompt: { 'en-US': 'Fixed' } });
  });

  it('tells subscribers about every change and counts focus requests', () => {
    const store = new EditorStore('t', doc('Hello'));
    let calls = 0;
    store.subscribe(() => calls++);
    store.focus('hi');
    store.focus('hi');
    expect(store.getSnapshot().focus).toEqual({ nodeId: 'hi', seq: 2 });
    expect(store.getSnapshot().selection).toEqual(['hi']);
    expect(calls).toBe(2);
  });
});
