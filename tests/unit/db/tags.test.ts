import { describe, expect, it } from 'vitest';
import { getClip, saveClip } from '@/utils/db/clips';
import { saveHighlight } from '@/utils/db/highlights';
import { createTag, deleteTag, getTag, listTagNames, listTagRecords, listTags, mergeTags, renameTag, retagClips, updateTag } from '@/utils/db/tags';
import { article, freshDb, makeClock, makeIds, quoteSelectors } from './helpers';

async function setup() {
  const db = await freshDb();
  const clock = makeClock();
  const ids = makeIds();
  const urlA = 'https://snv.example.gov.vn/a.html';
  const urlB = 'https://snv.example.gov.vn/b.html';
  const a = (await saveClip(db, { article: article({ url: urlA, canonicalUrl: null }), url: urlA, tags: ['Thi đua', 'Khen thưởng'] }, clock, ids)).clip;
  const b = (await saveClip(db, { article: article({ url: urlB, canonicalUrl: null }), url: urlB, tags: ['thi đua'] }, clock, ids)).clip;
  const h = await saveHighlight(db, { clipId: a.id, selectors: quoteSelectors('x'), quote: 'x', colour: 'yellow', tags: ['Thi đua'] }, clock, ids);
  return { db, clock, a, b, h };
}

describe('tags', () => {
  it('lists tags with clip and highlight counts in Vietnamese order', async () => {
    const { db } = await setup();
    const tags = await listTags(db);
    expect(tags.map((t) => [t.name, t.clipCount, t.highlightCount])).toEqual([
      ['Khen thưởng', 1, 0],
      ['thi đua', 1, 0],
      ['Thi đua', 1, 1],
    ]);
    expect(tags[0].colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('lists tag names and tag records without counting uses, in the same order as listTags', async () => {
    const { db, clock } = await setup();
    await createTag(db, { name: 'Ánh sáng', colour: '#123456', description: 'mô tả' }, clock);
    const counted = await listTags(db);
    expect(await listTagNames(db)).toEqual(counted.map((t) => t.name));
    const records = await listTagRecords(db);
    expect(records.map((t) => t.name)).toEqual(counted.map((t) => t.name));
    expect(records.find((t) => t.name === 'Ánh sáng')).toEqual({ name: 'Ánh sáng', colour: '#123456', description: 'mô tả', createdAt: clock() });
    expect(records.every((t) => !('clipCount' in t))).toBe(true);
  });

  it('create refuses a duplicate; update changes colour and description and refuses CSS injection', async () => {
    const { db, clock } = await setup();
    await createTag(db, { name: 'Cải cách hành chính', colour: '#123456' }, clock);
    await expect(createTag(db, { name: 'Cải cách hành chính' }, clock)).rejects.toMatchObject({ code: 'conflict' });
    const updated = await updateTag(db, 'Cải cách hành chính', { description: 'CCHC' });
    expect(updated).toMatchObject({ colour: '#123456', description: 'CCHC' });
    await expect(updateTag(db, 'Cải cách hành chính', { colour: 'red;background:url(x)' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(updateTag(db, 'không có', { description: '' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('rename updates every clip and highlight in one go and bumps updatedAt', async () => {
    const { db, clock, a, h } = await setup();
    clock.advance();
    expect(await renameTag(db, 'Thi đua', 'Thi đua yêu nước', clock)).toEqual({ clips: 1, highlights: 1 });
    expect(await getClip(db, a.id)).toMatchObject({ tags: ['Thi đua yêu nước', 'Khen thưởng'], updatedAt: clock() });
    expect((await db.get('highlights', h.id))?.tags).toEqual(['Thi đua yêu nước']);
    expect(await getTag(db, 'Thi đua')).toBeNull();
    expect(await getTag(db, 'Thi đua yêu nước')).toMatchObject({ clipCount: 1, highlightCount: 1 });
  });

  it('rename onto an existing tag is a conflict and changes nothing', async () => {
    const { db, clock, a } = await setup();
    await expect(renameTag(db, 'Thi đua', 'thi đua', clock)).rejects.toMatchObject({ code: 'conflict' });
    expect((await getClip(db, a.id))?.tags).toEqual(['Thi đua', 'Khen thưởng']);
    expect(await getTag(db, 'Thi đua')).not.toBeNull();
  });

  it('merge folds sources into the target without duplicate tags on a clip', async () => {
    const { db, clock, a, b } = await setup();
    expect(await mergeTags(db, ['thi đua', 'Khen thưởng'], 'Thi đua', clock)).toEqual({ clips: 2, highlights: 0 });
    expect((await getClip(db, a.id))?.tags).toEqual(['Thi đua']);
    expect((await getClip(db, b.id))?.tags).toEqual(['Thi đua']);
    expect((await listTags(db)).map((t) => [t.name, t.clipCount])).toEqual([['Thi đua', 2]]);
  });

  it('merge with a missing source changes nothing', async () => {
    const { db, clock, a } = await setup();
    await expect(mergeTags(db, ['Khen thưởng', 'không có'], 'Thi đua', clock)).rejects.toMatchObject({ code: 'not-found' });
    expect((await getClip(db, a.id))?.tags).toEqual(['Thi đua', 'Khen thưởng']);
    expect(await getTag(db, 'Khen thưởng')).not.toBeNull();
  });

  it('delete removes the tag from clips and highlights', async () => {
    const { db, clock, a, h } = await setup();
    expect(await deleteTag(db, 'Thi đua', clock)).toEqual({ clips: 1, highlights: 1 });
    expect((await getClip(db, a.id))?.tags).toEqual(['Khen thưởng']);
    expect((await db.get('highlights', h.id))?.tags).toEqual([]);
    await expect(deleteTag(db, 'Thi đua', clock)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('retagClips', () => {
  it('adds and removes tags on many clips in one go, creating new tags, and counts what changed', async () => {
    const { db, clock, a, b } = await setup();
    clock.advance();
    expect(await retagClips(db, [a.id, b.id], { add: ['Bão số 3'] }, clock)).toBe(2);
    expect((await getClip(db, a.id))?.tags).toEqual(['Thi đua', 'Khen thưởng', 'Bão số 3']);
    expect((await getClip(db, b.id))?.tags).toEqual(['thi đua', 'Bão số 3']);
    expect((await getClip(db, b.id))?.updatedAt).toBe(clock());
    expect(await getTag(db, 'Bão số 3')).toMatchObject({ clipCount: 2 });
    // already there: nothing changes; NFD input is stored NFC
    expect(await retagClips(db, [a.id], { add: ['Bão số 3'.normalize('NFD')] }, clock)).toBe(0);
    expect(await retagClips(db, [a.id, b.id], { remove: ['Khen thưởng', 'thi đua'] }, clock)).toBe(2);
    expect((await getClip(db, a.id))?.tags).toEqual(['Thi đua', 'Bão số 3']);
    expect((await getClip(db, b.id))?.tags).toEqual(['Bão số 3']);
  });

  it('changes nothing when one clip is missing or a tag is invalid', async () => {
    const { db, clock, a, b } = await setup();
    await expect(retagClips(db, [a.id, 'missing', b.id], { add: ['mới'] }, clock)).rejects.toMatchObject({ code: 'not-found' });
    expect((await getClip(db, a.id))?.tags).toEqual(['Thi đua', 'Khen thưởng']);
    expect(await getTag(db, 'mới')).toBeNull();
    await expect(retagClips(db, [a.id], { add: [''] }, clock)).rejects.toThrow(/retag\.add/);
    await expect(retagClips(db, [a.id], { add: Array.from({ length: 99 }, (_, i) => `t${i}`) }, clock)).rejects.toMatchObject({ code: 'invalid' });
    expect((await getClip(db, a.id))?.tags).toEqual(['Thi đua', 'Khen thưởng']);
  });
});
