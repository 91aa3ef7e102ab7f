/**
 * Library database benchmark (`npm run bench:db`), in real Chromium: seeds 10,000 clips and
 * 50,000 highlights (with a snapshot per clip) through restore, then times the library's queries
 * (median of RUNS) and the full backup export. The page is served from 127.0.0.1; utils/db and
 * utils/backup are bundled with esbuild into memory.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 25;
const BACKUP_RUNS = 3;
const OPTIONS = { clips: 10_000, highlights: 50_000, sites: 50, tags: 200, bodyChars: 3_000, snapshots: true, seed: 20240122 };

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'bench/db-page/entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(script: string): Promise<{ server: Server; url: string }> {
  const html = '<!doctype html><meta charset="utf-8"><title>db bench</title><script type="module" src="/entry.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === '/entry.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

const ms = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
  const script = await bundle();
  const { server, url } = await serve(script);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (err) => console.error('page error:', err.message));
    await page.goto(url);
    await page.waitForFunction(() => 'dbBench' in window);
    type Bench = {
      seed(o: typeof OPTIONS): Promise<{ generateMs: number; restoreMs: number; report: { clips: { added: number }; highlights: { added: number }; snapshots: { added: number } } }>;
      measure(runs: number): Promise<{ medians: Record<string, number>; sizes: Record<string, number> }>;
      backup(runs: number): Promise<{ totalMedian: number; readMedian: number; serializeMedian: number; chars: number; bytes: number; parseValidateMs: number; parsedOk: boolean }>;
    };
    const seeded = await page.evaluate((o) => (window as unknown as { dbBench: Bench }).dbBench.seed(o), OPTIONS);
    console.log(`db-seed-clips: ${seeded.report.clips.added} clips`);
    console.log(`db-seed-highlights: ${seeded.report.highlights.added} highlights`);
    console.log(`db-seed-snapshots: ${seeded.report.snapshots.added} snapshots`);
    console.log(`db-restore-seed: ${ms(seeded.restoreMs)} ms`);

    const { medians, sizes } = await page.evaluate((runs) => (window as unknown as { dbBench: Bench }).dbBench.measure(runs), RUNS);
    console.log(`db-open-first-page-median: ${ms(medians.openFirstPage)} ms`);
    console.log(`db-filter-tag-median: ${ms(medians.filterTag)} ms`);
    console.log(`db-filter-site-date-median: ${ms(medians.filterSiteDate)} ms`);
    console.log(`db-filter-colour-tag-median: ${ms(medians.filterColour)} ms`);
    console.log(`db-load-clip-median: ${ms(medians.loadClip)} ms`);
    console.log(`db-load-snapshot-median: ${ms(medians.loadSnapshot)} ms`);
    console.log(`db-page-highlights-by-alias-median: ${ms(medians.pageHighlights)} ms`);
    console.log(`db-first-page-size: ${sizes.firstPage} clips`);
    console.log(`db-tag-matches-median: ${sizes.tagMatchesMedian} clips`);
    console.log(`db-site-date-matches-median: ${sizes.siteDateMatchesMedian} clips`);
    console.log(`db-clip-highlights-median: ${sizes.clipHighlightsMedian} highlights`);

    const backup = await page.evaluate((runs) => (window as unknown as { dbBench: Bench }).dbBench.backup(runs), BACKUP_RUNS);
    console.log(`db-backup-export: ${ms(backup.totalMedian)} ms`);
    console.log(`db-backup-read: ${ms(backup.readMedian)} ms`);
    console.log(`db-backup-serialize: ${ms(backup.serializeMedian)} ms`);
    console.log(`db-backup-size: ${(backup.bytes / 1048576).toFixed(1)} MB`);
    console.log(`db-backup-parse-validate: ${ms(backup.parseValidateMs)} ms`);
    if (!backup.parsedOk) console.error('warning: the exported backup did not validate');

    // The same clips and highlights without article snapshots: the share of the backup that is notes.
    const lean = await page.evaluate((o) => (window as unknown as { dbBench: Bench }).dbBench.seed(o), { ...OPTIONS, snapshots: false });
    if (lean.report.snapshots.added !== 0) throw new Error('the lean library should have no snapshots');
    const leanBackup = await page.evaluate((runs) => (window as unknown as { dbBench: Bench }).dbBench.backup(runs), BACKUP_RUNS);
    console.log(`db-backup-export-without-snapshots: ${ms(leanBackup.totalMedian)} ms`);
    console.log(`db-backup-size-without-snapshots: ${(leanBackup.bytes / 1048576).toFixed(1)} MB`);
    console.log(`db-runs: ${RUNS} runs`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
