import { describe, expect, it } from 'vitest';
import { postJson } from '../support/server';
import { hasBrowser } from './browser';
import { useStudioSession } from './session';

describe.skipIf(!hasBrowser)('simulator and live view in the browser', () => {
  const session = useStudioSession('simulator');

  const node = (id: string) => session.studio.page.locator(`.react-flow__node[data-id="${id}"] .cf-node`);
  const isActive = (id: string) => node(id).evaluate((el) => el.classList.contains('is-active'));
  const panel = () => session.studio.page.locator('[role="tabpanel"]');
  const key = (digit: string) => panel().getByRole('group', { name: 'Dial pad' }).getByRole('button', { name: digit, exact: true });
  const transcript = () => panel().getByRole('list', { name: 'Transcript' });

  async function openTab(scenario: string, tab: string) {
    await session.studio.page.goto(`${session.server.url}/scenarios/${scenario}`);
    await session.studio.page.locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
    await session.studio.page.getByRole('tab', { name: tab }).click();
  }

  it('presses 1 twice in the multilingual menu and sees the transfer node highlighted and announced', async () => {
    await openTab('multilingual-menu', 'Simulator');
    await panel().getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => isActive('languageMenu')).toBe(true);
    await expect.poll(() => transcript().getByText(/Willkommen bei Moselle Énergie/).count()).toBe(1);

    await key('1').click();
    await expect.poll(() => isActive('mainMenu')).toBe(true);
    await key('1').click();
    await expect.poll(() => isActive('outageLine')).toBe(true);
    expect(await isActive('mainMenu')).toBe(false);
    await expect.poll(() => transcript().getByText('Transferring to +35280021234').count()).toBe(1);
    await expect.poll(() => transcript().getByText('Pressed 1').count()).toBe(2);
    await expect.poll(() => panel().getByText('How did the transfer go?').count()).toBe(1);

    // A busy line plays the apology and comes back to the main menu.
    await panel().getByRole('button', { name: 'Busy', exact: true }).click();
    await expect.poll(() => isActive('mainMenu')).toBe(true);
  });

  it('starts at a chosen node, takes speech and no input, and clears the highlight when the panel closes', async () => {
    await openTab('multilingual-menu', 'Simulator');
    await panel().getByLabel('Start at').selectOption('mainMenu');
    await panel().getByLabel('Prompt language').selectOption('en-US');
    await panel().getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => isActive('mainMenu')).toBe(true);
    await expect.poll(() => transcript().getByText(/To report a power outage, press 1/).count()).toBe(1);

    await panel().getByLabel('Say something…').fill('my bill');
    await panel().getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => isActive('billingTeam')).toBe(true);
    await expect.poll(() => transcript().getByText('Said “my bill”').count()).toBe(1);

    await panel().getByRole('button', { name: 'Restart', exact: true }).click();
    await expect.poll(() => transcript().getByText('Said “my bill”').count()).toBe(0);
    await panel().getByRole('button', { name: 'No input', exact: true }).click();
    await expect.poll(() => isActive('mainMenu')).toBe(true);
    await session.studio.screenshot('simulator-no-input');

    await session.studio.page.getByRole('tab', { name: /Problems|Inspector/ }).first().click();
    await expect.poll(() => session.studio.page.locator('.cf-node.is-active').count()).toBe(0);
  });

  it('answers an HTTP node with the mock the user entered, and takes the error path without one', async () => {
    await openTab('bank-hotline', 'Simulator');
    await panel().getByLabel('Start at').selectOption('crmLookup');
    await panel().getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => transcript().getByText(/no mock response in the simulator/).count()).toBe(1);

    await panel().getByText('HTTP mocks').click();
    await panel().getByLabel('HTTP mocks crmLookup').selectOption('response');
    await panel().getByLabel('JSON body').fill('{"customer": {"name": "Ada", "segment": "premium"}}');
    await panel().getByRole('button', { name: 'Restart', exact: true }).click();
    await expect.poll(() => transcript().getByText(/success: GET https:\/\/crm.example.com/).count()).toBe(1);

    // Sent for real by the runtime: this machine has no way out, so the CRM's name does not resolve.
    await panel().getByLabel('HTTP mocks crmLookup').selectOption('runtime');
    await panel().getByRole('button', { name: 'Restart', exact: true }).click();
    await expect.poll(() => transcript().getByText(/sent by the runtime/).count()).toBe(1);
    await session.studio.screenshot('simulator-http-mock');
  });

  it('chats with a chat scenario and shows the simulator in German', async () => {
    await session.studio.page.goto(`${session.server.url}/scenarios/support-chatbot`);
    await session.studio.page.locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
    await session.studio.page.locator('header select').selectOption('de');
    await session.studio.page.getByRole('tab', { name: 'Simulator' }).click();
    await panel().getByRole('button', { name: 'Starten', exact: true }).click();
    await panel().getByLabel('Nachricht schreiben…').fill('hallo');
    await panel().getByRole('button', { name: 'Senden', exact: true }).click();
    await expect.poll(() => panel().getByRole('list', { name: 'Verlauf' }).getByText('„hallo“ geschrieben').count()).toBe(1);
  });

  it('lists the scenario\'s recent sessions with their trace in the live view', async () => {
    for (const digits of ['1', '2']) {
      const started = await postJson(`${session.server.url}/api/calls`, { scenarioId: 'multilingual-menu', from: '+35291000000' });
      expect(started.status).toBe(201);
      const events = await postJson(`${session.server.url}/api/calls/${started.body.sessionId}/events`, { type: 'digits', digits });
      expect(events.status).toBe(200);
    }
    await openTab('multilingual-menu', 'Live');
    await expect.poll(() => panel().getByText(/Counted over 2 sessions/).count()).toBe(1);
    // The heat map: both calls passed the language menu, so it is among the hottest nodes and carries their count.
    const menu = session.page.locator('.react-flow__node[data-id="languageMenu"]');
    await expect.poll(() => menu.getAttribute('class')).toMatch(/cf-heat-4/);
    expect(await menu.getAttribute('data-badge')).toBe('2');
    expect(await session.page.locator('.react-flow__node.cf-heat').count()).toBeGreaterThan(2);
    const calls = session.studio.page.locator('.live-call');
    await expect.poll(() => calls.count()).toBe(2);
    await calls.first().click();
    const trace = panel().getByRole('list', { name: 'Trace' });
    await expect.poll(() => trace.getByText('@ languageMenu (menu)').count()).toBe(1);
    await trace.getByText('@ languageMenu (menu)').click();
  });
});
