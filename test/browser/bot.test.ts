import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from './browser';
import { useStudioSession } from './session';

/** Close-ups of the panel beside the whole-page screenshots useStudioSession takes. */
const closeUp = (name: string) => join(import.meta.dirname, '..', '..', 'test-results', 'browser', `${name}.png`);

type Intent = { name: string; exit?: boolean; utterances: Record<string, string[]> };
type Draft = { nodes: Record<string, { intents?: Intent[]; controller?: { type: string } }> };

describe.skipIf(!hasBrowser)('the bot node in the inspector and the simulator', () => {
  const session = useStudioSession('bot');
  const page = () => session.studio.page;
  const inspector = () => page().locator('#panel-inspector');
  const panel = () => page().locator('[role="tabpanel"]');
  const intent = (name: string) => inspector().locator(`[data-intent="${name}"]`);
  const transcript = () => panel().getByRole('list', { name: 'Transcript' });
  const isActive = (id: string) => page().locator(`.react-flow__node[data-id="${id}"] .cf-node`).evaluate((el) => el.classList.contains('is-active'));
  const draft = async () => ((await (await fetch(`${session.server.url}/api/scenarios/voice-robot`)).json()) as { draft: Draft }).draft;
  const phrasesOf = async (name: string, locale: string) => (await draft()).nodes.assistant!.intents!.find((i) => i.name === name)!.utterances[locale];

  async function openRobot() {
    await page().goto(`${session.server.url}/scenarios/voice-robot`);
    await page().locator('.react-flow__node').first().waitFor({ timeout: 20_000 });
  }
  // The canvas may still be fitting the view when the page is new, so a click can miss: click until selected.
  async function selectRobot() {
    await expect
      .poll(async () => {
        await page().locator('.react-flow__node[data-id="assistant"]').click();
        return inspector().locator('[data-node="assistant"]').count();
      }, { timeout: 15_000 })
      .toBe(1);
  }
  async function save() {
    await page().keyboard.press('Control+s');
    await expect.poll(() => page().getByTestId('dirty').textContent(), { timeout: 10_000 }).toBe('Saved');
  }
  async function simulateFromRobot(said: string) {
    await page().getByRole('tab', { name: 'Simulator' }).click();
    await panel().getByLabel('Start at').selectOption('assistant');
    await panel().getByLabel('Prompt language').selectOption('en-US');
    await panel().getByRole('button', { name: /^(Start|Restart)$/ }).click();
    await expect.poll(() => transcript().getByText(/Hi, I'm Mia/).count()).toBe(1);
    await panel().getByLabel('Say something…').fill(said);
    await panel().getByRole('button', { name: 'Send', exact: true }).click();
  }

  it('adds phrases to an intent, typed and pasted, and finds them in the saved draft', async () => {
    await openRobot();
    await selectRobot();
    const technical = intent('technical');
    await technical.getByRole('button', { name: 'Show intent technical' }).click();
    await technical.getByRole('tab', { name: /en-US/ }).click();
    expect(await technical.getByRole('tab', { name: /en-US/ }).textContent()).toBe('en-US22');

    const add = technical.getByLabel('Add a phrase in en-US');
    await add.fill('My router blinks red all day');
    await add.press('Enter');
    // Several pasted lines become several phrases; blank lines and a phrase already listed are skipped.
    await add.evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'The SIM card is not recognised\n\nmy router blinks red all day\nNo signal in my flat\n');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => technical.getByRole('tab', { name: /en-US/ }).textContent()).toBe('en-US25');
    expect(await technical.getByLabel('Phrase 25 in en-US').inputValue()).toBe('No signal in my flat');
    await session.studio.screenshot('bot-phrases-added');

    await save();
    const saved = await phrasesOf('technical', 'en-US');
    expect(saved?.slice(-3)).toEqual(['My router blinks red all day', 'The SIM card is not recognised', 'No signal in my flat']);
    expect(saved).toHaveLength(25);
  });

  it('adds an intent that lacks phrases, says where they are missing, and deletes it again', async () => {
    await openRobot();
    await selectRobot();
    await inspector().getByLabel('New intent name, e.g. roaming').fill('roaming');
    await inspector().getByRole('button', { name: '+ Add intent' }).click();
    const roaming = intent('roaming');
    // Opened at once, with the validator's problem inline and a hint per language.
    await expect.poll(() => roaming.getByText('No phrases in de-DE yet', { exact: false }).count()).toBe(1);
    await expect.poll(() => roaming.getByText(/has no example phrases for de-DE/).count()).toBe(1);
    await roaming.getByLabel('Add a phrase in de-DE').fill('Ich bin im Ausland und habe kein Netz');
    await roaming.getByLabel('Add a phrase in de-DE').press('Enter');
    await expect.poll(() => roaming.getByText(/has no example phrases for de-DE/).count()).toBe(0);
    expect(await roaming.getByText(/has no example phrases for en-US/).count()).toBe(1);
    await roaming.getByRole('checkbox', { name: 'Leaves the robot' }).check();
    // An exit intent is a port: the canvas shows its handle on the robot.
    await expect.poll(() => page().locator('.react-flow__node[data-id="assistant"] .react-flow__handle[data-handleid="roaming"]').count()).toBe(1);
    await session.studio.screenshot('bot-intent-missing');

    await roaming.getByRole('button', { name: 'Delete intent' }).click();
    await expect.poll(() => intent('roaming').count()).toBe(0);
    await page().keyboard.press('Control+z');
    await expect.poll(() => intent('roaming').count()).toBe(1);
  });

  it('converses with the robot in the simulator: a phrase it was just taught leaves by its exit', async () => {
    await openRobot();
    await selectRobot();
    // Words no training phrase shares: only the phrase added here can route them.
    const said = 'Zorblax frobnicator wobbles';
    const cancel = intent('cancel_contract');
    await cancel.getByRole('button', { name: 'Show intent cancel_contract' }).click();
    await cancel.getByRole('tab', { name: /en-US/ }).click();
    await cancel.getByLabel('Add a phrase in en-US').fill(said);
    await cancel.getByLabel('Add a phrase in en-US').press('Enter');
    await save();
    expect(await phrasesOf('cancel_contract', 'en-US')).toContain(said);

    await simulateFromRobot(said);
    // The robot leaves by cancel_contract: its intro is said and the flow waits at the retention team's transfer.
    await expect.poll(() => transcript().getByText(/Understood “cancel_contract” \(\d+%\)/).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => isActive('retentionTeam')).toBe(true);
    expect(await isActive('assistant')).toBe(false);
    expect(await panel().getByTestId('sim-classifier').count()).toBe(0);
    await transcript().screenshot({ path: closeUp('bot-transcript') });
  });

  it('falls back to matching words itself, and says so, when the runtime cannot classify', async () => {
    await page().route('**/api/bot/classify', (route) => route.abort('connectionrefused'));
    await openRobot();
    await simulateFromRobot('my internet connection keeps dropping out');
    await expect.poll(() => panel().getByTestId('sim-classifier').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel().getByTestId('sim-classifier').textContent()).toMatch(/runtime could not be reached/);
    await expect.poll(() => transcript().getByText(/Understood “technical”/).count()).toBe(1);
  });

  it('offers a language model as controller, with its fields, and the simulator says it cannot reach it', async () => {
    await openRobot();
    await selectRobot();
    await inspector().getByRole('radio', { name: /Language model/ }).check();
    const controller = inspector().locator('[data-field="controller"]');
    await controller.locator('[data-field="controller.model"] input').fill('llama-3.1-8b');
    await controller.locator('[data-field="controller.systemPrompt"] textarea').fill('You are Mia, the assistant of Funkwerk Mobil.');
    await expect.poll(() => controller.getByText(/The simulator cannot reach this controller/).count()).toBe(1);
    await inspector().locator('[data-field="controller"]').screenshot({ path: closeUp('bot-controller') });
    await save();
    expect((await draft()).nodes.assistant!.controller).toMatchObject({ type: 'llm', model: 'llama-3.1-8b' });

    await simulateFromRobot('I want to cancel my contract');
    await expect.poll(() => panel().getByText(/uses a webhook or a language model/).count()).toBe(1);
    await expect.poll(() => transcript().getByText(/llm controller failed: not reachable from the simulator/).count()).toBe(1);
    await expect.poll(() => isActive('fallbackMenu')).toBe(true);
  });
});
