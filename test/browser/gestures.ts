import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a person does on the canvas, for the tests: find nodes, handles and edges, draw edges, drop from the palette. */
export function canvasGestures(page: () => Page) {
  const node = (id: string) => page().locator(`.react-flow__node[data-id="${id}"]`);
  const handle = (id: string, port?: string) =>
    port ? node(id).locator(`.react-flow__handle.source[data-handleid="${port}"]`) : node(id).locator('.react-flow__handle.target');
  const centre = async (locator: Locator) => {
    const box = (await locator.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  // React Flow names every edge "Edge from <source> to <target>"; the test id carries the port.
  const edge = (source: string, port: string, target: string) =>
    page().locator(`[data-testid="rf__edge-${source}:${port}"][aria-label="Edge from ${source} to ${target}"]`);
  /** Drags from a port's handle to a node's input handle, as a user draws an edge; a drop that missed is tried again. */
  const wire = async (source: string, port: string, target: string) => {
    for (let attempt = 0; attempt < 3 && (await edge(source, port, target).count()) === 0; attempt++) {
      const from = await centre(handle(source, port));
      const to = await centre(handle(target));
      await page().mouse.move(from.x, from.y);
      await page().mouse.down();
      await page().mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
      await page().mouse.move(to.x, to.y, { steps: 5 });
      await page().mouse.up();
      await edge(source, port, target).waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    expect(await edge(source, port, target).count()).toBe(1);
  };
  const dropFromPalette = async (kind: string, fx: number, fy: number) => {
    const pane = page().locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await page().locator(`.palette-item[data-kind="${kind}"]`).dragTo(pane, { targetPosition: { x: box.width * fx, y: box.height * fy } });
  };
  return { node, handle, edge, wire, dropFromPalette };
}
