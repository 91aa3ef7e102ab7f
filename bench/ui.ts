/**
 * UI benchmark in real Chromium: bundles the views with esbuild, serves them from 127.0.0.1, seeds
 * 10,000 clips / 50,000 highlights (~5 KB of body each) and measures popup first render, Library
 * first render, search keystroke → results painted (medians) and the search index build time.
 * Run: npx tsx bench/ui.ts   (CHROMIUM_PATH overrides the browser binary)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), 'pn-bench-ui-'));
  await build({
    entryPoints: [join(here, 'ui-page/main.tsx')],
    bundle: true,
    outdir: out,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  const files: Record<string, [string, string]> = {
    '/': ['<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="/main.css"></head><body><script type="module" src="/main.js"></script></body></html>', 'text/html; charset=utf-8'],
    '/main.js': [await readFile(join(out, 'main.js'), 'utf8'), 'text/javascript; charset=utf-8'],
    '/main.css': [await readFile(join(out, 'main.css'), 'utf8'), 'text/css; charset=utf-8'],
  };
  const server = createServer((req, res) => {
    const f = files[req.url ?? '/'];
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': f[1] }).end(f[0]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 120_000 });
    const seeded = await page.evaluate(() => ({ clips: window.bench.clips, highlights: window.bench.highlights, bodyBytes: window.bench.bodyBytes }));
    console.log(`ui-seed-clips: ${seeded.clips} clips`);
    console.log(`ui-seed-highlights: ${seeded.highlights} highlights`);
    console.log(`ui-seed-body-avg: ${Math.round(seeded.bodyBytes / seeded.clips)} chars`);

    const popup: number[] = [];
    for (let i = 0; i < 21; i++) popup.push(await page.evaluate(() => window.bench.measurePopup()));
    const library: number[] = [];
    for (let i = 0; i < 11; i++) library.push(await page.evaluate(() => window.bench.measureLibrary()));
    const builds: number[] = [];
    for (let i = 0; i < 3; i++) builds.push((await page.evaluate(() => window.bench.measureIndexBuild())).ms);
    const queries = await page.evaluate(() => window.bench.measureQueries());
    await page.evaluate(() => window.bench.mountOnly());
    const duringBuild = await page.evaluate(() => window.bench.typeQueries());
    const indexWait = await page.evaluate(() => window.bench.mountForSearch());
    const search = await page.evaluate(() => window.bench.typeQueries());
    if (process.env.BENCH_VERBOSE) for (const r of search.results) console.error(r);

    console.log(`ui-popup-first-render-median: ${fmt(median(popup.slice(1)))} ms`);
    console.log(`ui-library-first-render-median: ${fmt(median(library.slice(1)))} ms`);
    console.log(`ui-search-keystroke-median: ${fmt(median(search.times))} ms`);
    console.log(`ui-search-keystroke-max: ${fmt(Math.max(...search.times))} ms`);
    console.log(`ui-search-keystroke-during-index-build-median: ${fmt(median(duringBuild.times))} ms`);
    console.log(`ui-search-query-only-median: ${fmt(median(queries))} ms`);
    console.log(`ui-search-index-build: ${fmt(median(builds))} ms`);
    console.log(`ui-search-index-ready-after-mount: ${fmt(indexWait)} ms`);
    if (process.env.BENCH_VERBOSE) {
      await page.screenshot({ path: join(out, 'library.png') });
      console.error(`screenshot: ${join(out, 'library.png')}`);
    }
  } finally {
    await browser.close();
    server.close();
    if (!process.env.BENCH_VERBOSE) await rm(out, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
