/**
 * The real extension pages in Chromium: seeds an invented library (10,000 clips / 50,000 highlights /
 * 10,000 snapshots) through the Library's own restore, then times, from navigation start, the
 * Library's first rows painted and the popup's detected title painted, and a search keystroke →
 * results painted while the search index is built and after it is complete.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { serializeBackup } from '../../utils/backup/serialize';
import { launchChromium, tabIdOf } from '../../scripts/browsers';
import { startDemoServer } from '../../scripts/demo-server';
import { generateLibrary } from '../db-page/generate';

const OPTIONS = { clips: 10_000, highlights: 50_000, sites: 50, tags: 200, bodyChars: 3_000, snapshots: true, seed: 20240122 };
/** Warm-up opens stop once the database opens in under this twice in a row (ms)... */
const QUICK_OPEN_MS = 25;
/** ...or after this long (ms). */
const WARMUP_LIMIT_MS = 60_000;
/** Quiet time instead, for a build without stage marks. */
const SETTLE_MS = 10_000;
/** Words of the generated article texts: found in highlights at first, in many more clips once texts load. */
const BODY_QUERY = 'cam ket';
const QUERIES = ['t', 'th', 'thi', 'thi ', 'thi d', 'thi du', 'thi dua', 'hoi nghi', 'cai cach hanh chinh', 'tiem chung', 'cam ket', 'nguyen van'];

/** One measured figure: `name: value unit`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Installed before any page script: records (ms from navigation start) when an element matching the
 * selector first holds text (`pnShownAt`) and when the browser painted it (`pnPaintedAt`, the
 * Element Timing render time: the probe marks the element as soon as it is inserted, before the
 * frame that shows it is painted). `pnFrameAt` is the next animation frame after the insertion.
 */
export function paintProbe(selector: string): void {
  const w = window as unknown as { pnShownAt?: number; pnFrameAt?: number; pnPaintedAt?: number };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[]) {
      if (entry.identifier === 'pn-probe' && w.pnPaintedAt === undefined) w.pnPaintedAt = entry.renderTime || entry.startTime;
    }
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((_, observer) => {
    const el = document.querySelector(selector);
    if (w.pnShownAt !== undefined || !el?.textContent?.trim()) return;
    el.setAttribute('elementtiming', 'pn-probe');
    w.pnShownAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      w.pnFrameAt = performance.now();
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Load `url` in `page` and return when `selector` was painted (ms from navigation start). */
async function timePaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { pnPaintedAt?: number }).pnPaintedAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { pnPaintedAt: number }).pnPaintedAt);
}

/** The page's own performance marks named `pn:*` (ms from navigation start), the first of each name. */
async function marks(page: Page): Promise<Record<string, number>> {
  // The first of each name: later marks of the same stage come from reloads.
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('pn:'))
        .reverse()
        .map((m) => [m.name, m.startTime]),
    ),
  );
}

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#pn-search-status').textContent()) ?? '';
  return Number((/\d[\d.,]*/.exec(text)?.[0] ?? 'NaN').replace(/[.,]/g, ''));
}

/**
 * Type each query into the Library's search box; per query, input event → results painted (ms).
 * With `untilLoaded`, keep typing the queries over and over until the article texts are read and
 * indexed (so keystrokes land in every stage of the loading), at most 20 s.
 */
async function typeQueries(page: Page, queries: readonly string[], untilLoaded = false): Promise<{ times: number[]; statuses: string[] }> {
  return page.evaluate(
    async ({ qs, untilLoaded }) => {
      const input = document.querySelector<HTMLInputElement>('#pn-search-input')!;
      const status = document.querySelector('#pn-search-status')!;
      const times: number[] = [];
      const statuses: string[] = [];
      const started = performance.now();
      for (let i = 0; ; i++) {
        if (i >= qs.length) {
          // The texts were handed over (half a second ago, so the index build has started) and indexed.
          const read = performance.getEntriesByName('pn:texts-read')[0];
          const loaded = read !== undefined && performance.now() - read.startTime > 500 && !/chuẩn bị|Đang tải/.test(status.textContent ?? '');
          if (!untilLoaded || loaded || performance.now() - started > 20_000) break;
        }
        const q = qs[i % qs.length];
        input.value = q;
        const t = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(null);
          }),
        );
        times.push(performance.now() - t);
        statuses.push(`${(t / 1000).toFixed(2)} s: ${q} → ${status.textContent}`);
        // A reader types a key every ~100 ms or so; let the page breathe between keys as it would.
        await new Promise((r) => setTimeout(r, 60));
      }
      return { times, statuses };
    },
    { qs: queries, untilLoaded },
  );
}

/** The value below which `share` of the values fall. */
const percentile = (xs: readonly number[], share: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * share))];

/**
 * When (ms from navigation start) the result count for `query` stopped growing: article texts read
 * and indexed. Polls the status line; while it shows no count (clips still loading) or says search
 * is being prepared, the count is not final.
 */
async function fullTextReady(page: Page, query: string): Promise<{ readyAt: number; first: number; last: number }> {
  await page.locator('#pn-search-input').fill(query);
  const first = await resultCount(page);
  let best = Number.isNaN(first) ? -1 : first;
  let readyAt = await page.evaluate(() => performance.now());
  for (let quiet = 0; quiet < 2500; ) {
    await new Promise((r) => setTimeout(r, 50));
    const n = await resultCount(page);
    const indexing = ((await page.locator('#pn-search-status').textContent()) ?? '').includes('chuẩn bị');
    const grew = n > best;
    if (grew) {
      best = n;
      readyAt = await page.evaluate(() => performance.now());
    }
    quiet = grew || indexing || Number.isNaN(n) ? 0 : quiet + 50;
  }
  return { readyAt, first, last: best };
}

export interface ExtensionBenchOptions {
  /** The e2e build of the extension (`chrome-mv3-e2e`). */
  extensionDir: string;
  runs: number;
  verbose?: boolean;
  log?: (line: string) => void;
}

/** Seed the library and measure the real pages; resolves with the figures. */
export async function measureExtension(options: ExtensionBenchOptions): Promise<Figure[]> {
  const log = options.log ?? ((line: string) => console.error(line));
  const figures: Figure[] = [];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pn-bench-ext-'));
  const file = path.join(dir, 'backup.json');
  await fs.writeFile(file, serializeBackup(generateLibrary(OPTIONS)));
  const server = await startDemoServer();
  const profile = path.join(dir, 'profile');
  const launch = () => launchChromium({ headless: true, locale: 'vi-VN', extensionDir: options.extensionDir, userDataDir: profile });
  let session = await launch();
  const base = `chrome-extension://${session.extensionId}`;
  try {
    const library = await session.context.newPage();
    library.on('pageerror', (e) => log(`library page error: ${e.message}`));
    await library.goto(`${base}/library.html`);
    await library.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
    await library.locator('input[type=file]').setInputFiles(file);
    const t0 = Date.now();
    await library.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await library.locator('.pn-success, .pn-restore__result [role=alert]').waitFor({ timeout: 300_000 });
    if (!(await library.locator('.pn-success').count())) throw new Error('restore failed: ' + (await library.locator('.pn-restore__result').textContent()));
    figures.push({ name: 'ui-seed-restore', value: Date.now() - t0, unit: 'ms' });
    figures.push({ name: 'ui-seed-clips', value: OPTIONS.clips, unit: 'clips' });
    figures.push({ name: 'ui-seed-highlights', value: OPTIONS.highlights, unit: 'highlights' });

    // A library exists before the session starts: restart the browser on the seeded profile, so
    // the pages are measured in a browser that did not just parse and write 70,000 records.
    await session.close();
    session = await launch();

    // Library: navigation start → first rows painted, each run in a new tab (as the popup opens it).
    const openLibraryTab = async (run: string): Promise<{ painted: number; marks: Record<string, number> }> => {
      const tab = await session.context.newPage();
      tab.on('pageerror', (e) => log(`library page error: ${e.message}`));
      await tab.addInitScript(paintProbe, '.pn-row__title');
      const painted = await timePaint(tab, `${base}/library.html?run=${run}`);
      // Let the loading behind the first screen finish so the next run starts from a quiet browser.
      await tab.waitForFunction(() => performance.getEntriesByName('pn:texts-read').length > 0, undefined, { timeout: 15_000 }).catch(() => undefined);
      const found = await marks(tab);
      await tab.close();
      return { painted, marks: found };
    };
    // The first open after the browser starts also opens the database files: reported apart.
    const cold = (await openLibraryTab('cold')).painted;
    // Then the browser's start-up work on the database (compacting what the restore wrote) runs for a
    // while; a user's library has long settled. Open until the database opens quickly twice in a row.
    let warmups = 0;
    for (let quick = 0, until = Date.now() + WARMUP_LIMIT_MS; quick < 2 && Date.now() < until; warmups++) {
      const { marks: m } = await openLibraryTab(`warmup-${warmups}`);
      const opening = m['pn:db-open'] - m['pn:script'];
      if (Number.isNaN(opening)) {
        // A build without the stage marks: settle for a fixed time instead.
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        break;
      }
      quick = opening < QUICK_OPEN_MS ? quick + 1 : 0;
    }
    const libraryTimes: number[] = [];
    const libraryMarks: Record<string, number[]> = {};
    for (let i = 0; i < options.runs; i++) {
      const { painted, marks: m } = await openLibraryTab(String(i));
      libraryTimes.push(painted);
      for (const [name, at] of Object.entries(m)) (libraryMarks[name] ??= []).push(at);
    }
    figures.push({ name: 'ui-library-first-render-median', value: median(libraryTimes), unit: 'ms' });
    figures.push({ name: 'ui-library-first-render-max', value: Math.max(...libraryTimes), unit: 'ms' });
    figures.push({ name: 'ui-library-first-render-cold', value: cold, unit: 'ms' });
    figures.push({ name: 'ui-library-warmup-opens', value: warmups, unit: 'opens' });
    if (options.verbose) log(`library first render: cold ${cold.toFixed(0)}, then ${libraryTimes.map((x) => x.toFixed(0)).join(', ')}`);
    for (const [name, at] of Object.entries(libraryMarks).sort((a, b) => median(a[1]) - median(b[1]))) {
      figures.push({ name: `ui-library-mark-${name.slice(3)}-median`, value: median(at), unit: 'ms' });
    }

    // Search keystrokes from the first row on, until clips, highlights, article texts and the index have loaded.
    const searchPage = await session.context.newPage();
    searchPage.on('pageerror', (e) => log(`library page error: ${e.message}`));
    await searchPage.goto(`${base}/library.html?during`);
    await searchPage.locator('.pn-row__title').first().waitFor({ timeout: 60_000 });
    const during = await typeQueries(searchPage, QUERIES, true);
    figures.push({ name: 'ui-search-keystroke-during-load-median', value: median(during.times), unit: 'ms' });
    figures.push({ name: 'ui-search-keystroke-during-load-p90', value: percentile(during.times, 0.9), unit: 'ms' });
    figures.push({ name: 'ui-search-keystroke-during-load-max', value: Math.max(...during.times), unit: 'ms' });
    figures.push({ name: 'ui-search-keystrokes-during-load', value: during.times.length, unit: 'keystrokes' });
    if (options.verbose) for (const [i, s] of during.statuses.entries()) log(`during: ${s} (${during.times[i].toFixed(1)} ms)`);

    // Full text: the count for a query in article texts grows until the texts are loaded and indexed.
    await searchPage.goto(`${base}/library.html?fulltext`);
    await searchPage.locator('.pn-row__title').first().waitFor({ timeout: 60_000 });
    const full = await fullTextReady(searchPage, BODY_QUERY);
    figures.push({ name: 'ui-search-fulltext-ready', value: full.readyAt, unit: 'ms' });
    figures.push({ name: 'ui-search-fulltext-results', value: full.last, unit: 'clips' });
    if (options.verbose) log(`full text "${BODY_QUERY}": ${full.first} → ${full.last} clips`);
    await searchPage.locator('#pn-search-input').fill('');
    await searchPage.waitForTimeout(300);

    const after = await typeQueries(searchPage, QUERIES);
    figures.push({ name: 'ui-search-keystroke-median', value: median(after.times), unit: 'ms' });
    figures.push({ name: 'ui-search-keystroke-max', value: Math.max(...after.times), unit: 'ms' });
    if (options.verbose) for (const [i, s] of after.statuses.entries()) log(`after: ${s} (${after.times[i].toFixed(1)} ms)`);
    await searchPage.close();

    // Popup: navigation start → the detected title painted, on a demo article (not clipped, then clipped).
    const article = await session.context.newPage();
    await article.goto(server.url + 'sharepoint-snv.html', { waitUntil: 'load' });
    const tabId = await tabIdOf(session.context, article.url());
    const popupUrl = `${base}/popup.html?tabId=${tabId}`;
    const timePopup = async (): Promise<{ times: number[]; marks: Record<string, number[]> }> => {
      const times: number[] = [];
      const all: Record<string, number[]> = {};
      for (let i = 0; i < options.runs; i++) {
        const popup = await session.context.newPage();
        popup.on('pageerror', (e) => log(`popup page error: ${e.message}`));
        await popup.setViewportSize({ width: 420, height: 700 });
        await popup.addInitScript(paintProbe, '#pn-title-field .pn-field__text');
        times.push(await timePaint(popup, popupUrl));
        await popup.waitForTimeout(300);
        for (const [name, at] of Object.entries(await marks(popup))) (all[name] ??= []).push(at);
        await popup.close();
      }
      return { times, marks: all };
    };
    const fresh = await timePopup();
    figures.push({ name: 'ui-popup-first-render-median', value: median(fresh.times), unit: 'ms' });
    figures.push({ name: 'ui-popup-first-render-max', value: Math.max(...fresh.times), unit: 'ms' });
    if (options.verbose) log(`popup first render: ${fresh.times.map((x) => x.toFixed(0)).join(', ')}`);
    for (const [name, at] of Object.entries(fresh.marks).sort((a, b) => median(a[1]) - median(b[1]))) {
      figures.push({ name: `ui-popup-mark-${name.slice(3)}-median`, value: median(at), unit: 'ms' });
    }

    const popup = await session.context.newPage();
    await popup.goto(popupUrl);
    await popup.getByRole('button', { name: 'Lưu bài viết' }).click();
    await popup.getByRole('button', { name: 'Bỏ lưu' }).waitFor({ timeout: 30_000 });
    await popup.close();
    const clipped = await timePopup();
    figures.push({ name: 'ui-popup-clipped-first-render-median', value: median(clipped.times), unit: 'ms' });
    await article.close();
  } finally {
    await session.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
  return figures;
}
