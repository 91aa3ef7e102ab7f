/**
 * Helpers for the popup and Library end-to-end tests: Chromium in a chosen UI language (and
 * optionally a kept profile), the popup for a demo page, the Library page, downloads read back,
 * and the e2e build's test hook on the Library page.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, tabIdOf } from '../../scripts/browsers';
import type { ChromiumSession } from '../../scripts/browsers';
import { startDemoServer } from '../../scripts/demo-server';
import type { DemoServer } from '../../scripts/demo-server';
import type { IntegrityReport } from '../../utils/db';

export interface PagesHarness {
  server: DemoServer;
  chromium: ChromiumSession;
  openDemo(name: string): Promise<Page>;
  /** The popup for the tab showing `page`, once it shows a final state (article, notice or error). */
  openPopup(page: Page): Promise<Page>;
  openLibrary(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with the e2e build, speaking `locale` (default Vietnamese), plus the demo server. */
export async function startPagesHarness(options: { userDataDir?: string; locale?: string; server?: DemoServer } = {}): Promise<PagesHarness> {
  const server = options.server ?? (await startDemoServer());
  const chromium = await launchChromium({ headless: true, userDataDir: options.userDataDir, locale: options.locale ?? 'vi-VN' });
  const base = `chrome-extension://${chromium.extensionId}`;
  return {
    server,
    chromium,
    async openDemo(name) {
      const page = await chromium.context.newPage();
      await page.goto(server.url + name, { waitUntil: 'load' });
      return page;
    },
    async openPopup(page) {
      const tabId = await tabIdOf(chromium.context, page.url());
      const popup = await chromium.context.newPage();
      await popup.setViewportSize({ width: 420, height: 700 });
      await popup.goto(`${base}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('main, [role=alert]', { timeout: 15000 });
      return popup;
    },
    async openLibrary() {
      const page = await chromium.context.newPage();
      await page.goto(`${base}/library.html`);
      await page.waitForSelector('main .pn-library:not([aria-busy])', { timeout: 15000 });
      return page;
    },
    async close() {
      await chromium.close();
      if (!options.server) await server.close();
    },
  };
}

/** A downloaded file: its suggested name and bytes. */
export interface Downloaded {
  filename: string;
  bytes: Buffer;
}

/** Run `trigger` on `page` and read back the file it downloads. */
export async function captureDownload(page: Page, trigger: () => Promise<unknown>): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), trigger()]);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pn-download-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = await fs.readFile(file);
  await fs.rm(dir, { recursive: true, force: true });
  return { filename: download.suggestedFilename(), bytes };
}

/** What the e2e build of the Library page exposes for tests. */
export interface LibraryTestHook {
  verify(): Promise<IntegrityReport>;
  highlightIds(): Promise<string[]>;
}

/** Run the library integrity check inside the Library page. */
export async function verifyInPage(library: Page): Promise<IntegrityReport> {
  await library.waitForFunction(() => 'portalNotesTest' in window);
  return library.evaluate(() => (window as unknown as { portalNotesTest: LibraryTestHook }).portalNotesTest.verify());
}

/** Every highlight id in the library, read inside the Library page. */
export async function highlightIdsInPage(library: Page): Promise<string[]> {
  await library.waitForFunction(() => 'portalNotesTest' in window);
  return library.evaluate(() => (window as unknown as { portalNotesTest: LibraryTestHook }).portalNotesTest.highlightIds());
}

/** Wait until the popup shows the detected article (the content script has reported). */
export async function waitForArticle(popup: Page): Promise<void> {
  await popup.waitForSelector('#pn-title-field', { timeout: 15000 });
}

/** Results/total from the Library's search status line ("Showing 2 of 4 clips" in any language). */
export async function resultCount(library: Page): Promise<{ shown: number; total: number }> {
  const text = (await library.locator('#pn-search-status').textContent()) ?? '';
  const numbers = [...text.matchAll(/\d[\d.,]*/g)].map((m) => Number(m[0].replace(/[.,]/g, '')));
  return { shown: numbers[0] ?? NaN, total: numbers[1] ?? NaN };
}

export const tmpProfile = () => fs.mkdtemp(path.join(os.tmpdir(), 'pn-profile-'));
