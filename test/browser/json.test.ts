import { describe, expect, it } from 'vitest';
import { hasBrowser } from './browser';
import { canvasGestures } from './gestures';
import { useStudioSession } from './session';

type Doc = { nodes: Record<string, Record<string, unknown>> } & Record<string, unknown>;

const scenario = (id: string): Doc => ({
  dsl: 2, id, name: 'JSON panel test', locales: ['en-US'], channels: ['voice'], variables: {}, start: 'start',
  nodes: {
    start: { kind: 'start', name: 'Start', on: { call: 'hello' }, ui: { x: 0, y: 0 } },
    hello: { kind: 'say', name: 'Hello', prompt: { 'en-US': 'Hello caller' }, next: 'goodbye', ui: { x: 320, y: 0 } },
    goodbye: { kind: 'hangup', name: 'Hang up', ui: { x: 640, y: 0 } },
  },
});

describe.skipIf(!hasBrowser)('JSON and versions panels in the browser', () => {
  const session = useStudioSession('json', { viewport: { width: 1600, height: 1000 } });
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${session.server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(response.ok, `${method} ${path} answered ${response.status}`).toBe(true);
    return response.json();
  };

  const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
  const { node } = canvasGestures(() => session.page);
  const nodes = () => session.page.locator('.react-flow__node').count();

  const open = async (id: string, tab: string) => {
    await session.page.goto(`${session.server.url}/scenarios/${id}`);
    await session.page.getByRole('tab', { name: tab, exact: true }).click({ timeout: 10_000 });
  };
  const openJson = async (id: string) => {
    await open(id, 'JSON');
    await session.page.locator('.monaco-editor .view-lines').waitFor({ timeout: 15_000 });
  };
  /** Replaces the editor's whole text the way a user pastes it (typing it would auto-close every bracket). */
  const replaceText = async (text: string) => {
    await session.page.getByTestId('json-editor').click({ position: { x: 120, y: 40 } });
    await session.page.keyboard.press('ControlOrMeta+A');
    await session.page.evaluate((pasted) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', pasted);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  };
  /** The text Monaco shows, without white space (it wraps long lines, and renders only the lines in view). */
  const shownText = async () => ((await session.page.locator('.monaco-editor .view-lines').textContent()) ?? '').replace(/[\s\u00a0]+/g, '');

  it('shows the draft as JSON and moves the canvas when a say prompt is edited', async () => {
    const doc = scenario('json-edit');
    await api('POST', '/api/scenarios', doc);
    await openJson('json-edit');
    await poll(shownText).toContain('"id":"json-edit"');
    await poll(() => node('hello').textContent()).toContain('Hello caller');

    doc.nodes.hello!.prompt = { 'en-US': 'Welcome to the JSON panel' };
    await replaceText(JSON.stringify(doc, null, 2));
    await poll(() => node('hello').textContent()).toContain('Welcome to the JSON panel');
    // A change made elsewhere (the toolbar's undo) shows in the editor's text.
    await session.page.getByRole('button', { name: 'Undo', exact: true }).click();
    await poll(() => node('hello').textContent()).toContain('Hello caller');
    await poll(shownText).toContain('"Hellocaller"');
    await session.page.getByRole('button', { name: 'Redo', exact: true }).click();
    await poll(shownText).toContain('"WelcometotheJSON');

    // The store changed, so the draft is dirty: Ctrl+S saves what the JSON says.
    await session.page.getByTestId('json-editor').click({ position: { x: 120, y: 40 } });
    await session.page.keyboard.press('ControlOrMeta+S');
    await poll(async () => ((await api('GET', '/api/scenarios/json-edit')) as { draft: Doc }).draft.nodes.hello?.prompt).toEqual({ 'en-US': 'Welcome to the JSON panel' });
  });

  it('adds a node typed into the JSON to the canvas', async () => {
    const doc = scenario('json-add');
    await api('POST', '/api/scenarios', doc);
    await openJson('json-add');
    await poll(nodes).toBe(3);

    doc.nodes.hello!.next = 'thanks';
    doc.nodes.thanks = { kind: 'say', name: 'Thanks', prompt: { 'en-US': 'Thanks for calling' }, next: 'goodbye', ui: { x: 640, y: 200 } };
    await replaceText(JSON.stringify(doc, null, 2));
    await poll(nodes).toBe(4);
    await poll(() => node('thanks').textContent()).toContain('Thanks for calling');
    await poll(() => session.page.locator('.react-flow__edge').count()).toBe(3);
  });

  it('keeps the last good graph and says where invalid JSON breaks', async () => {
    const doc = scenario('json-invalid');
    await api('POST', '/api/scenarios', doc);
    await openJson('json-invalid');
    await poll(nodes).toBe(3);

    const broken = JSON.stringify({ ...doc, nodes: {} }).replace('"name":"JSON panel test",', '"name":"JSON panel test"');
    await replaceText(broken);
    const error = session.page.getByTestId('json-error');
    await poll(() => error.textContent()).toContain(`Line 1, column ${broken.indexOf('"locales"') + 1}`);
    expect(await nodes()).toBe(3);
    await expect(node('hello').textContent()).resolves.toContain('Hello caller');

    // Fixing the text lets the canvas follow again.
    await replaceText(JSON.stringify(doc, null, 2).replace('Hello caller', 'Fixed again'));
    await poll(() => error.count()).toBe(0);
    await poll(() => node('hello').textContent()).toContain('Fixed again');
  });

  it('checks the text against the scenario schema bundled with the studio', async () => {
    await api('POST', '/api/scenarios', scenario('json-schema'));
    await openJson('json-schema');
    expect(await session.page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').count()).toBe(0);
    await replaceText(JSON.stringify({ ...scenario('json-schema'), dsl: 'two' }, null, 2));
    await poll(() => session.page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').count()).toBeGreaterThan(0);
  });

  it('lists revisions, colours the nodes that changed and rolls back after confirming', async () => {
    const doc = scenario('json-versions');
    await api('POST', '/api/scenarios', doc);
    await api('POST', '/api/scenarios/json-versions/publish', { message: 'First words' });
    doc.nodes.hello!.prompt = { 'en-US': 'Second words' };
    await api('PUT', '/api/scenarios/json-versions', doc);
    await api('POST', '/api/scenarios/json-versions/publish', { message: 'Changed greeting' });

    await open('json-versions', 'Versions');
    const list = session.page.locator('.versions-list li');
    await poll(() => list.count()).toBe(2);
    await expect(list.first().textContent()).resolves.toContain('Changed greeting');

    // Revision 1 against the draft: only the greeting differs.
    await session.page.locator('.versions-compare').getByLabel('From').selectOption('1');
    await session.page.getByRole('button', { name: 'Show changes' }).click();
    const diff = session.page.getByTestId('versions-diff');
    await poll(() => diff.locator('li[data-node]').count()).toBe(1);
    await expect(diff.locator('li[data-node="hello"]').textContent()).resolves.toContain('prompt.en-US');
    await poll(() => node('hello').getAttribute('class')).toContain('cf-diff-changed');
    await session.studio.screenshot('json-versions-diff');

    // Hiding the changes clears the colouring.
    await session.page.getByRole('button', { name: 'Hide changes' }).click();
    await poll(() => node('hello').getAttribute('class')).not.toContain('cf-diff');

    await session.page.locator('.versions-list li[data-revision="1"]').getByRole('button', { name: 'Roll back' }).click();
    const dialog = session.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Roll back' }).click();
    await poll(() => node('hello').textContent()).toContain('Hello caller');
    await poll(() => session.page.locator('.versions-list li[data-revision="1"]').textContent()).toContain('current');
    await poll(() => session.page.getByTitle('Calls run on revision 1; the newest is 2').count()).toBe(1);
    const record = (await api('GET', '/api/scenarios/json-versions')) as { current: number; draft: Doc };
    expect(record.current).toBe(1);
    expect(record.draft.nodes.hello?.prompt).toEqual({ 'en-US': 'Hello caller' });
  });

  it('refreshes the revision list when a publish is announced', async () => {
    await api('POST', '/api/scenarios', scenario('json-announce'));
    await open('json-announce', 'Versions');
    await poll(() => session.page.getByText('Nothing published yet').count()).toBe(1);
    await api('POST', '/api/scenarios/json-announce/publish', { message: 'From elsewhere' });
    await session.page.evaluate(() => window.dispatchEvent(new CustomEvent('callflow:published', { detail: { scenarioId: 'json-announce', revision: 1 } })));
    await poll(() => session.page.locator('.versions-list li').count()).toBe(1);
  });
});
