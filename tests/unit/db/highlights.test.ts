import { describe, expect, it } from 'vitest';
import { saveClip, getClip } from '@/utils/db/clips';
import {
  deleteHighlight,
  getClipWithHighlights,
  getClipWithHighlightsByUrl,
  listHighlights,
  restoreHighlight,
  saveHighlight,
  updateHighlight,
} from '@/utils/db/highlights';
import { article, freshDb, makeClock, makeIds, quoteSelectors } from './helpers';

const URL = 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html';

async function setup() {
  const db = await freshDb();
  const clock = makeClock();
  const ids = makeIds();
  const { clip } = await saveClip(db, { article: article(), url: URL }, clock, ids);
  return { db, clock, ids, clip };
}

describe('highlights', () => {
  it('save one: denormalised URL, NFC quote, tags created, clip summary updated', async () => {
    const { db, clock, ids, clip } = await setup();
    const h = await saveHighlight(
      db,
      { clipId: clip.id, selectors: quoteSelectors('Hội nghị', 60), quote: 'Hội nghị'.normalize('NFD'), colour: 'green', note: 'Ghi chú', tags: ['Quan trọng'] },
      clock,
      ids,
    );
    expect(h).toMatchObject({ clipId: clip.id, url: URL, quote: 'Hội nghị'.normalize('NFC'), colour: 'green', note: 'Ghi chú', tags: ['Quan trọng'] });
    expect(await getClip(db, clip.id)).toMatchObject({ highlightCount: 1, highlightColours: ['green'] });
    expect(await db.get('tags', 'Quan trọng')).toBeDefined();
  });

  it('a retried save with the same id returns the first highlight, not a duplicate', async () => {
    const { db, clock, ids, clip } = await setup();
    const input = { id: 'page-made-1', clipId: clip.id, selectors: quoteSelectors('Sáng'), quote: 'Sáng', colour: 'yellow' as const };
    const first = await saveHighlight(db, input, clock, ids);
    clock.advance();
    const second = await saveHighlight(db, { ...input, colour: 'pink' }, clock, ids);
    expect(second).toEqual(first);
    expect(await db.count('highlights')).toBe(1);
  });

  it('refuses a highlight on a missing clip', async () => {
    const { db, clock, ids } = await setup();
    await expect(
      saveHighlight(db, { clipId: 'missing', selectors: quoteSelectors('x'), quote: 'x', colour: 'yellow' }, clock, ids),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.count('highlights')).toBe(0);
  });

  it('refuses a bad colour, empty selectors and a huge note, naming the field', async () => {
    const { db, clock, ids, clip } = await setup();
    const base = { clipId: clip.id, selectors: quoteSelectors('x'), quote: 'x', colour: 'yellow' as const };
    await expect(saveHighlight(db, { ...base, colour: 'red' as never }, clock, ids)).rejects.toThrow(/highlight\.colour/);
    await expect(saveHighlight(db, { ...base, selectors: [] }, clock, ids)).rejects.toThrow(/highlight\.selectors/);
    await expect(saveHighlight(db, { ...base, note: 'x'.repeat(1_048_577) }, clock, ids)).rejects.toThrow(/highlight\.note.*longer than the limit/);
  });

  it('update recolours and re-summarises; delete re-summarises', async () => {
    const { db, clock, ids, clip } = await setup();
    const a = await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('a', 10), quote: 'a', colour: 'yellow' }, clock, ids);
    const b = await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('b', 5), quote: 'b', colour: 'yellow' }, clock, ids);
    clock.advance();
    const recoloured = await updateHighlight(db, a.id, { colour: 'blue', note: 'xem lại' }, clock);
    expect(recoloured).toMatchObject({ colour: 'blue', note: 'xem lại', updatedAt: clock(), createdAt: a.createdAt });
    expect(await getClip(db, clip.id)).toMatchObject({ highlightCount: 2, highlightColours: ['yellow', 'blue'] });
    await deleteHighlight(db, b.id);
    expect(await getClip(db, clip.id)).toMatchObject({ highlightCount: 1, highlightColours: ['blue'] });
    await expect(deleteHighlight(db, b.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(updateHighlight(db, b.id, { note: '' }, clock)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('restore puts a deleted highlight back as it was (Undo), once, and only on its clip', async () => {
    const { db, clock, ids, clip } = await setup();
    const h = await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('Hội nghị', 60), quote: 'Hội nghị', colour: 'pink', note: 'Xem lại', tags: ['thi đua'] }, clock, ids);
    await deleteHighlight(db, h.id);
    expect(await getClip(db, clip.id)).toMatchObject({ highlightCount: 0 });
    clock.advance();
    const back = await restoreHighlight(db, h, clock);
    expect(back).toMatchObject({ id: h.id, clipId: clip.id, note: 'Xem lại', tags: ['thi đua'], colour: 'pink', createdAt: h.createdAt, updatedAt: clock() });
    expect(await getClip(db, clip.id)).toMatchObject({ highlightCount: 1, highlightColours: ['pink'] });
    // a second Undo (a retried message) changes nothing
    expect(await restoreHighlight(db, { ...h, note: 'khác' }, clock)).toEqual(back);
    expect(await db.count('highlights')).toBe(1);
    await expect(restoreHighlight(db, { ...h, id: 'other', clipId: 'missing' }, clock)).rejects.toMatchObject({ code: 'not-found' });
    await expect(restoreHighlight(db, { ...h, id: 'bad', colour: 'red' as never }, clock)).rejects.toThrow(/highlight\.colour/);
    expect(await db.count('highlights')).toBe(1);
  });

  it('getClipWithHighlights returns reading order (by position), by id and by any URL', async () => {
    const { db, clock, ids, clip } = await setup();
    const later = await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('b', 50), quote: 'b', colour: 'yellow' }, clock, ids);
    clock.advance();
    const earlier = await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('a', 5), quote: 'a', colour: 'pink' }, clock, ids);
    const byId = await getClipWithHighlights(db, clip.id);
    expect(byId?.highlights.map((h) => h.id)).toEqual([earlier.id, later.id]);
    const byAlias = await getClipWithHighlightsByUrl(db, article().url);
    expect(byAlias?.clip.id).toBe(clip.id);
    expect(byAlias?.highlights).toHaveLength(2);
    expect(await getClipWithHighlights(db, 'missing')).toBeNull();
    expect(await getClipWithHighlightsByUrl(db, 'https://nowhere.example.vn/')).toBeNull();
  });

  it('listHighlights by clip, by canonical URL, by alias URL, by colour and by tag', async () => {
    const { db, clock, ids, clip } = await setup();
    const otherUrl = 'https://baochinhphu.example.vn/bai-khac-9.htm';
    const other = await saveClip(db, { article: article({ url: otherUrl, canonicalUrl: null }), url: otherUrl }, clock, ids);
    const h1 = await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('a'), quote: 'a', colour: 'yellow', tags: ['T'] }, clock, ids);
    clock.advance();
    const h2 = await saveHighlight(db, { clipId: other.clip.id, selectors: quoteSelectors('b'), quote: 'b', colour: 'yellow', tags: ['T'] }, clock, ids);
    await saveHighlight(db, { clipId: other.clip.id, selectors: quoteSelectors('c'), quote: 'c', colour: 'blue' }, clock, ids);
    expect((await listHighlights(db, { clipId: clip.id })).map((h) => h.id)).toEqual([h1.id]);
    expect((await listHighlights(db, { url: URL })).map((h) => h.id)).toEqual([h1.id]);
    expect((await listHighlights(db, { url: article().url })).map((h) => h.id)).toEqual([h1.id]);
    expect((await listHighlights(db, { colour: 'yellow' })).map((h) => h.id)).toEqual([h2.id, h1.id]);
    expect((await listHighlights(db, { tag: 'T' })).map((h) => h.id)).toEqual([h2.id, h1.id]);
    await expect(listHighlights(db, {} as never)).rejects.toMatchObject({ code: 'invalid' });
  });
});
