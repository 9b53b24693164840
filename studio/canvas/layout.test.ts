import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../test/support/examples';
import { applyPositions, estimateSize, layout } from './layout';

const examples = [...loadExamples().values()];

describe('layout', () => {
  it.each(examples.map((s) => [s.id, s] as const))('places every node of %s without overlaps, start leftmost', async (_id, scenario) => {
    const positions = await layout(scenario);
    const boxes = Object.entries(scenario.nodes).map(([id, node]) => ({ id, ...positions[id]!, ...estimateSize(node) }));
    expect(boxes).toHaveLength(Object.keys(scenario.nodes).length);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    const start = positions[scenario.start]!;
    for (const box of boxes) if (box.id !== scenario.start) expect(box.x).toBeGreaterThan(start.x);
  });

  it('writes the positions into ui, keeping other canvas settings', async () => {
    const scenario = examples[0]!;
    const positions = await layout(scenario);
    const laidOut = applyPositions(scenario, positions);
    for (const [id, node] of Object.entries(laidOut.nodes)) {
      expect(node.ui).toMatchObject(positions[id]!);
    }
  });
});
