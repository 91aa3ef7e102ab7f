/**
 * Firefox smoke test: the extension installs in firefox-esr, its content script runs on a demo page
 * and reports to the background, and the popup shows what was detected.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { FIREFOX_E2E_DIR, FIREFOX_UUID, GECKO_ID, firefoxPath } from '../../scripts/browsers';
import { PAGES_DIR, startDemoServer } from '../../scripts/demo-server';
import type { DemoServer } from '../../scripts/demo-server';

let browser: Browser;
let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(FIREFOX_E2E_DIR);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('runs the content script on a demo page and shows its title in the popup', async () => {
    const articleUrl = server.url + 'sharepoint-snv.html';
    const article = await browser.newPage();
    await article.goto(articleUrl, { waitUntil: 'load' });
    const pageTitle = await article.evaluate(() => document.title);

    const popup = await browser.newPage();
    await popup.goto(server.url + 'index.html');
    const popupUrl = `moz-extension://${FIREFOX_UUID}/popup.html?url=${encodeURIComponent(articleUrl)}`;
    // Extension pages cannot be opened directly here; a page may navigate to a web-accessible one.
    await popup.evaluate((u) => void (location.href = u), popupUrl);
    const title = await popup.waitForSelector('[data-testid=title]', { timeout: 20000 });
    const shown = (await title?.evaluate((el) => el.textContent ?? '')) ?? '';
    const expected = JSON.parse(readFileSync(path.join(PAGES_DIR, 'sharepoint-snv.expected.json'), 'utf8')) as { title: string };
    expect(shown).toBe(expected.title);
    expect(pageTitle).toContain(shown.slice(0, 20));
  }, 60000);
});
