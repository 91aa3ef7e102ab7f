/**
 * Launching real browsers with the built extension loaded: Debian chromium through playwright-core,
 * firefox-esr through puppeteer-core over WebDriver BiDi. Shared by `npm start` and the e2e tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_E2E_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');
export const FIREFOX_E2E_DIR = path.join(ROOT, '.output/firefox-mv2-e2e');
export const GECKO_ID = 'portal-notes@portalnotes.invalid';
/** A fixed internal UUID so tests know the moz-extension:// origin. */
export const FIREFOX_UUID = '6f1c7e2a-5b0d-4a9e-8c3f-2d7b1e9a4c50';

function firstExisting(candidates: (string | undefined)[]): string | null {
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  return null;
}

/** The real Chromium binary (`/usr/bin/chromium` is a wrapper script that adds flags). */
export function chromiumPath(): string {
  const found = firstExisting([process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']);
  if (!found) throw new Error('Chromium not found: install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export function firefoxPath(): string {
  const found = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!found) throw new Error('Firefox not found: install Debian firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH');
  return found;
}

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Chromium with the extension loaded. `userDataDir` '' gives a throwaway profile; pass a directory to
 * keep the profile (and the extension's IndexedDB) across restarts.
 */
export async function launchChromium(options: {
  extensionDir?: string;
  headless?: boolean;
  userDataDir?: string;
  locale?: string;
}): Promise<ChromiumSession> {
  const dir = options.extensionDir ?? CHROME_E2E_DIR;
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run "npx wxt build --mode e2e" first`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: options.locale,
    viewport: { width: 1280, height: 900 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** The current background service worker (it may have been restarted since launch). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
}

/** The slice of the `chrome` global that code evaluated in the service worker uses. */
export interface ChromeGlobal {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    storage: { session: { get(k: string | null): Promise<Record<string, unknown>> } };
    runtime: { reload(): void };
  };
}

/** The tab id Chromium gave the page at `url` (tests pass it to popup.html?tabId=…). */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = await currentWorker(context);
  const id = await worker.evaluate(async (u: string) => {
    const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}
