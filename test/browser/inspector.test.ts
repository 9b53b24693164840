import { describe, expect, it } from 'vitest';
import { hasBrowser } from './browser';
import { useStudioSession } from './session';

describe.skipIf(!hasBrowser)('inspector and problems panels in the browser', () => {
  const session = useStudioSession('inspector');

  const open = async (id: string) => {
    await session.studio.page.goto(`${session.server.url}/scenarios/${id}`);
    await session.studio.page.locator('.react-flow__node').first().waitFor();
  };
  const tab = (name: RegExp) => session.studio.page.getByRole('tab', { name });
  const inspector = () => session.studio.page.locator('#panel-inspector');
  // The canvas may still be fitting the view when the page is new, so a click can miss: click until selected.
  const select = async (nodeId: string) => {
    const shown = inspector().locator(`[data-node="${nodeId}"]`);
    await expect
      .poll(async () => {
        await session.studio.page.locator(`.react-flow__node[data-id="${nodeId}"]`).click();
        return shown.count();
      }, { timeout: 15_000 })
      .toBe(1);
  };

  it('edits the scenario settings when nothing is selected', async () => {
    await open('identify-customer');
    await tab(/Inspector/).click();
    const name = inspector().locator('[data-field="name"] input');
    expect(await name.inputValue()).toBe('Kunde identifizieren (Baustein)');
    await name.fill('Kunde identifizieren');
    await expect.poll(() => session.studio.page.locator('.editor-toolbar, header').getByText('Kunde identifizieren').count()).toBeGreaterThan(0);
    // Declared variables are listed with their type, and channels as choices.
    await expect.poll(() => inspector().locator('[data-field="variables"] [data-row="accountNumber"]').count()).toBe(1);
    expect(await inspector().locator('[data-field="channels"] input[type="checkbox"]').count()).toBe(3);
  });

  it('shows one prompt row per scenario locale and flags a missing translation', async () => {
    await open('multilingual-menu');
    await select('allLinesBusy');
    const prompt = inspector().locator('[data-field="prompt"]');
    expect(await prompt.locator('[data-locale]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-locale')))).toEqual(['de-DE', 'fr-FR', 'en-US']);
    expect(await prompt.getByText('Missing translation').count()).toBe(0);
    await prompt.locator('[data-locale="fr-FR"] textarea').fill('');
    await expect.poll(() => prompt.locator('[data-locale="fr-FR"]').getByText('Missing translation').count()).toBe(1);
    // The validator's diagnostic shows under the field it is about.
    await expect.poll(() => prompt.locator('.form-diagnostic').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await tab(/Problems/).textContent()) ?? '').toMatch(/Problems \(\d+\)/);
    await session.studio.screenshot('inspector-prompt-missing');
  });

  it('offers declared variables and inserts them into expressions', async () => {
    await open('identify-customer');
    await select('countAttempt');
    const row = inspector().locator('[data-field="assign"] [data-row="0"]');
    const options = await inspector().locator('datalist option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect(options).toContain('attempts');
    const value = row.locator('[data-field="assign.0.value"] textarea');
    await value.fill('');
    await row.getByLabel('Insert variable').selectOption('maxAttempts');
    expect(await value.inputValue()).toBe('vars.maxAttempts');
    // Rows are added and removed.
    await inspector().locator('[data-field="assign"]').getByRole('button', { name: /Add/ }).click();
    await expect.poll(() => inspector().locator('[data-field="assign"] [data-row]').count()).toBe(2);
    await inspector().locator('[data-field="assign"] [data-row="1"]').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => inspector().locator('[data-field="assign"] [data-row]').count()).toBe(1);
  });

  it('renames a node id and every port that leads to it follows', async () => {
    await open('identify-customer');
    await select('giveUp');
    const id = inspector().getByLabel('Node id');
    await id.fill('abort');
    await id.press('Enter');
    await inspector().locator('[data-node="abort"]').waitFor();
    await session.studio.page.locator('.react-flow__node[data-id="abort"]').waitFor();
    // askPin's invalid port now leads to the renamed node: its port list says so, and clicking focuses it.
    await select('askPin');
    const invalid = inspector().locator('[data-port="invalid"] button');
    expect(await invalid.textContent()).toBe('Abbruch');
    await invalid.click();
    await inspector().locator('[data-node="abort"]').waitFor();
  });

  // One node of every kind, from the examples: each kind's form is generated from its schema.
  const EVERY_KIND: Record<string, string[]> = {
    'appointment-reminder': ['start', 'greeting', 'confirmAttendance', 'attendingOrNot', 'confirmAppointment', 'smsConfirmed', 'tagConfirmed', 'hangupAfterMessage'],
    'bank-hotline': ['businessHours', 'afterHoursMailbox', 'languageMenu', 'useGerman', 'identifyCustomer', 'cardDesk', 'premiumQueue'],
    'caller-screening': ['blocklist', 'markVip', 'recordingConsent'],
    'identify-customer': ['returnDone'],
    'voice-robot': ['assistant'],
  };

  it('renders the form of every node kind from its schema', async () => {
    for (const [scenario, nodes] of Object.entries(EVERY_KIND)) {
      await open(scenario);
      for (const node of nodes) {
        await select(node);
        expect(await inspector().locator('.form-field, .form-group').count()).toBeGreaterThan(2);
        if (node === 'assistant' || node === 'languageMenu' || node === 'businessHours') await session.studio.screenshot(`inspector-kind-${node}`);
      }
    }
    // The bot's controller is a choice of shapes; switching shows the chosen shape's fields.
    const controller = inspector().locator('[data-field="controller"]');
    await inspector().getByRole('radio', { name: /Language model/ }).check();
    await controller.locator('[data-field="controller.model"]').waitFor();
  }, 150_000);

  it('lists problems by severity, with a count in the tab, and a click selects the node', async () => {
    await open('identify-customer');
    await select('askPin');
    await inspector().locator('[data-field="prompt"] [data-locale="en-US"] textarea').fill('');
    await tab(/Problems/).click();
    const problems = session.studio.page.locator('#panel-problems');
    await expect.poll(() => problems.locator('.problems-error .problems-item').count()).toBeGreaterThan(0);
    expect(await tab(/Problems/).textContent()).toMatch(/Problems \([1-9]\d*\)/);
    await problems.locator('.problems-error .problems-link', { hasText: 'Telefon-PIN' }).first().click();
    await tab(/Inspector/).click();
    await inspector().locator('[data-node="askPin"]').waitFor();
  });
});
