import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../dsl/nodes';
import { targetOf } from '../../dsl/nodes/ports';
import { loadExamples } from '../../test/support/examples';
import { connect, deleteNotes, disconnect, freshNoteId, moveNode, scenarioToFlow, setNoteText } from './flow';

const examples = loadExamples();
const bank = examples.get('bank-hotline')!;

describe('scenarioToFlow', () => {
  it('makes one canvas node per scenario node, typed by kind and placed by ui', () => {
    const { nodes } = scenarioToFlow(bank);
    expect(nodes.map((n) => n.id).sort()).toEqual(Object.keys(bank.nodes).sort());
    for (const flowNode of nodes) {
      const node = bank.nodes[flowNode.id]!;
      expect(flowNode.type).toBe(node.kind);
      expect(flowNode.position).toEqual({ x: node.ui!.x, y: node.ui!.y });
      expect(flowNode.data).toMatchObject({ node, id: flowNode.id, label: node.name ?? flowNode.id });
    }
  });

  it('makes one edge per connected port of every example, leaving by the port handle', () => {
    for (const scenario of examples.values()) {
      const { edges } = scenarioToFlow(scenario);
      const expected = Object.entries(scenario.nodes).flatMap(([id, node]) =>
        definitionOf(node)
          .ports(node)
          .filter((p) => targetOf(node, p.name) !== undefined)
          .map((p) => ({ source: id, sourceHandle: p.name, target: targetOf(node, p.name) })),
      );
      expect(edges.map(({ source, sourceHandle, target }) => ({ source, sourceHandle, target }))).toEqual(expected);
    }
  });

  it('labels edges with the port name only for nodes with several ports', () => {
    const { edges } = scenarioToFlow(bank);
    const fromMenu = edges.find((e) => bank.nodes[e.source]!.kind === 'menu');
    const fromSay = edges.find((e) => bank.nodes[e.source]!.kind === 'say');
    expect(fromMenu?.label).toBe(fromMenu?.sourceHandle);
    expect(fromSay?.label).toBeUndefined();
  });

  it('draws no edge to a node that does not exist', () => {
    const broken = { ...bank, nodes: { ...bank.nodes, ghostly: { kind: 'say', prompt: { 'de-DE': 'x' }, bargeIn: false, next: 'nowhere' } } } as typeof bank;
    expect(scenarioToFlow(broken).edges.some((e) => e.source === 'ghostly')).toBe(false);
  });

  it('places nodes without ui on a grid instead of on top of each other', () => {
    const unplaced = { ...bank, nodes: Object.fromEntries(Object.entries(bank.nodes).map(([id, { ui: _ui, ...n }]) => [id, n])) } as typeof bank;
    const keys = scenarioToFlow(unplaced).nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('connect / disconnect / moveNode', () => {
  const sayId = Object.keys(bank.nodes).find((id) => bank.nodes[id]!.kind === 'say')!;
  const menuId = Object.keys(bank.nodes).find((id) => bank.nodes[id]!.kind === 'menu')!;

  it('writes next for a single-port kind and leaves the original untouched', () => {
    const before = structuredClone(bank);
    const after = connect(bank, sayId, 'next', menuId);
    expect(after.nodes[sayId]).toMatchObject({ next: menuId });
    expect(bank).toEqual(before);
  });

  it('writes on[port] for a multi-port kind', () => {
    const after = connect(bank, menuId, 'noInput', sayId);
    expect((after.nodes[menuId] as { on: Record<string, string> }).on.noInput).toBe(sayId);
  });

  it('refuses a port the node does not have', () => {
    expect(() => connect(bank, menuId, 'nonsense', sayId)).toThrow(/no port "nonsense"/);
    expect(() => connect(bank, sayId, 'next', 'missing')).toThrow(/no node "missing"/);
  });

  it('disconnects next and on[port], removing the edge', () => {
    const say = disconnect(bank, sayId, 'next');
    expect('next' in say.nodes[sayId]!).toBe(false);
    const port = definitionOf(bank.nodes[menuId]!).ports(bank.nodes[menuId]!)[0]!.name;
    const menu = disconnect(bank, menuId, port);
    expect(scenarioToFlow(menu).edges.some((e) => e.source === menuId && e.sourceHandle === port)).toBe(false);
    expect(scenarioToFlow(bank).edges.some((e) => e.source === menuId && e.sourceHandle === port)).toBe(true);
  });

  it('moves a node to rounded coordinates, keeping its other canvas settings', () => {
    const withColor = { ...bank, nodes: { ...bank.nodes, [sayId]: { ...bank.nodes[sayId]!, ui: { x: 0, y: 0, color: 'red' } } } } as typeof bank;
    expect(moveNode(withColor, sayId, { x: 10.4, y: 20.6 }).nodes[sayId]!.ui).toEqual({ x: 10, y: 21, color: 'red' });
    expect(withColor.nodes[sayId]!.ui).toEqual({ x: 0, y: 0, color: 'red' });
  });
});

describe('sticky notes', () => {
  const noted = {
    ...bank,
    notes: {
      note1: { text: 'Ask legal\nabout opening hours', ui: { x: 5, y: 6, width: 200, color: '#fde68a' } },
      note2: { text: 'Second', ui: { x: 50, y: 60 } },
    },
  } as typeof bank;

  it('become canvas nodes of the note type, apart from the scenario nodes and without edges', () => {
    const flow = scenarioToFlow(noted);
    expect(flow.nodes.map((n) => n.id).sort()).toEqual(Object.keys(bank.nodes).sort());
    expect(flow.edges).toEqual(scenarioToFlow(bank).edges);
    expect(flow.notes).toEqual([
      { id: 'note1', type: 'note', position: { x: 5, y: 6 }, connectable: false, width: 200, data: { text: 'Ask legal\nabout opening hours', color: '#fde68a' } },
      { id: 'note2', type: 'note', position: { x: 50, y: 60 }, connectable: false, data: { text: 'Second' } },
    ]);
    expect(scenarioToFlow(bank).notes).toEqual([]);
  });

  it('move to rounded coordinates, keeping size and colour, without touching the nodes', () => {
    const moved = moveNode(noted, 'note1', { x: 100.6, y: -3.2 });
    expect(moved.notes!.note1!.ui).toEqual({ x: 101, y: -3, width: 200, color: '#fde68a' });
    expect(moved.nodes).toBe(noted.nodes);
    expect(noted.notes!.note1!.ui.x).toBe(5);
  });

  it('change their text', () => {
    expect(setNoteText(noted, 'note2', 'Changed').notes!.note2).toEqual({ text: 'Changed', ui: { x: 50, y: 60 } });
    expect(() => setNoteText(noted, 'nope', 'x')).toThrow(/no note "nope"/);
  });

  it('are deleted by id, leaving scenario nodes of the same call alone', () => {
    const sayId = Object.keys(bank.nodes)[0]!;
    const after = deleteNotes(noted, ['note1', sayId]);
    expect(Object.keys(after.notes!)).toEqual(['note2']);
    expect(after.nodes).toBe(noted.nodes);
    expect(deleteNotes(bank, ['note1'])).toBe(bank);
  });

  it('get an id that neither a note nor a node has', () => {
    expect(freshNoteId(noted)).toBe('note3');
    expect(freshNoteId({ ...bank, nodes: { ...bank.nodes, note1: bank.nodes[Object.keys(bank.nodes)[0]!]! } })).toBe('note2');
  });
});
