/**
 * How long article detection holds a page's main thread in real Chromium, as the content script
 * runs it: each demo article (and a generated 2 MB portal page) is loaded with the e2e build, and
 * the content script's `portal-notes:detect` performance measure is read from the page (performance
 * entries are shared between the page and the content script's isolated world).
 *   npx wxt build --mode e2e && npm run bench:detect
 * Prints the median of LOADS loads per page, then the max and median over the demo articles.
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../scripts/browsers';
import { startDemoServer } from '../scripts/demo-server';
import { listFixtureNames, loadFixture } from '../tests/fixtures/pages/fixtures';
import { generateArticlePage } from './anchor-page/generate';

const LOADS = 3;
const MEASURE = 'portal-notes:detect';
const GENERATED_PATH = '/generated-2mb.html';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Detection time of one load of `url`, waiting for the content script to record it. */
async function detectOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    const handle = await page.waitForFunction(
      (name: string) => performance.getEntriesByName(name).map((e) => e.duration)[0] ?? null,
      MEASURE,
      { timeout: 30000, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
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
    for (const name of articles) {
      const times: number[] = [];
      for (let i = 0; i < LOADS; i++) times.push(await detectOnce(chromium.context, server.url + `${name}.html`));
      const ms = median(times);
      perPage.push(ms);
      console.log(`detect-${name}: ${ms.toFixed(1)} ms`);
    }
    console.log(`detect-max: ${Math.max(...perPage).toFixed(1)} ms`);
    console.log(`detect-median: ${median(perPage).toFixed(1)} ms`);

    const html = generateArticlePage(20240122, 2_000_000);
    server.override(GENERATED_PATH, html);
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) times.push(await detectOnce(chromium.context, server.url + GENERATED_PATH.slice(1)));
    console.log(`detect-generated-2mb: ${median(times).toFixed(1)} ms`);
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
