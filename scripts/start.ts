/**
 * `npm start`: build the extension, serve the demo site, and open Chromium with the extension on it.
 * `npm start -- --headless`: visit every demo page in headless Chromium, print what the extension
 * detected on each, save a screenshot of the popup, and exit.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROME_E2E_DIR, ROOT, currentWorker, launchChromium, tabIdOf } from './browsers';
import type { ChromeGlobal } from './browsers';
import { listDemoPages, startDemoServer } from './demo-server';
import type { PageState } from '../utils/messages';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const skipBuild = args.includes('--no-build');

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function build(): void {
  console.log('Building the extension (Chrome, demo build)…');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'e2e'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForDetection(context: BrowserContext, url: string, timeoutMs = 15000): Promise<PageState | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const worker = await currentWorker(context);
    const states = await worker.evaluate(async () => {
      const all = await (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith('page:'))
        .map(([, v]) => v);
    });
    const found = (states as PageState[]).find((s) => s.url === url);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 150));
  }
  return null;
}

function cell(text: string, width: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = [...t].length > width ? [...t].slice(0, width - 1).join('') + '…' : t;
  return cut + ' '.repeat(Math.max(0, width - [...cut].length));
}

async function runHeadless(): Promise<void> {
  const server = await startDemoServer();
  const session = await launchChromium({ headless: true });
  try {
    const pages = await listDemoPages();
    const rows: string[][] = [];
    let firstArticle: { url: string } | null = null;
    for (const name of pages) {
      const url = server.url + name;
      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const state = await waitForDetection(session.context, url);
      const a = state?.article;
      if (a?.isArticle && !firstArticle) firstArticle = { url };
      rows.push([
        name,
        a ? (a.isArticle ? a.title : `(không phải bài viết / not an article) ${a.title}`) : '(không nhận diện được / nothing detected)',
        a?.published ?? '—',
        a?.signature ? [a.signature.authors.join(', '), a.signature.unit ?? '', a.signature.source ?? ''].filter(Boolean).join(' | ') : '—',
        a ? String(a.bodyText.length) : '—',
      ]);
    }
    const widths = [24, 48, 26, 40, 6];
    const header = ['page', 'title', 'published', 'signature', 'body'];
    console.log('\n' + header.map((h, i) => cell(h, widths[i])).join('  '));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(r.map((c, i) => cell(c, widths[i])).join('  '));

    if (firstArticle) {
      const tabId = await tabIdOf(session.context, firstArticle.url);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('main, [role=alert], [data-testid=no-page]', { timeout: 10000 });
      const out = path.join(ROOT, '.output/screenshots');
      fs.mkdirSync(out, { recursive: true });
      const file = path.join(out, 'popup.png');
      await popup.screenshot({ path: file, fullPage: true });
      console.log(`\nPopup screenshot: ${path.relative(ROOT, file)}`);
    }
  } finally {
    await session.close();
    await server.close();
  }
}

async function runHeadful(): Promise<void> {
  const server = await startDemoServer();
  const session = await launchChromium({ headless: false });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(server.url);
  console.log(`Chromium is open on the demo site ${server.url} with Portal Notes loaded. Close the browser to stop.`);
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  await server.close();
}

async function main(): Promise<void> {
  if (!headless && !hasDisplay()) {
    console.log(
      'Không có màn hình (DISPLAY chưa được đặt) nên không thể mở cửa sổ Chromium.\n' +
        'No display found (DISPLAY is not set), so a Chromium window cannot open here.\n' +
        'Chạy chế độ không giao diện / run headless instead:  npm start -- --headless',
    );
    return;
  }
  if (!skipBuild || !fs.existsSync(path.join(CHROME_E2E_DIR, 'manifest.json'))) build();
  if (headless) await runHeadless();
  else await runHeadful();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
