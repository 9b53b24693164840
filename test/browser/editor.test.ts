import { describe, expect, it } from 'vitest';
import { hasBrowser } from './browser';
import { canvasGestures } from './gestures';
import { useStudioSession } from './session';

const blank = (id: string) => ({
  dsl: 2, id, name: 'Editor test', locales: ['en-US'], channels: ['voice'], variables: {}, start: 'start',
  nodes: {
    start: { kind: 'start', name: 'Start', on: { call: 'goodbye' }, ui: { x: 0, y: 0 } },
    goodbye: { kind: 'hangup', name: 'Hang up', ui: { x: 320, y: 0 } },
  },
});

type Draft = { nodes: Record<string, { kind: string; next?: string; on?: Record<string, string> }> };

describe.skipIf(!hasBrowser)('scenario editor in the browser', () => {
  const session = useStudioSession('editor', { viewport: { width: 1600, height: 1000 } });
  const draft = async (id: string): Promise<Draft> => (await (await fetch(`${session.server.url}/api/scenarios/${id}`)).json()).draft;
  const create = async (id: string) => {
    const response = await fetch(`${session.server.url}/api/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(blank(id)) });
    expect(response.status).toBe(201);
  };

  // Opening the editor loads React Flow and ELK: more than expect.poll's one second on a busy machine.
  const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
  const { node, wire, dropFromPalette } = canvasGestures(() => session.page);

  it('builds a flow from the palette, saves it and finds it unchanged after a reload', async () => {
    await create('editor-build');
    await session.page.goto(`${session.server.url}/scenarios/editor-build`);
    await poll(() => session.page.locator('.react-flow__node').count()).toBe(2);
    // Room for four more nodes: zoom out, then drop each kind on its own spot.
    for (let i = 0; i < 4; i++) await session.page.locator('.react-flow__controls-zoomout').click();
    await dropFromPalette('say', 0.12, 0.72);
    await dropFromPalette('menu', 0.38, 0.72);
    await dropFromPalette('transfer', 0.64, 0.72);
    await dropFromPalette('hangup', 0.88, 0.72);
    await session.studio.screenshot('editor-dropped-nodes');
    await poll(() => session.page.locator('.react-flow__node').count()).toBe(6);
    for (const id of ['say1', 'menu1', 'transfer1', 'hangup1']) expect(await node(id).count()).toBe(1);
    await poll(() => session.page.getByTestId('dirty').textContent()).toContain('Unsaved');

    await wire('start', 'call', 'say1');
    await wire('say1', 'next', 'menu1');
    await wire('menu1', 'option1', 'transfer1');
    await wire('transfer1', 'answered', 'hangup1');
    await poll(() => session.page.locator('.react-flow__edge').count()).toBe(4);
    await session.studio.screenshot('editor-built-flow');
    const placed = () => node('menu1').evaluate((e) => e.style.transform);
    const before = await placed();
    await session.page.getByRole('button', { name: 'Auto-layout' }).click();
    await poll(placed).not.toBe(before);
    await session.page.waitForTimeout(600);
    await session.studio.screenshot('editor-auto-layout');

    await session.page.keyboard.press('Control+s');
    await poll(() => session.page.getByTestId('dirty').textContent()).toBe('Saved');
    const saved = await draft('editor-build');
    expect(Object.keys(saved.nodes).sort()).toEqual(['goodbye', 'hangup1', 'menu1', 'say1', 'start', 'transfer1']);
    expect(saved.nodes.start!.on).toEqual({ call: 'say1' });
    expect(saved.nodes.say1!.next).toBe('menu1');
    expect(saved.nodes.menu1!.on).toEqual({ option1: 'transfer1' });
    expect(saved.nodes.transfer1!.on).toEqual({ answered: 'hangup1' });

    const positions = await session.page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => `${e.dataset.id}@${e.style.transform}`).sort());
    await session.page.reload();
    await poll(() => session.page.locator('.react-flow__node').count()).toBe(6);
    await poll(() => session.page.locator('.react-flow__edge').count()).toBe(4);
    expect(await draft('editor-build')).toEqual(saved);
    expect(await session.page.getByTestId('dirty').textContent()).toBe('Saved');
    expect(positions.map((p) => p.split('@')[0])).toEqual(
      (await session.page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.dataset.id!))).sort(),
    );
  }, 60_000);

  it('deletes a node with its edges, and undo and redo bring it back and take it away again', async () => {
    await create('editor-undo');
    await session.page.goto(`${session.server.url}/scenarios/editor-undo`);
    await poll(() => session.page.locator('.react-flow__edge').count()).toBe(1);
    await node('goodbye').click();
    await session.page.keyboard.press('Delete');
    await poll(() => node('goodbye').count()).toBe(0);
    expect(await session.page.locator('.react-flow__edge').count()).toBe(0);
    // A start that leads nowhere is an error: publishing waits until it is fixed, and says why.
    await poll(() => session.page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    expect(await session.page.getByTestId('publish-wrapper').getAttribute('title')).toMatch(/Fix the errors first/);

    await session.page.keyboard.press('Control+z');
    await poll(() => node('goodbye').count()).toBe(1);
    await poll(() => session.page.locator('.react-flow__edge').count()).toBe(1);
    expect(await session.page.getByTestId('dirty').textContent()).toBe('Saved');

    await session.page.keyboard.press('Control+Shift+z');
    await poll(() => node('goodbye').count()).toBe(0);
    await session.page.getByRole('button', { name: 'Undo' }).click();
    await poll(() => node('goodbye').count()).toBe(1);
    await session.page.getByRole('button', { name: 'Redo' }).click();
    await poll(() => node('goodbye').count()).toBe(0);
  }, 60_000);

  it('copies and pastes nodes under fresh ids, finds a node by its text, and publishes', async () => {
    await create('editor-copy');
    await session.page.goto(`${session.server.url}/scenarios/editor-copy`);
    await poll(() => session.page.locator('.react-flow__node').count()).toBe(2);
    await node('goodbye').click();
    await session.page.keyboard.press('Control+c');
    await session.page.keyboard.press('Control+v');
    await poll(() => node('goodbye1').count()).toBe(1);
    await session.page.waitForTimeout(200); // a second paste (event and key fallback both firing) would show by now
    expect(await session.page.locator('.react-flow__node').count()).toBe(3);

    await session.page.getByRole('searchbox', { name: 'Find node' }).fill('goodbye1');
    await session.page.keyboard.press('Enter');
    await poll(() => node('goodbye1').getAttribute('class')).toContain('selected');

    await session.page.getByRole('button', { name: 'Publish' }).click();
    await session.page.getByRole('dialog').getByRole('textbox').fill('first cut');
    await session.page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await poll(() => session.page.getByText('Published as revision 1').count()).toBe(1);
    expect(Object.keys((await draft('editor-copy')).nodes)).toContain('goodbye1');
    // A click on a palette entry adds the node in the middle of the view.
    await session.page.locator('.palette-item[data-kind="say"]').click();
    await poll(() => node('say1').count()).toBe(1);

    // Shift-click adds to the selection; Delete removes every selected node.
    await node('goodbye').click();
    await node('goodbye1').click({ modifiers: ['Shift'] });
    await session.page.keyboard.press('Delete');
    await poll(() => session.page.locator('.react-flow__node').count()).toBe(2);
    expect(await node('start').count()).toBe(1);
  }, 60_000);

  it('speaks German when the browser does', async () => {
    await session.reopen({ locale: 'de-DE' });
    await create('editor-de');
    await session.page.goto(`${session.server.url}/scenarios/editor-de`);
    await poll(() => session.page.getByRole('button', { name: 'Speichern' }).count()).toBe(1);
    await poll(() => session.page.getByRole('button', { name: 'Automatisch anordnen' }).count()).toBe(1);
    expect(await session.page.getByText('Auf die Fläche ziehen', { exact: false }).count()).toBe(1);
  }, 60_000);
});
