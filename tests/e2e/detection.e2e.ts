/**
 * Article detection as the content script runs it in real Chromium: every demo page with an
 * expected result is opened from the demo server, and what reached the background (the state the
 * popup shows) must match the page's `.expected.json`, field by field.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, tabIdOf } from '../../scripts/browsers';
import type { PageState } from '../../utils/messages';
import type { ArticleData, SignatureData } from '../../utils/model';
import { composeNews, expectNewsArticle, newsPage } from '../fixtures/generated/news';
import { composePortal, expectPortalArticle, portalPage } from '../fixtures/generated/portal';
import { composeRecord, expectRecord, recordPage } from '../fixtures/generated/record';
import { listFixtureNames, loadFixture } from '../fixtures/pages/fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
let page: Page;
/** The page's console since its last navigation (reported when a detection never arrives). */
const consoleLines: string[] = [];
beforeAll(async () => {
  h = await startHarness();
  page = await h.chromium.context.newPage();
  page.on('console', (m) => void consoleLines.push(`${m.type()}: ${m.text()}`.slice(0, 300)));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) consoleLines.length = 0;
  });
});
afterAll(async () => h?.close());

interface Chrome {
  chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
}

/** The article the content script reported for the page now shown in `page`. */
async function detected(url: string): Promise<ArticleData> {
  const tabId = await tabIdOf(h.chromium.context, url);
  const until = Date.now() + 15000;
  let last: PageState | null = null;
  while (Date.now() < until) {
    const worker = await currentWorker(h.chromium.context);
    const state = await worker.evaluate(async (id: number) => {
      const key = `page:${id}`;
      return ((await (globalThis as unknown as Chrome).chrome.storage.session.get(key))[key] as PageState | undefined) ?? null;
    }, tabId);
    if (state?.url === url && state.article) return state.article;
    last = state;
    await new Promise((r) => setTimeout(r, 100));
  }
  // what the tab held instead, and what the content script said, for the next time this fails
  const held = last ? `the state of ${last.url}` : 'no state';
  throw new Error(`no detection reported for ${url} (tab ${tabId} holds ${held}); page console: ${JSON.stringify(consoleLines.slice(-10))}`);
}

const nfc = (s: string | null | undefined) => (s ?? '').normalize('NFC');
const signatureParts = (s: SignatureData | null) => (s ? { authors: s.authors.map(nfc), unit: s.unit && nfc(s.unit), source: s.source && nfc(s.source) } : null);

describe('detection in the content script matches every demo page', () => {
  it.each(listFixtureNames())('%s', async (name) => {
    const { expected } = loadFixture(name);
    const url = h.server.url + `${name}.html`;
    await page.goto(url, { waitUntil: 'load' });
    const got = await detected(url);
    expect.soft(got.isArticle, 'isArticle').toBe(expected.isArticle);
    if (expected.title !== null) expect.soft(nfc(got.title), 'title').toBe(expected.title);
    expect.soft(got.published, 'published').toBe(expected.published);
    expect.soft(got.authors.map(nfc), 'authors').toEqual(expected.authors);
    expect.soft(signatureParts(got.signature), 'signature').toEqual(signatureParts(expected.signature));
    expect.soft(nfc(got.documentNumber) || null, 'documentNumber').toBe(expected.documentNumber);
    // (served from the demo server: the same names and paths, on its own host)
    const files = (list: readonly { name: string; url: string }[] | undefined) => (list ?? []).map((a) => [nfc(a.name), new URL(a.url).pathname]);
    expect.soft(files(got.attachments), 'attachments').toEqual(files(expected.attachments));
    expect.soft((got.recordDetails ?? []).map((d) => [nfc(d.label), nfc(d.value)]), 'recordDetails').toEqual(expected.recordDetails.map((d) => [d.label, d.value]));
    if (expected.bodyStart !== null) expect.soft(nfc(got.bodyText).startsWith(expected.bodyStart), `bodyText starts with "${expected.bodyStart}"`).toBe(true);
    if (expected.bodyEnd !== null) expect.soft(nfc(got.bodyText).endsWith(expected.bodyEnd), `bodyText ends with "${expected.bodyEnd}"`).toBe(true);
    expect.soft(got.lang, 'lang').toBe(expected.lang);
    expect.soft(nfc(got.site), 'site').toBe(expected.site);
  });
});

/** Serve `html` at `path` on the demo server, open it, and return what the content script reported (text in NFC). */
async function detectServed(path: string, html: string): Promise<ArticleData> {
  h.server.override(path, html);
  const url = h.server.url + path.slice(1);
  await page.goto(url, { waitUntil: 'load' });
  const got = await detected(url);
  const signature = got.signature && { ...got.signature, text: nfc(got.signature.text) };
  return { ...got, title: nfc(got.title), authors: got.authors.map(nfc), bodyText: nfc(got.bodyText), signature };
}

describe('generated pages, as real Chromium parses and the content script reads them', () => {
  // fixed samples of the unit property tests' pages: Chromium's parser (tables get a <tbody>, entities,
  // foster-parenting) must not change what the content script reports
  const portals = fc.sample(portalPage, { numRuns: 24, seed: 20261129 });
  it.each(portals.map((p, i) => [i, p] as const))('generated portal page %i', async (i, p) => {
    expectPortalArticle(await detectServed(`/gen/tin-${i}.html`, composePortal(p).html), p);
  });
  const news = fc.sample(newsPage, { numRuns: 12, seed: 20261129 });
  it.each(news.map((p, i) => [i, p] as const))('generated news page %i', async (i, p) => {
    expectNewsArticle(await detectServed(`/gen/news-${i}.html`, composeNews(p).html), p);
  });
  const records = fc.sample(recordPage, { numRuns: 12, seed: 20261207 });
  it.each(records.map((p, i) => [i, p] as const))('generated record page %i', async (i, p) => {
    const c = composeRecord(p);
    expectRecord(await detectServed(`/gen/van-ban-${i}.html`, c.html), c);
  });
});

describe('a portal that loads its article by script after the page is idle', () => {
  it('is reported again, as the article, once the text has arrived', async () => {
    // the sharepoint demo article, held back in a <template> and put into the page 2.5 s after load
    const { html, expected } = loadFixture('sharepoint-snv');
    const late = html.replace(/<body([^>]*)>([\s\S]*)<\/body>/i, (_m, attrs: string, inner: string) => `<body${attrs}>
      <header><a href="/">Trang chủ</a></header><main id="slot"><p>Đang tải…</p></main>
      <template id="later">${inner.replace(/<script[\s\S]*?<\/script>/gi, '')}</template>
      <script>setTimeout(() => { const t = document.getElementById('later'); document.getElementById('slot').replaceChildren(t.content.cloneNode(true)); }, 2500);</script>
      </body>`);
    expect(late).toContain('<template id="later">');
    h.server.override('/late-portal.html', late);
    const url = h.server.url + 'late-portal.html';
    await page.goto(url, { waitUntil: 'load' });
    const first = await detected(url);
    expect(first.isArticle).toBe(false);
    const until = Date.now() + 15000;
    let got = first;
    while (!got.isArticle && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      got = await detected(url);
    }
    expect(got.isArticle).toBe(true);
    expect(nfc(got.title)).toBe(expected.title);
    expect(got.published).toBe(expected.published);
    expect(signatureParts(got.signature)).toEqual(signatureParts(expected.signature));
    h.server.clearOverrides();
  });
});

describe('a single-page site that changes the address without loading a page', () => {
  it('forgets the old article and reports the new one once the content is swapped in', async () => {
    const first = loadFixture('sharepoint-snv');
    const second = loadFixture('liferay-province');
    // the next "page" arrives by fetch and replaces head and body, as client-side routers do
    const router = `<script>
      window.goNext = async () => {
        const html = await (await fetch('/liferay-province.html')).text();
        const next = new DOMParser().parseFromString(html, 'text/html');
        history.pushState({}, '', '/spa/second.html');
        await new Promise((r) => setTimeout(r, 300));
        document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.adoptNode(n)));
        document.body.replaceChildren(...[...next.body.childNodes].filter((n) => n.nodeName !== 'SCRIPT').map((n) => document.adoptNode(n)));
      };
    </script>`;
    h.server.override('/spa/first.html', first.html.replace(/<\/body>/i, `${router}</body>`));
    const url = h.server.url + 'spa/first.html';
    await page.goto(url, { waitUntil: 'load' });
    expect(nfc((await detected(url)).title)).toBe(first.expected.title);
    await page.evaluate(() => (window as unknown as { goNext(): Promise<void> }).goNext());
    const next = h.server.url + 'spa/second.html';
    const got = await detected(next);
    expect(nfc(got.title)).toBe(second.expected.title);
    expect(got.published).toBe(second.expected.published);
    h.server.clearOverrides();
  });
});
