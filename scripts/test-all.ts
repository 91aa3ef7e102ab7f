/**
 * `npm test`: every check, in the order a failure is cheapest to find. Stops at the first failing step
 * and exits non-zero.
 *   type check → unit tests → builds (Chrome, Firefox; release and e2e) → web-ext lint of the Firefox
 *   build → end-to-end tests in Chromium and Firefox.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './browsers';

const bin = (name: string, file: string) => [process.execPath, path.join(ROOT, 'node_modules', name, file)];
const wxt = bin('wxt', 'bin/wxt.mjs');
const vitest = bin('vitest', 'vitest.mjs');

const steps: { name: string; cmd: string[] }[] = [
  { name: 'prepare', cmd: [...wxt, 'prepare'] },
  { name: 'type check', cmd: [...bin('typescript', 'bin/tsc'), '--noEmit'] },
  { name: 'unit tests', cmd: [...vitest, 'run'] },
  { name: 'build chrome', cmd: [...wxt, 'build'] },
  { name: 'build firefox', cmd: [...wxt, 'build', '-b', 'firefox'] },
  { name: 'build chrome (e2e)', cmd: [...wxt, 'build', '--mode', 'e2e'] },
  { name: 'build firefox (e2e)', cmd: [...wxt, 'build', '-b', 'firefox', '--mode', 'e2e'] },
  { name: 'web-ext lint (firefox)', cmd: [...bin('web-ext', 'bin/web-ext.js'), 'lint', '--source-dir', '.output/firefox-mv2', '--no-input', '--warnings-as-errors=false'] },
  { name: 'e2e (chromium, firefox)', cmd: [...vitest, 'run', '--config', 'vitest.e2e.config.ts'] },
];

const only = process.argv.slice(2);
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '' } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✘ ${step.name} failed (${secs} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${step.name} (${secs} s)`);
}
