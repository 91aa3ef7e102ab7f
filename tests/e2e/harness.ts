/**
 * Shared set-up for Chromium end-to-end tests: the demo server, Chromium with the e2e build, and
 * helpers to open a demo page and the popup for it.
 */
import type { Page } from 'playwright-core';
import { launchChromium, tabIdOf } from '../../scripts/browsers';
import type { ChromiumSession } from '../../scripts/browsers';
import { startDemoServer } from '../../scripts/demo-server';
import type { DemoServer } from '../../scripts/demo-server';

export interface Harness {
  server: DemoServer;
  chromium: ChromiumSession;
  /** Open a demo page (e.g. `sharepoint-snv.html`) in a new tab. */
  openDemo(name: string): Promise<Page>;
  /** Open popup.html in a tab of its own, serving the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(options: { userDataDir?: string } = {}): Promise<Harness> {
  const server = await startDemoServer();
  const chromium = await launchChromium({ headless: true, userDataDir: options.userDataDir });
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
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await chromium.close();
      await server.close();
    },
  };
}
