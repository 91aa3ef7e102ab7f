/**
 * Helpers for e2e tests that drive the content script: the background's page state for a tab, the
 * extension's database as the service worker sees it, selecting text as a user does, and the ranges
 * painted with the CSS Custom Highlight API.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { currentWorker, tabIdOf } from '../../scripts/browsers';
import type { ClipRecord } from '../../utils/db';
import type { PageState } from '../../utils/messages';
import type { Highlight } from '../../utils/model';

export interface Chrome {
  chrome: {
    storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
}

/** The background's state for the tab showing `page` (from storage.session, where the background keeps it). */
export async function pageState(context: BrowserContext, page: Page): Promise<PageState | null> {
  const tabId = await tabIdOf(context, page.url());
  const worker = await currentWorker(context);
  return worker.evaluate(async (id: number) => {
    const key = `page:${id}`;
    const got = await (globalThis as unknown as Chrome).chrome.storage.session.get(key);
    return (got[key] as PageState | undefined) ?? null;
  }, tabId);
}

/** Wait until the background's state for `page` satisfies `ok` (the content script reports asynchronously). */
export async function waitForState(context: BrowserContext, page: Page, ok: (s: PageState) => boolean, timeout = 15000): Promise<PageState> {
  const until = Date.now() + timeout;
  let last: PageState | null = null;
  while (Date.now() < until) {
    last = await pageState(context, page);
    if (last && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`page state never matched; last: ${JSON.stringify(last?.anchoring ?? last)}`);
}

/** Every record of one store of the extension's database (read in the service worker, which owns it). */
export async function dbRecords<T>(context: BrowserContext, store: 'highlights' | 'clips'): Promise<T[]> {
  const worker = await currentWorker(context);
  return worker.evaluate(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('portal-notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

export const dbHighlights = (context: BrowserContext) => dbRecords<Highlight>(context, 'highlights');
export const dbClips = (context: BrowserContext) => dbRecords<ClipRecord>(context, 'clips');

/** Open `url` in a new tab and wait until the content script has reported detection and anchoring. */
export async function openAndSettle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitForState(context, page, (s) => s.anchoring !== null);
  return page;
}

/** Reload `page` and wait for the new load's report (the previous one stays in storage until then). */
export async function reloadAndSettle(context: BrowserContext, page: Page): Promise<PageState> {
  const before = (await pageState(context, page))?.reportedAt ?? 0;
  await page.reload({ waitUntil: 'load' });
  return waitForState(context, page, (s) => s.reportedAt > before && s.anchoring !== null);
}

/**
 * Runs in the page (pass it to `page.evaluate` with the text, in Playwright or Puppeteer): select the
 * first occurrence of `t` (one text node) and release the mouse, as a user would.
 */
export function selectInPage(t: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(t);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + t.length);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    return;
  }
  throw new Error(`not on the page: ${t}`);
}

/** Select the first occurrence of `text` in the page and release the mouse, as a user would. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectInPage, text);
}

/**
 * Highlight `phrase` on `page` the way the context menu and the keyboard command do: select it,
 * then have the service worker send `content:highlight-selection` to the tab. Returns the reply.
 */
export async function highlightPhrase(context: BrowserContext, page: Page, phrase: string, colour = 'yellow'): Promise<unknown> {
  await selectText(page, phrase);
  const tabId = await tabIdOf(context, page.url());
  const worker = await currentWorker(context);
  return worker.evaluate(
    ([id, message]) => (globalThis as unknown as Chrome).chrome.tabs.sendMessage(id, message),
    [tabId, { type: 'content:highlight-selection', payload: { colour } }] as const,
  );
}

/** The texts of the ranges registered for a colour with the CSS Custom Highlight API. */
export async function paintedTexts(page: Page, colour = 'yellow'): Promise<string[]> {
  return page.evaluate((name: string) => {
    const h = CSS.highlights.get(name);
    return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
  }, `portal-notes-${colour}`);
}
