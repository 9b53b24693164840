import { describe, expect, it } from 'vitest';
import { NODE_KINDS, Node } from '../../dsl/nodes';
import { Scenario } from '../../dsl/schema/document';
import { connect, moveNode } from '../canvas/flow';
import { copyNodes, parseClip, pasteNodes } from './clipboard';
import { addNode, deleteNodes, disconnectPorts, findNodes, mergeCanvasChange, nodesOf } from './edit';
import { freshId, newNode } from './newNode';

const doc = () => ({
  dsl: 2, id: 't', name: 'T', locales: ['en-US', 'de-DE'], start: 'start',
  nodes: {
    start: { kind: 'start', on: { call: 'hi' } },
    hi: { kind: 'say', name: 'Welcome', prompt: { 'en-US': 'Hello there', 'de-DE': 'Hallo' }, next: 'menu' },
    menu: { kind: 'menu', prompt: { 'en-US': 'Press 1', 'de-DE': 'Drücken Sie 1' }, options: [{ dtmf: '1', port: 'sales', keywords: {} }], on: { sales: 'bye', noInput: 'bye' } },
    bye: { kind: 'hangup' },
  },
});

describe('new nodes', () => {
  it('are schema-valid for every kind, with a prompt in every locale', () => {
    for (const kind of NODE_KINDS) expect(Node.safeParse(newNode(kind, ['en-US', 'fr-FR'], { x: 1, y: 2 })).success, kind).toBe(true);
    expect(newNode('say', ['en-US', 'fr-FR'], { x: 0, y: 0 }).prompt).toEqual({ 'en-US': expect.any(String), 'fr-FR': expect.any(String) });
  });

  it('get the first free id of their kind', () => {
    expect(freshId('say', ['say1', 'say3'])).toBe('say2');
    expect(addNode(doc(), 'hangup', { x: 0, y: 0 }).id).toBe('hangup1');
  });
});

describe('document edits', () => {
  it('deleting a node also cuts every port that led to it', () => {
    const nodes = nodesOf(deleteNodes(doc(), ['bye']));
    expect(Object.keys(nodes)).toEqual(['start', 'hi', 'menu']);
    expect(nodes.menu!.on).toEqual({});
    expect(nodesOf(deleteNodes(doc(), ['menu'])).hi).not.toHaveProperty('next');
  });

  it('disconnects `next` and `on` ports alike', () => {
    const nodes = nodesOf(disconnectPorts(doc(), [{ source: 'hi', port: 'next' }, { source: 'menu', port: 'noInput' }]));
    expect(nodes.hi).not.toHaveProperty('next');
    expect(nodes.menu!.on).toEqual({ sales: 'bye' });
  });

  it('takes only placement and links from the canvas, not the defaults parsing filled in', () => {
    const before = Scenario.parse(doc());
    const after = connect(moveNode(before, 'hi', { x: 10.4, y: 20 }), 'menu', 'noMatch', 'hi');
    const nodes = nodesOf(mergeCanvasChange(doc(), before, after));
    expect(nodes.hi).toEqual({ ...doc().nodes.hi, ui: { x: 10, y: 20 } });
    expect(nodes.menu).toEqual({ ...doc().nodes.menu, on: { sales: 'bye', noInput: 'bye', noMatch: 'hi' } });
    expect(nodes.start).toEqual(doc().nodes.start);
  });

  it('finds nodes by id, name or prompt text in any locale', () => {
    const scenario = Scenario.parse(doc());
    expect(findNodes(scenario, 'welcome')).toEqual(['hi']);
    expect(findNodes(scenario, 'drücken')).toEqual(['menu']);
    expect(findNodes(scenario, 'BYE')).toEqual(['bye']);
    expect(findNodes(scenario, '  ')).toEqual([]);
  });
});

describe('copy and paste', () => {
  it('keeps links among the copied nodes, drops links leading outside, and pastes under fresh ids', () => {
    const clip = parseClip(JSON.stringify(copyNodes(doc(), ['hi', 'menu'])))!;
    expect(clip.nodes.hi!.next).toBe('menu');
    expect(clip.nodes.menu!.on).toEqual({});
    const { document, ids } = pasteNodes(doc(), clip);
    expect(ids).toEqual(['hi1', 'menu1']);
    const nodes = nodesOf(document);
    expect(nodes.hi1).toMatchObject({ next: 'menu1', ui: { x: 40, y: 40 } });
    expect(nodes.hi).toEqual(doc().nodes.hi);
    expect(Scenario.safeParse(document).success).toBe(true);
  });

  it('ignores clipboard text that is not copied nodes', () => {
    expect(parseClip('hello')).toBeNull();
    expect(parseClip('{"type":"other"}')).toBeNull();
    expect(copyNodes(doc(), ['nope'])).toBeNull();
  });
});
