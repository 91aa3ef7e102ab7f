import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClip, getClipWithHighlights, getSnapshot, saveClip, saveHighlight } from '@/utils/db';
import type { ClipRecord } from '@/utils/db';
import type { Highlight } from '@/utils/model';
import {
  clipPage,
  correctPage,
  editHighlight,
  loadPopupData,
  mergeCorrections,
  detectionChanged,
  refreshClip,
  pageUrls,
  placeHighlights,
  setClipTags,
  unclip,
  waitForPage,
} from '@/utils/pages/popup';
import { targetTab } from '@/utils/pages/target-tab';
import { ARTICLE_URL, article, capture, pagesWorld, type PagesWorld } from './helpers';

let w: PagesWorld;
beforeEach(async () => {
  w = await pagesWorld();
});
afterEach(() => w.stop());

const detected = article({ url: ARTICLE_URL, canonicalUrl: null });
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

async function savedWithHighlights(n: number): Promise<{ clip: ClipRecord; highlights: Highlight[] }> {
  const { clip } = await saveClip(w.db, { article: detected, url: ARTICLE_URL }, w.clock, w.deps.ids);
  const highlights: Highlight[] = [];
  for (let i = 0; i < n; i++) {
    highlights.push(await saveHighlight(w.db, { id: `h${i}`, clipId: clip.id, selectors: quote(`đoạn ${i}`), quote: `đoạn ${i}`, colour: 'yellow' }, w.clock, w.deps.ids));
  }
  return { clip, highlights };
}

describe('placeHighlights', () => {
  const hs = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as Highlight[];

  it('treats every highlight as placed until the tab has reported', () => {
    expect(placeHighlights(hs, null).map((h) => h.anchored)).toEqual([true, true, true]);
  });

  it('marks the ids the tab could not place as orphans, and a highlight newer than the report as placed', () => {
    const placed = placeHighlights(hs, { placed: ['a'], orphans: ['b'] });
    expect(placed.map((h) => [h.id, h.anchored])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });
});

describe('loadPopupData', () => {
  it('shows what the background detected on a portal page that is not clipped', async () => {
    const tab = await w.openTab(ARTICLE_URL);
    await w.detect(tab);
    const data = await loadPopupData(w.deps, { id: tab, url: ARTICLE_URL }, []);
    expect(data.access).toBe('portal');
    expect(data.page?.article?.title).toBe(detected.title);
    expect(data.clip).toBeNull();
    expect(data.highlights).toEqual([]);
    expect(data.localeSetting).toBe('auto');
  });

  it('finds the clip under a tab address with tracking parameters, with its orphans', async () => {
    const { clip } = await savedWithHighlights(3);
    const tabUrl = `${ARTICLE_URL}?utm_source=zalo&fbclid=x`;
    const tab = await w.openTab(tabUrl);
    const data = await loadPopupData(w.deps, { id: tab, url: tabUrl }, []);
    expect(data.page).toBeNull();
    expect(data.clip?.id).toBe(clip.id);
    expect(data.highlights.every((h) => h.anchored)).toBe(true);

    await w.detect(tab);
    await w.anchor(tab, ['h0', 'h2'], ['h1']);
    const reported = await loadPopupData(w.deps, { id: tab, url: tabUrl }, []);
    expect(reported.highlights.map((h) => [h.id, h.anchored])).toEqual([
      ['h0', true],
      ['h1', false],
      ['h2', true],
    ]);
  });

  it('tells a site that is not enabled from a granted one and from a browser page', async () => {
    const blog = 'https://blog.example.org/bai-viet.html';
    const tab = await w.openTab(blog, false);
    expect((await loadPopupData(w.deps, { id: tab, url: blog }, [])).access).toBe('not-enabled');
    expect((await loadPopupData(w.deps, { id: tab, url: blog }, ['https://blog.example.org/*'])).access).toBe('enabled');
    expect((await loadPopupData(w.deps, { id: tab, url: 'chrome://extensions/' }, [])).access).toBe('unsupported');
    expect((await loadPopupData(w.deps, { id: tab }, [])).access).toBe('unsupported');
  });

  it('lists the URLs a page is known by without repeats', () => {
    const urls = pageUrls(
      { tabId: 1, url: `${ARTICLE_URL}?utm_source=x`, title: '', article: null, identity: { url: ARTICLE_URL, aliases: ['https://m.example.gov.vn/a'] }, anchoring: null, reportedAt: 1 },
      `${ARTICLE_URL}?utm_source=x`,
    );
    expect(urls).toEqual([ARTICLE_URL, 'https://m.example.gov.vn/a', `${ARTICLE_URL}?utm_source=x`]);
  });
});

describe('clipping', () => {
  it('saves the capture with its snapshot and repaints only the tabs showing the article', async () => {
    const tab = await w.openTab(ARTICLE_URL);
    const twin = await w.openTab(`${ARTICLE_URL}?utm_campaign=share`);
    const other = await w.openTab('https://snv.example.gov.vn/tin-tuc/khac.html');
    await w.openTab(ARTICLE_URL, false);
    await w.detect(tab);
    const clip = await clipPage(w.deps, tab, null);
    expect(clip.title).toBe(detected.title);
    expect((await getSnapshot(w.db, clip.id))?.text).toBe(capture().snapshot!.text);
    expect(w.sent).toContain(`${tab}:content:capture`);
    expect(w.sent.filter((s) => s.endsWith('content:refresh')).sort()).toEqual(expect.arrayContaining([`${tab}:content:refresh`, `${twin}:content:refresh`]));
    expect(w.sent).not.toContain(`${other}:content:refresh`);
  });

  it('falls back to the background’s detection when the page cannot answer the capture', async () => {
    const tab = await w.openTab(ARTICLE_URL, false);
    await w.detect(tab);
    const page = await w.deps.toBackground('page:get', { tabId: tab });
    const clip = await clipPage(w.deps, tab, page);
    expect(clip.url).toBe(ARTICLE_URL);
    // Without the capture, the detected body becomes the snapshot text.
    expect((await getSnapshot(w.db, clip.id))?.text).toBe(detected.bodyText);
  });

  it('fails when there is neither a capture nor a detection', async () => {
    const tab = await w.openTab(ARTICLE_URL, false);
    await expect(clipPage(w.deps, tab, null)).rejects.toThrow(/Receiving end/);
  });
});

describe('updating a clip from the page', () => {
  it('tells when the page now reads differently from the saved clip, old clips without the new fields included', () => {
    const saved = { ...detected, documentNumber: undefined, attachments: undefined, recordDetails: undefined };
    expect(detectionChanged(saved, { ...detected, documentNumber: null, attachments: [], recordDetails: [] })).toBe(false);
    expect(detectionChanged(saved, { ...detected, documentNumber: '245/QĐ-SNV' })).toBe(true);
    expect(detectionChanged(saved, { ...detected, attachments: [{ name: 'a.pdf', url: 'https://x.gov.vn/a.pdf' }] })).toBe(true);
    expect(detectionChanged(saved, { ...detected, title: 'Tiêu đề khác' })).toBe(true);
    // the same data with its keys in another order (as storage gives it back) is no change
    const sig = detected.signature!;
    expect(detectionChanged(saved, { ...detected, signature: { unit: sig.unit, source: sig.source, authors: sig.authors, text: sig.text } })).toBe(false);
    // the body is not compared (a clip keeps its saved copy), nor a page not read yet
    expect(detectionChanged(saved, { ...detected, bodyText: 'khác' })).toBe(false);
    expect(detectionChanged(saved, null)).toBe(false);
  });

  it('takes the page\'s detection as the clip\'s, keeping the user\'s corrections', async () => {
    const tab = await w.openTab(ARTICLE_URL);
    await w.detect(tab);
    const clip = await clipPage(w.deps, tab, await w.deps.toBackground('page:get', { tabId: tab }));
    const corrected = await correctPage(w.deps, tab, null, clip, { title: 'Tiêu đề của tôi' });
    await w.detect(tab, { ...article({ url: ARTICLE_URL, canonicalUrl: null }), documentNumber: '245/QĐ-SNV' });
    const page = await w.deps.toBackground('page:get', { tabId: tab });
    expect(detectionChanged(corrected.detected, page?.article)).toBe(true);
    const refreshed = await refreshClip(w.deps, corrected, page);
    expect([refreshed.documentNumber, refreshed.title]).toEqual(['245/QĐ-SNV', 'Tiêu đề của tôi']);
    expect(detectionChanged(refreshed.detected, page?.article)).toBe(false);
    await expect(refreshClip(w.deps, refreshed, null)).rejects.toThrow(/not been read/);
  });
});

describe('corrections', () => {
  it('keeps only fields that differ from detection (setting one back undoes it)', () => {
    const once = mergeCorrections(detected, {}, { published: '2024-01-20', title: detected.title });
    expect(once).toEqual({ published: '2024-01-20' });
    const twice = mergeCorrections(detected, once, { site: 'Sở Nội vụ', authors: detected.authors, signature: detected.signature });
    expect(twice).toEqual({ published: '2024-01-20', site: 'Sở Nội vụ' });
    expect(mergeCorrections(detected, twice, { published: detected.published })).toEqual({ site: 'Sở Nội vụ' });
    expect(mergeCorrections(detected, twice, { published: null })).toEqual({ published: null, site: 'Sở Nội vụ' });
    // a number set back to what was detected (none, on a clip saved before numbers were read) is no correction
    expect(mergeCorrections({ ...detected, documentNumber: undefined }, {}, { documentNumber: null })).toEqual({});
    expect(mergeCorrections({ ...detected, documentNumber: '245/QĐ-SNV' }, {}, { documentNumber: '246/QĐ-SNV' })).toEqual({ documentNumber: '246/QĐ-SNV' });
  });

  it('clips an unclipped page before keeping its correction, and the correction persists', async () => {
    const tab = await w.openTab(ARTICLE_URL);
    await w.detect(tab);
    const page = await w.deps.toBackground('page:get', { tabId: tab });
    const corrected = await correctPage(w.deps, tab, page, null, { published: '2024-01-20' });
    expect(corrected.published).toBe('2024-01-20');
    const stored = await getClip(w.db, corrected.id);
    expect(stored?.corrections).toEqual({ published: '2024-01-20' });
    expect(stored?.detected.published).toBe(detected.published);

    const both = await correctPage(w.deps, tab, page, stored, { title: 'Tiêu đề đã sửa' });
    expect(both.corrections).toEqual({ published: '2024-01-20', title: 'Tiêu đề đã sửa' });
    const undone = await correctPage(w.deps, tab, page, both, { published: detected.published });
    expect(undone.published).toBe(detected.published);
    expect(undone.corrections).toEqual({ title: 'Tiêu đề đã sửa' });
  });

  it('replaces the clip’s tags (new names become tags of the library)', async () => {
    const { clip } = await savedWithHighlights(0);
    const tagged = await setClipTags(w.deps, clip.id, ['thi đua', 'khen thưởng']);
    expect(tagged.tags).toEqual(['thi đua', 'khen thưởng']);
    const tab = await w.openTab(ARTICLE_URL);
    expect((await loadPopupData(w.deps, { id: tab, url: ARTICLE_URL }, [])).allTags.sort()).toEqual(['khen thưởng', 'thi đua']);
  });
});

describe('unclip and highlight edits', () => {
  it('deletes the clip with its highlights and clears them from the tab', async () => {
    const { clip } = await savedWithHighlights(2);
    const tab = await w.openTab(ARTICLE_URL);
    await unclip(w.deps, clip);
    expect(await getClipWithHighlights(w.db, clip.id)).toBeNull();
    expect(w.sent).toContain(`${tab}:content:refresh`);
  });

  it('edits a highlight and repaints the tab', async () => {
    const { clip } = await savedWithHighlights(1);
    const tab = await w.openTab(ARTICLE_URL);
    const saved = await editHighlight(w.deps, clip, 'h0', { colour: 'green', note: 'Ghi chú', tags: ['số liệu'] });
    expect(saved).toMatchObject({ colour: 'green', note: 'Ghi chú', tags: ['số liệu'] });
    expect((await getClip(w.db, clip.id))?.highlightColours).toEqual(['green']);
    expect(w.sent).toEqual([`${tab}:content:refresh`]);
  });
});

describe('waitForPage', () => {
  it('polls until the content script has reported', async () => {
    const tab = await w.openTab(ARTICLE_URL);
    let sleeps = 0;
    const page = await waitForPage(w.deps, tab, {
      intervalMs: 100,
      timeoutMs: 1000,
      sleep: async () => {
        if (++sleeps === 3) await w.detect(tab);
      },
    });
    expect(sleeps).toBe(3);
    expect(page?.article?.title).toBe(detected.title);
  });

  it('gives up with null after the timeout', async () => {
    const tab = await w.openTab(ARTICLE_URL);
    let sleeps = 0;
    expect(await waitForPage(w.deps, tab, { intervalMs: 100, timeoutMs: 300, sleep: async () => void sleeps++ })).toBeNull();
    expect(sleeps).toBe(3);
  });
});

describe('targetTab', () => {
  const tabs = [
    { id: 3, url: 'https://a.gov.vn/x' },
    { id: 5, url: 'https://b.gov.vn/y' },
    { id: 9 },
  ];
  const source = { all: async () => tabs, active: async () => tabs[1] };

  it.each([
    ['', { id: 5, url: 'https://b.gov.vn/y' }],
    ['?tabId=3', { id: 3, url: 'https://a.gov.vn/x' }],
    ['?url=' + encodeURIComponent('https://a.gov.vn/x'), { id: 3, url: 'https://a.gov.vn/x' }],
    ['?tabId=9&url=' + encodeURIComponent('http://localhost:8080/p.html'), { id: 9, url: 'http://localhost:8080/p.html' }],
    ['?tabId=3&url=' + encodeURIComponent('https://other/'), { id: 3, url: 'https://a.gov.vn/x' }],
    ['?tabId=42', { id: 42 }],
    ['?url=' + encodeURIComponent('https://nowhere/'), null],
    ['?tabId=abc', { id: 5, url: 'https://b.gov.vn/y' }],
  ])('%s', async (search, expected) => {
    expect(await targetTab(search, source)).toEqual(expected);
  });
});
