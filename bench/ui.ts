/**
 * UI benchmark in real Chromium (`npm run bench:ui`). Builds the extension's e2e build into a
 * temporary directory (or takes PN_EXTENSION_DIR), seeds 10,000 clips / 50,000 highlights through the
 * Library's restore and times the real popup and Library (bench/ui-page/extension.ts); then times the
 * views alone with the same data passed as props (bench/ui-page/views.ts).
 * Env: PN_EXTENSION_DIR (a chrome-mv3-e2e build to use), BENCH_RUNS (default 9),
 * BENCH_UI_VIEWS=0 (skip the views-only part), BENCH_VERBOSE=1, CHROMIUM_PATH.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measureExtension, type Figure } from './ui-page/extension';
import { measureViews } from './ui-page/views';

const print = (figures: readonly Figure[]) => {
  for (const f of figures) console.log(`${f.name}: ${f.unit === 'ms' ? f.value.toFixed(1) : f.value} ${f.unit}`);
};

/** A fresh e2e build of the working tree, in a directory of its own so .output/ stays untouched. */
async function buildExtension(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pn-bench-build-'));
  const { build } = await import('wxt');
  // The build's own report goes to stderr: stdout carries only the figures.
  const toStderr = (...args: unknown[]) => console.error(...args);
  const logger = { debug: () => undefined, log: toStderr, info: toStderr, warn: toStderr, error: toStderr, fatal: toStderr, success: toStderr, level: 3 };
  await build({ mode: 'e2e', outDir, logger });
  return { dir: path.join(outDir, 'chrome-mv3-e2e'), cleanup: () => fs.rm(outDir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const verbose = Boolean(process.env.BENCH_VERBOSE);
  const runs = Number(process.env.BENCH_RUNS ?? 9);
  const given = process.env.PN_EXTENSION_DIR;
  const started = Date.now();
  const built = given ? { dir: path.resolve(given), cleanup: async () => undefined } : await buildExtension();
  try {
    print(await measureExtension({ extensionDir: built.dir, runs, verbose }));
  } finally {
    await built.cleanup();
  }
  if (process.env.BENCH_UI_VIEWS !== '0') print(await measureViews({ verbose }));
  console.log(`ui-bench-total: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
