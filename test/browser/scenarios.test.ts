import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, loadExamples } from '../support/examples';
import { hasBrowser } from './browser';
import { useStudioSession } from './session';

const EXAMPLE_IDS = [...loadExamples().keys()];

describe.skipIf(!hasBrowser)('scenario list in the browser', () => {
  const session = useStudioSession('scenarios');
  const api = async (path: string, init?: RequestInit) => fetch(`${session.server.url}${path}`, init);

  const row = (id: string) => session.studio.page.locator(`tr[data-scenario="${id}"]`);

  it('lists every example scenario as published', async () => {
    await session.studio.page.goto(session.server.url);
    await expect.poll(() => session.studio.page.locator('tbody tr').count()).toBe(EXAMPLE_IDS.length);
    for (const id of EXAMPLE_IDS) {
      await expect.poll(() => row(id).getByText(/Published/).count()).toBe(1);
    }
    await expect.poll(() => session.studio.page.getByText(`${EXAMPLE_IDS.length} scenarios`).count()).toBe(1);
  });

  it('narrows the list by name or id as one types', async () => {
    await session.studio.page.goto(session.server.url);
    await session.studio.page.getByRole('searchbox').fill('hotline');
    await expect.poll(() => session.studio.page.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => row('bank-hotline').count()).toBe(1);
    await session.studio.page.getByRole('searchbox').fill('nothing-like-this');
    await expect.poll(() => session.studio.page.getByText('No scenario matches').count()).toBe(1);
  });

  it('creates a blank scenario that the runtime accepts as valid', async () => {
    await session.studio.page.goto(session.server.url);
    await session.studio.page.getByRole('button', { name: 'New scenario' }).click();
    const dialog = session.studio.page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('Hotline Süd');
    expect(await dialog.getByLabel('ID', { exact: true }).inputValue()).toBe('hotline-sud');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => row('hotline-sud').count()).toBe(1);
    expect(await row('hotline-sud').getByText('Draft').count()).toBe(1);
    const validation = await api('/api/scenarios/hotline-sud/validate', { method: 'POST' });
    expect(validation.status).toBe(200);
  });

  it('creates a scenario from a template under the id one chose', async () => {
    await session.studio.page.goto(session.server.url);
    await session.studio.page.getByRole('button', { name: 'New scenario' }).click();
    const dialog = session.studio.page.getByRole('dialog');
    await dialog.getByText('Template', { exact: true }).first().click();
    await dialog.getByRole('combobox').selectOption('bank-hotline');
    await dialog.getByLabel('Name', { exact: true }).fill('Bank West');
    await dialog.getByLabel('ID', { exact: true }).fill('bank-west');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => row('bank-west').count()).toBe(1);
    const created = await (await api('/api/scenarios/bank-west')).json();
    const original = JSON.parse(await readFile(join(EXAMPLES_DIR, 'bank-hotline.json'), 'utf8'));
    expect(created.name).toBe('Bank West');
    expect(Object.keys(created.draft.nodes)).toEqual(Object.keys(original.nodes));
  });

  it('duplicates a scenario under a free id', async () => {
    await session.studio.page.goto(session.server.url);
    await row('caller-screening').getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => row('caller-screening-copy').count()).toBe(1);
    const copy = await (await api('/api/scenarios/caller-screening-copy')).json();
    expect(copy.name).toMatch(/\(copy\)$/);
  });

  it('deletes only after confirmation, and explains when a bound scenario cannot go', async () => {
    await api('/api/scenarios', { method: 'POST', headers: { 'content-type': 'application/json' }, body: await readFile(join(EXAMPLES_DIR, 'multilingual-menu.json'), 'utf8').then((t) => t.replace('"id": "multilingual-menu"', '"id": "to-delete"')) });
    await session.studio.page.goto(session.server.url);
    await row('to-delete').getByRole('button', { name: 'Delete' }).click();
    await session.studio.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await row('to-delete').count()).toBe(1);

    await row('to-delete').getByRole('button', { name: 'Delete' }).click();
    await session.studio.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row('to-delete').count()).toBe(0);
    expect((await api('/api/scenarios/to-delete')).status).toBe(404);

    // The examples answer on numbers named after them, so the runtime refuses with a 409.
    await row('voice-robot').getByRole('button', { name: 'Delete' }).click();
    const dialog = session.studio.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/bound|binding/i);
    await session.studio.screenshot('delete-refused');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await row('voice-robot').count()).toBe(1);
  });

  it('switches to German and remembers it after a reload', async () => {
    await session.studio.page.goto(session.server.url);
    await session.studio.page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect.poll(() => session.studio.page.getByRole('heading', { name: 'Szenarien' }).count()).toBe(1);
    expect(await session.studio.page.getByRole('button', { name: 'Neues Szenario' }).count()).toBe(1);
    expect(await session.studio.page.locator('th', { hasText: 'Letzte Änderung' }).count()).toBe(1);
    await session.studio.page.reload();
    await expect.poll(() => session.studio.page.getByRole('button', { name: 'Neues Szenario' }).count()).toBe(1);
    expect(await session.studio.page.evaluate(() => document.documentElement.lang)).toBe('de');
  });

  it('starts in French for a French browser', async () => {
    await session.reopen({ locale: 'fr-FR' });
    await session.studio.page.goto(session.server.url);
    await expect.poll(() => session.studio.page.getByRole('button', { name: 'Nouveau scénario' }).count()).toBe(1);
  });

  it('imports a scenario file, and shows the diagnostics of one the runtime refuses', async () => {
    const good = (await readFile(join(EXAMPLES_DIR, 'appointment-reminder.json'), 'utf8')).replace('"id": "appointment-reminder"', '"id": "imported-reminder"');
    await session.studio.page.goto(session.server.url);
    await session.studio.page.getByTestId('import-file').setInputFiles({ name: 'reminder.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await expect.poll(() => row('imported-reminder').count()).toBe(1);

    const bad = JSON.stringify({ dsl: 2, id: 'Not Valid', name: '', locales: [], start: 'start', nodes: {} });
    await session.studio.page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const dialog = session.studio.page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('broken.json was not imported');
    expect(await dialog.locator('.diagnostic').count()).toBeGreaterThan(0);
  });

  it('exports the draft as a JSON file', async () => {
    await session.studio.page.goto(session.server.url);
    const [download] = await Promise.all([session.studio.page.waitForEvent('download'), row('bank-hotline').getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('bank-hotline.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.id).toBe('bank-hotline');
  });

  it('opens a scenario with its name in the toolbar, also when the address is loaded directly', async () => {
    await session.studio.page.goto(session.server.url);
    await row('identify-customer').getByRole('link').click();
    await expect.poll(() => session.studio.page.url()).toBe(`${session.server.url}/scenarios/identify-customer`);
    const name = JSON.parse(await readFile(join(EXAMPLES_DIR, 'identify-customer.json'), 'utf8')).name;
    await expect.poll(() => session.studio.page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await expect.poll(() => session.studio.page.getByTestId('canvas').count()).toBe(1);
    await session.studio.page.reload();
    await expect.poll(() => session.studio.page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await expect.poll(() => session.studio.page.locator('.react-flow__node').count()).toBeGreaterThan(3);
  });
});
