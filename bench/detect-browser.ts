/**
 * How long article detection holds a page's main thread in real Chromium, as the content script
 * runs it: each demo article (and a generated 2 MB portal page) is loaded with the e2e build, and
 * the content script's performance measures are read from the page (performance entries are shared
 * between the page and the content script's isolated world). The first detection runs in slices
 * (`portal-notes:detect:slice`) with the page free in between: the longest slice is how long the main
 * thread was held, the slices together how much work detection was.
 *   npx wxt build --mode e2e && npm run bench:detect
 * Prints, per page, the median over LOADS loads of the longest slice; then the max and median of those
 * over the demo articles, and the median of the whole work.
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../scripts/browsers';
import { startDemoServer } from '../scripts/demo-server';
import { listFixtureNames, loadFixture } from '../tests/fixtures/pages/fixtures';
import { generateArticlePage } from './anchor-page/generate';

const LOADS = 3;
const MEASURE = 'portal-notes:detect';
const SLICE = 'portal-notes:detect:slice';
const GENERATED_PATH = '/generated-2mb.html';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** One load of `url`: the longest detection slice and all slices together, once the content script recorded them. */
async function detectOnce(context: BrowserContext, url: string): Promise<{ held: number; work: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction((name: string) => performance.getEntriesByName(name).length > 0, MEASURE, { timeout: 30000, polling: 50 });
    const slices = await page.evaluate((name: string) => performance.getEntriesByName(name).map((e) => e.duration), SLICE);
    if (!slices.length) throw new Error(`no ${SLICE} measures on ${url}: is the e2e build current?`);
    return { held: Math.max(...slices), work: slices.reduce((a, b) => a + b, 0) };
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const server = await startDemoServer();
  let chromium: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    chromium = await launchChromium({ headless: true });
    const articles = listFixtureNames().filter((name) => loadFixture(name).expected.isArticle);
    // The warm-up load compiles the content script; it is not counted.
    await detectOnce(chromium.context, server.url + `${articles[0]}.html`);
    const perPage: number[] = [];
    const workPerPage: number[] = [];
    for (const name of articles) {
      const runs: Array<{ held: number; work: number }> = [];
      for (let i = 0; i < LOADS; i++) runs.push(await detectOnce(chromium.context, server.url + `${name}.html`));
      const ms = median(runs.map((r) => r.held));
      perPage.push(ms);
      workPerPage.push(median(runs.map((r) => r.work)));
      console.log(`detect-${name}: ${ms.toFixed(1)} ms`);
    }
    console.log(`detect-max: ${Math.max(...perPage).toFixed(1)} ms`);
    console.log(`detect-median: ${median(perPage).toFixed(1)} ms`);
    console.log(`detect-work-median: ${median(workPerPage).toFixed(1)} ms`);

    const html = generateArticlePage(20240122, 2_000_000);
    server.override(GENERATED_PATH, html);
    const runs: Array<{ held: number; work: number }> = [];
    for (let i = 0; i < LOADS; i++) runs.push(await detectOnce(chromium.context, server.url + GENERATED_PATH.slice(1)));
    console.log(`detect-generated-2mb: ${median(runs.map((r) => r.held)).toFixed(1)} ms`);
    console.log(`detect-generated-2mb-work: ${median(runs.map((r) => r.work)).toFixed(1)} ms`);
    console.log(`detect-generated-2mb-size: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB`);
    return 0;
  } catch (err) {
    console.error(`bench:detect could not run: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await chromium?.close();
    await server.close();
  }
}

main().then((code) => process.exit(code));
