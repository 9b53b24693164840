import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../dsl/nodes';
import { targetOf } from '../../dsl/nodes/ports';
import { loadExamples } from '../../test/support/examples';
import { connect, disconnect, moveNode, scenarioToFlow } from './flow';

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
