/**
 * Firefox: the extension installs in firefox-esr, its content script runs on a demo page and reports
 * to the background, the popup shows what was detected, and a highlight made from the page toolbar
 * is saved by the background and painted again after a reload; a document's record page reads as in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { FIREFOX_E2E_DIR, FIREFOX_UUID, GECKO_ID, firefoxPath } from '../../scripts/browsers';
import { PAGES_DIR, startDemoServer } from '../../scripts/demo-server';
import type { DemoServer } from '../../scripts/demo-server';
import { UI_HOST_ATTRIBUTE } from '../../utils/anchor/own-nodes';
import { selectInPage } from './content-helpers';

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

  it('reads a document\'s record page as Chromium does: its number, issue date, signer and file', async () => {
    const recordUrl = server.url + 'vanban-record.html';
    const page = await browser.newPage();
    await page.goto(recordUrl, { waitUntil: 'load' });
    const popup = await browser.newPage();
    await popup.goto(server.url + 'index.html');
    await popup.evaluate((u) => void (location.href = u), `moz-extension://${FIREFOX_UUID}/popup.html?url=${encodeURIComponent(recordUrl)}`);
    await popup.waitForSelector('#pn-number-field .pn-field__text', { timeout: 20000 });
    const read = await popup.evaluate(() => ({
      number: document.querySelector('#pn-number-field .pn-field__text')?.textContent,
      dateLabel: document.querySelector('#pn-published-label')?.textContent,
      date: document.querySelector('#pn-published-field .pn-field__text')?.textContent,
      signature: [...document.querySelectorAll('#pn-signature-field dd')].map((d) => d.textContent),
      files: [...document.querySelectorAll('#pn-attachments-field a')].map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]),
      details: [...document.querySelectorAll('#pn-details-field dt')].map((d) => d.textContent),
    }));
    expect(read).toEqual({
      number: '245/QĐ-SNV',
      // (this Firefox speaks English)
      dateLabel: 'Date issued',
      date: '12 Nov 2026',
      signature: ['Lê Minh Khang', 'Sở Nội vụ tỉnh Sông Mây'],
      files: [['245-QD-SNV.pdf', '/files/245-QD-SNV.pdf']],
      details: ['Loại văn bản', 'Ngày có hiệu lực', 'Lĩnh vực'],
    });
  }, 60000);

  it('highlights a selection from the page toolbar, and paints it again after a reload', async () => {
    const phrase = 'tổ chức Hội nghị tập huấn nghiệp vụ công tác thi đua';
    const page = await browser.newPage();
    await page.goto(server.url + 'sharepoint-snv.html?case=firefox-highlight', { waitUntil: 'load' });
    // Firefox injects at document_idle, after the load event: wait for the content script's stylesheet
    await page.waitForFunction((attr) => !!document.querySelector(`style[${attr}]`), { timeout: 20000 }, UI_HOST_ATTRIBUTE);
    // select as a user does and release the mouse: the toolbar appears in the extension's shadow root
    await page.evaluate(selectInPage, phrase);
    await page.waitForFunction(() => !!document.querySelector('portal-notes-ui')?.shadowRoot?.querySelector('button.pnt-colour'), { timeout: 20000 });
    const colour = await page.evaluateHandle(() => document.querySelector('portal-notes-ui')!.shadowRoot!.querySelector('button.pnt-colour') as HTMLButtonElement);
    await colour.click();
    const painted = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('portal-notes-yellow');
        return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [...document.querySelectorAll('mark[data-portal-notes-id]')].map((m) => m.textContent);
      });
    await page.waitForFunction(
      (t) => {
        const h = CSS.highlights.get('portal-notes-yellow');
        const texts = h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
        return texts.includes(t);
      },
      { timeout: 20000 },
      phrase,
    );
    expect(await painted()).toEqual([phrase]);
    // saved by the background in the extension's database: a reload paints it again
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (CSS.highlights.get('portal-notes-yellow')?.size ?? 0) > 0, { timeout: 20000 });
    expect(await painted()).toEqual([phrase]);
  }, 90000);
});
