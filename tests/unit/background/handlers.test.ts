import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import type { BackgroundDeps } from '@/utils/background/handlers';
import { openLibrary } from '@/utils/db';
import { createIdGenerator } from '@/utils/ids';
import type { ArticleData } from '@/utils/model';
import type { PageCapture } from '@/utils/messages';

const URL_A = 'https://snv.songmay.gov.vn/Pages/View_Detail.aspx?ItemID=12';
const article = (title: string): ArticleData => ({
  url: URL_A,
  canonicalUrl: null,
  title,
  published: '2020-07-24',
  publishedText: '24/07/2020',
  modified: null,
  modifiedText: null,
  dateCandidates: [],
  authors: ['Nguyễn Tuyết Mai'],
  signature: { text: 'Nguyễn Tuyết Mai', authors: ['Nguyễn Tuyết Mai'], unit: null, source: null },
  bodyText: 'Chiều ngày 17/7/2020, hội nghị đã diễn ra.',
  eventDates: [],
  lang: 'vi',
  site: 'Sở Nội vụ tỉnh Sông Mây',
  isArticle: true,
  provenance: {},
});

let n = 0;
let deps: BackgroundDeps;
let calls: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  calls = [];
  const db = await openLibrary(`handlers-${++n}-${Date.now()}`);
  let t = 1_700_000_000_000;
  deps = {
    db: async () => db,
    now: () => ++t,
    ids: createIdGenerator(() => t),
    enableSite: async (tabId) => void calls.push(`enable:${tabId}`),
    injectOnce: async (tabId) => void calls.push(`inject:${tabId}`),
  };
});

const capture = (title = 'Hội nghị sơ kết'): PageCapture => ({
  article: article(title),
  identity: { url: URL_A, aliases: [] },
  snapshot: { html: '<p>Chiều ngày 17/7/2020, hội nghị đã diễn ra.</p>', text: 'Chiều ngày 17/7/2020, hội nghị đã diễn ra.' },
});

const selectors = [{ type: 'TextQuoteSelector' as const, exact: 'hội nghị', prefix: 'Chiều ngày 17/7/2020, ', suffix: ' đã diễn ra.' }];

describe('background handlers', () => {
  it('records what a tab detected and answers with no notes for an unsaved page', async () => {
    const h = createHandlers(deps);
    const notes = await h['page:detected']({ article: article('Hội nghị'), identity: { url: URL_A, aliases: [] } }, { tabId: 7, url: URL_A });
    expect(notes.clip).toBeNull();
    expect(notes.highlights).toEqual([]);
    expect(notes.colourLabels).toBeTruthy();
    expect(await h['page:get']({ tabId: 7 }, {})).toMatchObject({ tabId: 7, title: 'Hội nghị', anchoring: null });
    expect(await h['page:get']({ tabId: 8 }, {})).toBeNull();
  });

  it('keeps page state in storage, so a restarted service worker still knows it', async () => {
    await createHandlers(deps)['page:detected']({ article: article('Tập huấn'), identity: { url: URL_A, aliases: [] } }, { tabId: 3 });
    expect((await createHandlers(deps)['page:get']({ tabId: 3 }, {}))?.title).toBe('Tập huấn');
  });

  it('rejects page reports that do not come from a tab', async () => {
    const h = createHandlers(deps);
    await expect(h['page:detected']({ article: article('x'), identity: { url: URL_A, aliases: [] } }, {})).rejects.toThrow(/from a tab/);
    await expect(h['page:anchored']({ placed: [], orphans: [] }, {})).rejects.toThrow(/from a tab/);
  });

  it('clips the article with the first highlight, and a retried create does not duplicate', async () => {
    const h = createHandlers(deps);
    const input = { page: capture(), highlight: { id: 'H1', selectors, quote: 'hội nghị', colour: 'yellow' as const, note: 'xem lại' } };
    const first = await h['highlight:create'](input, { tabId: 1 });
    const again = await h['highlight:create'](input, { tabId: 1 });
    expect(first.clip.url).toBe(URL_A);
    expect(first.clip.highlightCount).toBe(1);
    expect(again.highlight.id).toBe(first.highlight.id);
    const notes = await h['page:notes']({ identity: { url: URL_A, aliases: [] } }, {});
    expect(notes.highlights.map((x) => x.note)).toEqual(['xem lại']);
  });

  it('finds a clip by an alias and remembers the URL the user arrived by', async () => {
    const h = createHandlers(deps);
    await h['highlight:create']({ page: capture(), highlight: { id: 'H1', selectors, quote: 'hội nghị', colour: 'green' } }, {});
    const other = 'https://songmay.gov.vn/wps/portal/tin-tuc/12';
    const notes = await h['page:detected'](
      { article: article('Hội nghị'), identity: { url: other, aliases: [URL_A] } },
      { tabId: 2, url: other },
    );
    expect(notes.clip?.url).toBe(URL_A);
    expect(notes.clip?.aliases).toContain(other);
    expect(notes.highlights).toHaveLength(1);
  });

  it('updates and deletes highlights, and reports a missing one clearly', async () => {
    const h = createHandlers(deps);
    const { highlight } = await h['highlight:create']({ page: capture(), highlight: { id: 'H2', selectors, quote: 'hội nghị', colour: 'blue' } }, {});
    expect((await h['highlight:update']({ id: highlight.id, patch: { colour: 'pink', note: 'số liệu' } }, {})).colour).toBe('pink');
    await h['highlight:delete']({ id: highlight.id }, {});
    await expect(h['highlight:update']({ id: highlight.id, patch: { note: 'x' } }, {})).rejects.toMatchObject({ code: 'not-found' });
  });

  it('stores the anchoring result for the popup', async () => {
    const h = createHandlers(deps);
    await h['page:detected']({ article: article('x'), identity: { url: URL_A, aliases: [] } }, { tabId: 4 });
    await h['page:anchored']({ placed: ['a'], orphans: ['b'] }, { tabId: 4 });
    expect((await h['page:get']({ tabId: 4 }, {}))?.anchoring).toEqual({ placed: ['a'], orphans: ['b'] });
  });

  it('passes site enabling and one-off injection to the browser layer', async () => {
    const h = createHandlers(deps);
    await h['site:enable']({ tabId: 5 }, {});
    await h['page:inject']({ tabId: 6 }, {});
    expect(calls).toEqual(['enable:5', 'inject:6']);
  });
});
