import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtime } from '../../../test/support/server';

/** Debian's Chromium; install it with `apt-get install -y chromium` to run these tests. */
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`widget browser tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('the chat widget in a browser', () => {
  let server: Awaited<ReturnType<typeof runtime>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await runtime();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const widget = (page: Page, selector: string) => page.locator(`[data-callflow-chat] >> ${selector}`);
  const bubbles = (page: Page, kind: string) => widget(page, `.msg.${kind}`).allTextContents();

  it('chats with buttons and text, and continues the same conversation after a reload', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/chat-demo?channel=support-chatbot`);
    await expect(widget(page, '.panel').isVisible()).resolves.toBe(false);
    await widget(page, '.launcher').click();

    const buttons = widget(page, '.choices button');
    await buttons.first().waitFor();
    expect(await buttons.allTextContents()).toEqual(['Internet or Wi-Fi problem', 'Billing question', 'Moving house', 'Talk to a person']);
    expect((await bubbles(page, 'bot'))[0]).toMatch(/^Hi there!/);

    await buttons.filter({ hasText: 'Talk to a person' }).click();
    await page.waitForFunction(() => document.querySelector('[data-callflow-chat]')?.shadowRoot?.querySelector('input')?.placeholder === 'name@example.com');
    await widget(page, 'input').fill('dana@example.com');
    await widget(page, 'input').press('Enter');
    await widget(page, '.msg.system').filter({ hasText: 'handing you over' }).waitFor();
    expect(await bubbles(page, 'user')).toEqual(['Talk to a person', 'dana@example.com']);
    const sessionId = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(':session'))?.[1]);
    expect((await server.deps.engine.get(sessionId!))!.visits).toEqual(['start', 'greeting', 'topicMenu', 'tagAgentRequest', 'askEmail', 'chatQueue']);

    await page.reload();
    await widget(page, '.msg.system').filter({ hasText: 'handing you over' }).waitFor();
    expect(await bubbles(page, 'user')).toEqual(['Talk to a person', 'dana@example.com']);
    expect(await widget(page, 'input').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its look when the host page styles every div and button', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/chat-demo?channel=support-chatbot&open=true`);
    await page.addStyleTag({ content: 'div, button { color: rgb(255, 0, 0) !important; font-family: serif !important; } .msg { display: none !important; }' });
    await widget(page, '.choices button').first().waitFor();
    const bot = widget(page, '.msg.bot').first();
    expect(await bot.isVisible()).toBe(true);
    expect(await bot.evaluate((node) => getComputedStyle(node).color)).toBe('rgb(28, 34, 48)');
    expect(await bot.evaluate((node) => getComputedStyle(node).fontFamily)).toMatch(/system-ui/);
    await page.close();
  });
});
