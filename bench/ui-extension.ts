/**
 * The real extension pages in Chromium (the e2e build, `npx wxt build --mode e2e` first): seeds an
 * invented library of 10,000 clips / 50,000 highlights / 10,000 snapshots through the Library's own
 * restore, then times the Library's first row, full-text search becoming complete (snapshot texts
 * loaded in the background), a search keystroke, and the popup on a demo page.
 * Run: npx tsx bench/ui-extension.ts
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { serializeBackup } from '../utils/backup/serialize';
import { launchChromium, tabIdOf } from '../scripts/browsers';
import { startDemoServer } from '../scripts/demo-server';
import { generateLibrary } from './db-page/generate';

const OPTIONS = { clips: 10_000, highlights: 50_000, sites: 50, tags: 200, bodyChars: 3_000, snapshots: true, seed: 20240122 };
const RUNS = 5;
/** Words of the generated article texts: found in highlights at first, in many more clips once texts load. */
const BODY_QUERY = 'cam ket';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number) => x.toFixed(0);

/** Record, from navigation start, when the first list row appears. */
const FIRST_ROW_PROBE = () => {
  const w = window as unknown as { firstRowAt?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector('.pn-row')) {
      w.firstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#pn-search-status').textContent()) ?? '';
  return Number((/\d[\d.,]*/.exec(text)?.[0] ?? 'NaN').replace(/[.,]/g, ''));
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pn-bench-ext-'));
  const file = path.join(dir, 'backup.json');
  await fs.writeFile(file, serializeBackup(generateLibrary(OPTIONS)));
  const server = await startDemoServer();
  const session = await launchChromium({ headless: true, locale: 'vi-VN' });
  const base = `chrome-extension://${session.extensionId}`;
  try {
    const library = await session.context.newPage();
    await library.goto(`${base}/library.html`);
    await library.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
    await library.locator('input[type=file]').setInputFiles(file);
    const t0 = Date.now();
    await library.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await library.locator('.pn-success, .pn-restore__result [role=alert]').waitFor({ timeout: 300_000 });
    const restoreMs = Date.now() - t0;
    if (!(await library.locator('.pn-success').count())) throw new Error('restore failed: ' + (await library.locator('.pn-restore__result').textContent()));
    console.log(`ui-ext-restore-10k: ${fmt(restoreMs)} ms`);

    await library.addInitScript(FIRST_ROW_PROBE);
    const firstRows: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await library.goto(`${base}/library.html?run=${i}`);
      await library.waitForFunction(() => (window as unknown as { firstRowAt?: number }).firstRowAt !== undefined, undefined, { timeout: 60_000 });
      firstRows.push(await library.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt));
    }
    console.log(`ui-ext-library-first-row-median: ${fmt(median(firstRows))} ms`);

    // Full text: the count for a query in article texts grows when the snapshot texts arrive.
    await library.goto(`${base}/library.html?fulltext`);
    await library.locator('.pn-row').first().waitFor({ timeout: 60_000 });
    await library.locator('#pn-search-input').fill(BODY_QUERY);
    const start = await library.evaluate(() => performance.now());
    let best = await resultCount(library);
    let bestAt = start;
    let firstCount = best;
    for (let quiet = 0; quiet < 3000; ) {
      await new Promise((r) => setTimeout(r, 50));
      const n = await resultCount(library);
      if (n > best) {
        best = n;
        bestAt = await library.evaluate(() => performance.now());
        quiet = 0;
      } else quiet += 50;
    }
    console.log(`ui-ext-fulltext-ready: ${fmt(bestAt)} ms`);
    console.log(`ui-ext-fulltext-results: ${firstCount} -> ${best} clips`);

    const keystrokes = await library.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#pn-search-input')!;
      const times: number[] = [];
      for (const q of ['t', 'th', 'thi', 'thi ', 'thi d', 'thi du', 'thi dua', 'hoi nghi', 'cai cach hanh chinh', 'tiem chung']) {
        input.value = q;
        const t = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        times.push(performance.now() - t);
      }
      return times;
    });
    console.log(`ui-ext-search-keystroke-median: ${fmt(median(keystrokes))} ms`);

    const article = await session.context.newPage();
    await article.goto(server.url + 'sharepoint-snv.html', { waitUntil: 'load' });
    const tabId = await tabIdOf(session.context, article.url());
    const popupTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await session.context.newPage();
      await popup.goto(`${base}/popup.html?tabId=${tabId}`);
      await popup.locator('#pn-title-field').waitFor({ timeout: 30_000 });
      popupTimes.push(await popup.evaluate(() => performance.now()));
      await popup.close();
    }
    console.log(`ui-ext-popup-ready-median: ${fmt(median(popupTimes))} ms`);
  } finally {
    await session.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
