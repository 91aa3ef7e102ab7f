import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getTag, listTags, saveClip, saveHighlight, updateClip, updateHighlight } from '@/utils/db';
import type { ClipRecord } from '@/utils/db';
import { CorpusBuilder, loadSnapshotTexts } from '@/utils/pages/corpus';
import { readInChunks } from '@/utils/pages/chunked-read';
import {
  clipSummaries,
  deleteClips,
  loadAllClips,
  loadFirstScreen,
  loadHighlightsAndTags,
  loadLibraryClips,
  loadLibraryData,
  reconcileLibrary,
  snapshotParagraphs,
  tagOperations,
  withTagCounts,
} from '@/utils/pages/library';
import { colourLabelSetting, getLocaleSetting, pageLocale, saveColourLabels, setLocaleSetting } from '@/utils/pages/settings';
import { ARTICLE_URL, article, pagesWorld, type PagesWorld } from './helpers';

let w: PagesWorld;
beforeEach(async () => {
  w = await pagesWorld();
});
afterEach(() => w.stop());

async function clip(n: number, body = `Nội dung bài ${n}.\n\nĐoạn thứ hai.`): Promise<ClipRecord> {
  const url = n === 0 ? ARTICLE_URL : `https://snv.example.gov.vn/tin/${n}.html`;
  const { clip } = await saveClip(
    w.db,
    { article: article({ url, canonicalUrl: null, title: `Bài số ${n}` }), url, tags: n % 2 ? ['thi đua'] : [], snapshot: { html: '', text: body } },
    w.clock,
    w.deps.ids,
  );
  return clip;
}
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

describe('loadLibraryData and reconcileLibrary', () => {
  it('loads clips, highlights, tags and settings together', async () => {
    const a = await clip(1);
    await clip(2);
    await saveHighlight(w.db, { clipId: a.id, selectors: quote('bài'), quote: 'bài', colour: 'green' }, w.clock, w.deps.ids);
    const data = await loadLibraryData(w.db);
    expect(data.clips.map((c) => c.title).sort()).toEqual(['Bài số 1', 'Bài số 2']);
    expect(data.highlights).toHaveLength(1);
    expect(data.tags.map((t) => [t.name, t.clipCount])).toEqual([['thi đua', 1]]);
    expect(data.localeSetting).toBe('auto');
  });

  it('loads the clips alone for the first paint, and the full load keeps them as the same objects', async () => {
    const a = await clip(1);
    await saveHighlight(w.db, { clipId: a.id, selectors: quote('bài'), quote: 'bài', colour: 'green' }, w.clock, w.deps.ids);
    const first = await loadLibraryClips(w.db);
    expect(first.clips.map((c) => c.id)).toEqual([a.id]);
    expect([first.highlights, first.tags]).toEqual([[], []]);
    const full = reconcileLibrary(first, await loadLibraryData(w.db));
    expect(full.clips[0]).toBe(first.clips[0]);
    expect(full.highlights).toHaveLength(1);
    expect(full.tags.map((t) => t.name)).toEqual(['thi đua']);
  });

  it('keeps unchanged records as the same objects and replaces changed ones', async () => {
    const a = await clip(1);
    const b = await clip(2);
    const h = await saveHighlight(w.db, { clipId: a.id, selectors: quote('bài'), quote: 'bài', colour: 'green' }, w.clock, w.deps.ids);
    const before = await loadLibraryData(w.db);
    w.clock.advance();
    await saveHighlight(w.db, { clipId: b.id, selectors: quote('nội dung'), quote: 'nội dung', colour: 'pink' }, w.clock, w.deps.ids);
    await updateHighlight(w.db, h.id, { note: 'ghi chú' }, w.clock);
    const after = reconcileLibrary(before, await loadLibraryData(w.db));
    const find = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;
    // Clip a is unchanged (its summary did not change); clip b gained a highlight (summary changed, updatedAt did not).
    expect(find(after.clips, a.id)).toBe(find(before.clips, a.id));
    expect(find(after.clips, b.id)).not.toBe(find(before.clips, b.id));
    expect(find(after.clips, b.id).highlightCount).toBe(1);
    expect(find(after.highlights, h.id)).not.toBe(find(before.highlights, h.id));
    expect(find(after.highlights, h.id).note).toBe('ghi chú');
  });
});

describe('staged loading (first screen, then everything in chunks)', () => {
  /** Clip n published on day n of 2024 (clip 3 undated), so the publication order is known. */
  async function dated(n: number): Promise<ClipRecord> {
    const url = `https://snv.example.gov.vn/tin/${n}.html`;
    const published = n === 3 ? null : `2024-01-${String(n).padStart(2, '0')}T08:00:00+07:00`;
    const { clip } = await saveClip(w.db, { article: article({ url, canonicalUrl: null, title: `Bài số ${n}`, published }), url }, w.clock, w.deps.ids);
    w.clock.advance();
    return clip;
  }

  it('the first screen holds the newest published clips (undated last) and says whether that is all', async () => {
    for (let n = 1; n <= 5; n++) await dated(n);
    const first = await loadFirstScreen(w.db, 3);
    expect(first.data.clips.map((c) => c.title)).toEqual(['Bài số 5', 'Bài số 4', 'Bài số 2']);
    expect(first.complete).toBe(false);
    expect([first.data.highlights, first.data.tags, first.data.localeSetting]).toEqual([[], [], 'auto']);
    const all = await loadFirstScreen(w.db, 5);
    expect(all.data.clips.map((c) => c.title)).toEqual(['Bài số 5', 'Bài số 4', 'Bài số 2', 'Bài số 1', 'Bài số 3']);
    expect(all.complete).toBe(true);
  });

  it('reads every clip and highlight in chunks, with a pause between reads, and the same tags as listTags', async () => {
    const clips = [];
    for (let n = 1; n <= 5; n++) clips.push(await clip(n));
    await updateClip(w.db, clips[0].id, { tags: ['thi đua', 'khen thưởng'] }, w.clock);
    for (const [i, c] of clips.entries()) {
      await saveHighlight(w.db, { clipId: c.id, selectors: quote('bài'), quote: 'bài', colour: 'green', tags: i % 2 ? ['khen thưởng'] : [] }, w.clock, w.deps.ids);
    }
    let pauses = 0;
    const all = await loadAllClips(w.db, { chunkSize: 2, pause: async () => void pauses++ });
    expect(all.map((c) => c.id).sort()).toEqual(clips.map((c) => c.id).sort());
    expect(pauses).toBe(2);
    const rest = await loadHighlightsAndTags(w.db, all, { chunkSize: 2, pause: async () => undefined });
    expect(rest.highlights).toHaveLength(5);
    expect(rest.tags).toEqual(await listTags(w.db));
    expect(rest.tags.map((t) => [t.name, t.clipCount, t.highlightCount])).toEqual([
      ['khen thưởng', 1, 2],
      ['thi đua', 3, 0],
    ]);
  });

  it('gives the list one summary per clip with the fields it shows, the same object while the record is the same', async () => {
    const a = await clip(1);
    const b = await clip(2);
    const cache = new WeakMap();
    const first = clipSummaries([a, b], cache);
    expect(first[0]).toEqual({
      id: a.id,
      url: a.url,
      title: 'Bài số 1',
      published: a.published,
      site: a.site,
      tags: ['thi đua'],
      authors: a.authors,
      // (a document's number: the detail lists it; none on an article)
      documentNumber: null,
      savedAt: a.savedAt,
      highlightCount: 0,
      highlightColours: [],
      // (where detection read the date and the signature: the detail names them after it)
      provenance: a.detected.provenance,
      attachments: [],
      recordDetails: [],
    });
    const changed = { ...b, title: 'Bài số 2 (sửa)' };
    const again = clipSummaries([a, changed], cache);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).not.toBe(first[1]);
    expect(again[1].title).toBe('Bài số 2 (sửa)');
  });

  it('counts a tag listed twice on one record once, as the database index does', () => {
    const tags = [{ name: 'a', colour: '#000000', description: '', createdAt: 0 }];
    expect(withTagCounts(tags, [{ tags: ['a', 'a'] }, { tags: [] }], [{ tags: ['a'] }])).toEqual([{ ...tags[0], clipCount: 1, highlightCount: 1 }]);
  });

  it('reads a store in key order, chunk by chunk, and stops when asked to', async () => {
    for (let n = 1; n <= 5; n++) await clip(n);
    const seen: string[][] = [];
    expect(await readInChunks(w.db, 'snapshots', (batch) => seen.push(batch.map((s) => s.clipId)), { chunkSize: 2, pause: async () => undefined })).toBe(5);
    expect(seen.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(seen.flat()).toEqual([...seen.flat()].sort());
    const stop = new AbortController();
    const reading = readInChunks(w.db, 'clips', () => stop.abort(), { chunkSize: 2, signal: stop.signal, pause: async () => undefined });
    await expect(reading).rejects.toThrow();
  });
});

describe('Library actions', () => {
  it('deletes clips and clears them from the tabs showing them', async () => {
    const a = await clip(0);
    const b = await clip(2);
    const tab = await w.openTab(ARTICLE_URL);
    const other = await w.openTab('https://snv.example.gov.vn/khac.html');
    expect(await deleteClips(w.deps, [a, b])).toBe(2);
    expect((await loadLibraryData(w.db)).clips).toEqual([]);
    expect(w.sent).toEqual([`${tab}:content:refresh`]);
    expect(w.sent).not.toContain(`${other}:content:refresh`);
  });

  it('renames, merges, recolours and deletes tags; colouring a tag that has no record declares it', async () => {
    await clip(1);
    const ops = tagOperations(w.deps);
    await ops.rename('thi đua', 'thi đua khen thưởng');
    expect((await listTags(w.db)).map((t) => t.name)).toEqual(['thi đua khen thưởng']);
    await ops.setColour('thi đua khen thưởng', '#dc2626');
    expect((await getTag(w.db, 'thi đua khen thưởng'))?.colour).toBe('#dc2626');
    await ops.setColour('chưa khai báo', '#16a34a');
    expect((await getTag(w.db, 'chưa khai báo'))?.colour).toBe('#16a34a');
    await ops.merge(['chưa khai báo'], 'thi đua khen thưởng');
    expect((await listTags(w.db)).map((t) => t.name)).toEqual(['thi đua khen thưởng']);
    await ops.remove('thi đua khen thưởng');
    expect(await listTags(w.db)).toEqual([]);
    expect((await loadLibraryData(w.db)).clips[0].tags).toEqual([]);
  });

  it('gives a snapshot as paragraphs, or null without one', async () => {
    const a = await clip(1, 'Đoạn một.\n\n  Đoạn hai.  \n \nĐoạn ba.');
    expect(await snapshotParagraphs(w.db, a.id)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
    expect(await snapshotParagraphs(w.db, 'none')).toBeNull();
  });
});

describe('search corpus', () => {
  it('reads every snapshot text in chunks', async () => {
    for (let n = 1; n <= 5; n++) await clip(n);
    const chunks: number[] = [];
    const texts = new Map<string, string>();
    let pauses = 0;
    const total = await loadSnapshotTexts(
      w.db,
      (chunk) => {
        chunks.push(chunk.length);
        for (const [id, text] of chunk) texts.set(id, text);
      },
      { chunkSize: 2, pause: async () => void pauses++ },
    );
    expect(total).toBe(5);
    expect(chunks).toEqual([2, 2, 1]);
    expect(pauses).toBe(2);
    expect([...texts.values()].sort()[0]).toMatch(/^Nội dung bài 1\./);
  });

  it('reuses a clip’s document until its clip, highlights or text change', async () => {
    const a = await clip(1);
    const b = await clip(2);
    const h = await saveHighlight(w.db, { clipId: a.id, selectors: quote('bài'), quote: 'bài viết', colour: 'green', note: 'ý chính' }, w.clock, w.deps.ids);
    const builder = new CorpusBuilder();
    const bodies = new Map([[a.id, 'thân bài A']]);
    const first = builder.build([a, b], [h], bodies);
    expect(first[0].fields).toMatchObject({ title: 'Bài số 1', quotes: 'bài viết', notes: 'ý chính', body: 'thân bài A', tags: 'thi đua' });
    const same = builder.build([a, b], [h], bodies);
    expect(same[0]).toBe(first[0]);
    expect(same[1]).toBe(first[1]);
    const withBody = builder.build([a, b], [h], new Map([...bodies, [b.id, 'thân bài B']]));
    expect(withBody[0]).toBe(first[0]);
    expect(withBody[1]).not.toBe(first[1]);
    expect(withBody[1].fields.body).toBe('thân bài B');
    const withoutHighlight = builder.build([a, b], [], bodies);
    expect(withoutHighlight[0]).not.toBe(first[0]);
    expect(withoutHighlight[0].fields.quotes).toBe('');
  });
});

describe('settings', () => {
  it('stores a fixed language, and "same as the browser" as no record', async () => {
    expect(await getLocaleSetting(w.db)).toBe('auto');
    await setLocaleSetting(w.db, 'en');
    expect(await getLocaleSetting(w.db)).toBe('en');
    await setLocaleSetting(w.db, 'auto');
    expect(await getLocaleSetting(w.db)).toBe('auto');
    expect(pageLocale('auto', 'vi-VN')).toBe('vi');
    expect(pageLocale('auto', 'en-US')).toBe('en');
    expect(pageLocale('vi', 'en-US')).toBe('vi');
  });

  it('stores colour names, a blank name going back to the default meaning', async () => {
    const labels = await saveColourLabels(w.db, { yellow: '  Quan trọng ', pink: '' });
    expect(labels).toEqual({ yellow: 'Quan trọng', green: '', blue: '', pink: '', orange: '' });
    expect(colourLabelSetting((await loadLibraryData(w.db)).settings.colourLabels)).toEqual({ yellow: 'Quan trọng' });
  });
});
