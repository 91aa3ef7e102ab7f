/**
 * Anchoring benchmark (`npm run bench:anchor`), in real Chromium:
 * - speed: describe and re-anchor 500 highlights on a generated 200 KB article (median of runs);
 * - survival: on every demo article, 50 random highlights re-anchored after each kind of edit,
 *   classed correct / misplaced / orphaned.
 * Pages are served from 127.0.0.1; utils/anchor is bundled with esbuild into memory.
 * ANCHOR_BENCH_SPEED_ONLY=1 skips survival; ANCHOR_BENCH_GENERATED=1 runs survival on generated
 * articles (long, with repeated boilerplate) instead of the demo pages.
 */

import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { generateArticlePage } from './anchor-page/generate';
import { EDIT_KINDS, INSIDE_KINDS, type SpeedReport, type SurvivalReport, type Tally } from './anchor-page/harness';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const SPEED_BYTES = 200 * 1024;
const SPEED_HIGHLIGHTS = 500;
const RUNS = 15;
const SURVIVAL_HIGHLIGHTS = 50;
const GENERATED_DEMOS = 4;

interface DemoPage {
  name: string;
  body: Buffer;
  bodyStart: string | null;
  bodyEnd: string | null;
}

/** The demo articles: fixture pages marked as articles, or generated stand-ins when there are none. */
function demoPages(): { pages: DemoPage[]; source: string } {
  const pages: DemoPage[] = [];
  if (existsSync(FIXTURES) && !process.env.ANCHOR_BENCH_GENERATED) {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).sort()) {
      const name = file.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as {
        isArticle?: boolean;
        bodyStart?: string | null;
        bodyEnd?: string | null;
      };
      const html = join(FIXTURES, `${name}.html`);
      if (expected.isArticle === false || !existsSync(html)) continue;
      pages.push({ name, body: readFileSync(html), bodyStart: expected.bodyStart ?? null, bodyEnd: expected.bodyEnd ?? null });
    }
  }
  if (pages.length) return { pages, source: 'fixtures' };
  for (let i = 0; i < GENERATED_DEMOS; i++) {
    pages.push({ name: `generated-${i + 1}`, body: Buffer.from(generateArticlePage(1000 + i, 6000 + 3000 * i)), bodyStart: null, bodyEnd: null });
  }
  return { pages, source: 'generated' };
}

async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'bench/anchor-page/harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(routes: Map<string, Buffer>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const body = routes.get((req.url ?? '/').split('?')[0]);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    // No charset in the header: pages declare their own (one fixture is windows-1258).
    res.writeHead(200, { 'content-type': req.url!.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ url: '/harness.js' });
}

const median = (values: number[]) => {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const ms = (v: number) => v.toFixed(1);
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : 'n/a');

async function main(): Promise<void> {
  const harness = await bundleHarness();
  const speedPage = generateArticlePage(42, SPEED_BYTES);
  const demos = demoPages();
  const routes = new Map<string, Buffer>([
    ['/harness.js', Buffer.from(harness)],
    ['/speed.html', Buffer.from(speedPage)],
    ...demos.pages.map((p) => [`/demo/${p.name}.html`, p.body] as [string, Buffer]),
  ]);
  const { server, origin } = await serve(routes);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // Nothing leaves the machine: fixture pages may name remote images or fonts.
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));

    await open(page, `${origin}/speed.html`);
    const speed = (await page.evaluate(
      (o) => (globalThis as unknown as { anchorBench: { speed: (x: typeof o) => unknown } }).anchorBench.speed(o),
      { seed: 7, count: SPEED_HIGHLIGHTS, runs: RUNS },
    )) as SpeedReport;
    console.log(`anchor-article-size: ${(SPEED_BYTES / 1024).toFixed(0)} KB`);
    console.log(`anchor-article-chars: ${speed.articleChars} chars`);
    console.log(`anchor-text-index-median: ${ms(median(speed.indexMs))} ms`);
    console.log(`anchor-describe-500-median: ${ms(median(speed.describeMs))} ms`);
    console.log(`reanchor-500-median: ${ms(median(speed.reanchorMs))} ms`);
    console.log(`reanchor-500-after-insert-median: ${ms(median(speed.reanchorAfterInsertMs))} ms`);
    console.log(`reanchor-500-via-range: ${speed.via.range ?? 0} highlights`);
    console.log(`reanchor-500-wrong-text: ${speed.wrong} highlights`);

    if (process.env.ANCHOR_BENCH_SPEED_ONLY) return;
    const totals = Object.fromEntries(EDIT_KINDS.map((k) => [k, { correct: 0, misplaced: 0, orphaned: 0, skipped: 0 }])) as Record<
      string,
      Tally
    >;
    const samples: SurvivalReport['misplacedSamples'] = [];
    const via = Object.fromEntries(EDIT_KINDS.map((k) => [k, {} as Record<string, number>]));
    for (const [i, demo] of demos.pages.entries()) {
      await open(page, `${origin}/demo/${demo.name}.html`);
      const report = (await page.evaluate(
        (o) => (globalThis as unknown as { anchorBench: { survival: (x: typeof o) => unknown } }).anchorBench.survival(o),
        { seed: 100 + i, count: SURVIVAL_HIGHLIGHTS, bodyStart: demo.bodyStart, bodyEnd: demo.bodyEnd },
      )) as SurvivalReport;
      const orphaned = EDIT_KINDS.reduce((n, k) => n + report.tallies[k].orphaned, 0);
      const misplaced = EDIT_KINDS.reduce((n, k) => n + report.tallies[k].misplaced, 0);
      console.error(`# ${demo.name}: ${report.highlights} highlights, article ${report.articleChars} chars, misplaced ${misplaced}, orphaned ${orphaned}`);
      for (const k of EDIT_KINDS) {
        for (const f of ['correct', 'misplaced', 'orphaned', 'skipped'] as const) totals[k][f] += report.tallies[k][f];
      }
      samples.push(...report.misplacedSamples);
      for (const k of EDIT_KINDS) {
        for (const [how, n] of Object.entries(report.via[k])) via[k][how] = (via[k][how] ?? 0) + n;
      }
    }
    console.log(`survival-pages: ${demos.pages.length} ${demos.source} pages`);
    let outsideCorrect = 0;
    let outsideTrials = 0;
    let misplacedAll = 0;
    for (const k of EDIT_KINDS) {
      const t = totals[k];
      const trials = t.correct + t.misplaced + t.orphaned;
      console.log(`survival-${k}-correct: ${pct(t.correct, trials)} %`);
      console.log(`survival-${k}-misplaced: ${t.misplaced} highlights`);
      console.log(`survival-${k}-orphaned: ${t.orphaned} highlights`);
      if (t.skipped) console.log(`survival-${k}-skipped: ${t.skipped} highlights`);
      misplacedAll += t.misplaced;
      console.error(`# ${k} placed via: ${JSON.stringify(via[k])}`);
      if (!INSIDE_KINDS.includes(k)) {
        outsideCorrect += t.correct;
        outsideTrials += trials;
      }
    }
    console.log(`survival-outside-edits-correct: ${pct(outsideCorrect, outsideTrials)} %`);
    console.log(`survival-outside-edits-trials: ${outsideTrials} highlights`);
    console.log(`survival-misplaced-total: ${misplacedAll} highlights`);
    for (const s of samples.slice(0, 5)) console.error(`# misplaced (${s.kind}): "${s.quote}" -> "${s.got}"`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
