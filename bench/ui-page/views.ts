/**
 * The views alone in Chromium (data passed as props, no database): bundles bench/ui-page/main.tsx
 * with esbuild, serves it from 127.0.0.1 and times popup and Library first render, a search keystroke
 * and the index build. Separates what the views cost from what the extension's loading costs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../scripts/browsers';
import { median, type Figure } from './extension';

const here = dirname(fileURLToPath(import.meta.url));

/** Measure the views; resolves with the figures (names start with `ui-views-`). */
export async function measureViews(options: { verbose?: boolean; log?: (line: string) => void } = {}): Promise<Figure[]> {
  const log = options.log ?? ((line: string) => console.error(line));
  const out = await mkdtemp(join(tmpdir(), 'pn-bench-ui-'));
  await build({
    entryPoints: [join(here, 'main.tsx')],
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
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const figures: Figure[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => log(`views page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 120_000 });

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
    if (options.verbose) for (const r of search.results) log(r);

    figures.push({ name: 'ui-views-popup-first-render-median', value: median(popup.slice(1)), unit: 'ms' });
    figures.push({ name: 'ui-views-library-first-render-median', value: median(library.slice(1)), unit: 'ms' });
    figures.push({ name: 'ui-views-search-keystroke-median', value: median(search.times), unit: 'ms' });
    figures.push({ name: 'ui-views-search-keystroke-during-index-build-median', value: median(duringBuild.times), unit: 'ms' });
    figures.push({ name: 'ui-views-search-query-only-median', value: median(queries), unit: 'ms' });
    figures.push({ name: 'ui-views-search-index-build', value: median(builds), unit: 'ms' });
    figures.push({ name: 'ui-views-search-index-ready-after-mount', value: indexWait, unit: 'ms' });
  } finally {
    await browser.close();
    server.close();
    await rm(out, { recursive: true, force: true });
  }
  return figures;
}
