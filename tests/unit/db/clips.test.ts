import { describe, expect, it } from 'vitest';
import { ProtocolError } from '@/utils/messages';
import {
  deleteClip,
  getClip,
  getClipByUrl,
  getSnapshot,
  refreshDetected,
  saveClip,
  saveSnapshot,
  setCorrections,
  updateClip,
} from '@/utils/db/clips';
import { saveHighlight } from '@/utils/db/highlights';
import { listTags } from '@/utils/db/tags';
import { article, freshDb, makeClock, makeIds, quoteSelectors } from './helpers';

const URL = 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html';

describe('saveClip', () => {
  it('stores effective fields, detection, aliases from the article and a snapshot', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const { clip, created } = await saveClip(
      db,
      { article: article(), url: URL, tags: ['Thi đua'], snapshot: { html: '<p>Sáng ngày 22/01</p>', text: 'Sáng ngày 22/01' } },
      clock,
      makeIds('c'),
    );
    expect(created).toBe(true);
    expect(clip).toMatchObject({
      id: 'c00001',
      url: URL,
      title: article().title,
      published: '2024-01-22T15:32:00+07:00',
      authors: ['Nguyễn Văn An'],
      site: 'Sở Nội vụ tỉnh Ví Dụ',
      tags: ['Thi đua'],
      savedAt: clock(),
      updatedAt: clock(),
      highlightCount: 0,
      highlightColours: [],
    });
    // article.url carries a tracking parameter: it becomes an alias of the canonical URL.
    expect(clip.aliases).toEqual([article().url]);
    expect(clip.detected.bodyText).toBe('');
    expect(await getClip(db, clip.id)).toEqual(clip);
    expect(await getSnapshot(db, clip.id)).toEqual({ clipId: clip.id, html: '<p>Sáng ngày 22/01</p>', text: 'Sáng ngày 22/01', takenAt: clock() });
    expect((await listTags(db)).map((t) => t.name)).toEqual(['Thi đua']);
  });

  it('keeps the detected body text as the snapshot when no snapshot is given', async () => {
    const db = await freshDb();
    const { clip } = await saveClip(db, { article: article(), url: URL }, makeClock(), makeIds());
    expect((await getSnapshot(db, clip.id))?.text).toBe(article().bodyText);
  });

  it('is idempotent by URL or alias and merges new aliases and tags', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const first = await saveClip(db, { article: article(), url: URL, tags: ['A'] }, clock, ids);
    clock.advance();
    const mobile = 'https://m.snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html';
    // Saved again from the tracking-parameter URL (an alias) with a mobile variant and a new tag.
    const again = await saveClip(
      db,
      { article: article({ url: mobile, canonicalUrl: null }), url: article().url, tags: ['B', 'A'] },
      clock,
      ids,
    );
    expect(again.created).toBe(false);
    expect(again.clip.id).toBe(first.clip.id);
    expect(again.clip.url).toBe(URL);
    expect([...again.clip.aliases].sort()).toEqual([article().url, mobile].sort());
    expect(again.clip.tags).toEqual(['A', 'B']);
    expect(again.clip.updatedAt).toBe(clock());
    expect(await getClipByUrl(db, mobile)).toEqual(again.clip);
    expect(await db.count('clips')).toBe(1);
  });

  it('finds a clip by canonical URL and by alias, and returns null for an unknown URL', async () => {
    const db = await freshDb();
    const { clip } = await saveClip(db, { article: article(), url: URL }, makeClock(), makeIds());
    expect((await getClipByUrl(db, URL))?.id).toBe(clip.id);
    expect((await getClipByUrl(db, article().url))?.id).toBe(clip.id);
    expect(await getClipByUrl(db, 'https://other.example.vn/')).toBeNull();
  });

  it('normalises NFD title and tags to NFC', async () => {
    const db = await freshDb();
    const nfd = 'Hội nghị'.normalize('NFD');
    const { clip } = await saveClip(db, { article: article({ title: nfd }), url: URL, tags: ['  Khen   thưởng '.normalize('NFD')] }, makeClock(), makeIds());
    expect(clip.title).toBe('Hội nghị'.normalize('NFC'));
    expect(clip.tags).toEqual(['Khen thưởng'.normalize('NFC')]);
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'clip.url'],
    ['a missing title', { article: { ...article(), title: undefined } }, 'clip.article.title'],
    ['a wrong type', { article: article({ authors: 'Nguyễn Văn An' as unknown as string[] }) }, 'clip.article.authors'],
    ['a prototype key', { article: JSON.parse(JSON.stringify(article()).replace('"title"', '"__proto__":{"x":1},"title"')) }, 'clip.article.__proto__'],
  ])('rejects %s with the field path', async (_name, override, path) => {
    const db = await freshDb();
    const err = await saveClip(db, { article: article(), url: URL, ...override } as never, makeClock(), makeIds()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as ProtocolError).code).toBe('invalid');
    expect((err as ProtocolError).message).toContain(path);
    expect(await db.count('clips')).toBe(0);
  });
});

describe('corrections', () => {
  it('apply over detection and are undone by leaving the field out', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const { clip } = await saveClip(db, { article: article(), url: URL }, clock, makeIds());
    clock.advance();
    const corrected = await setCorrections(db, clip.id, { published: '2024-01-21', title: 'Tiêu đề đã sửa' }, clock);
    expect(corrected.published).toBe('2024-01-21');
    expect(corrected.title).toBe('Tiêu đề đã sửa');
    expect(corrected.detected.published).toBe('2024-01-22T15:32:00+07:00');
    expect(corrected.updatedAt).toBe(clock());
    const undone = await setCorrections(db, clip.id, { title: 'Tiêu đề đã sửa' }, clock);
    expect(undone.published).toBe('2024-01-22T15:32:00+07:00');
    expect(undone.title).toBe('Tiêu đề đã sửa');
    expect((await getClip(db, clip.id))?.corrections).toEqual({ title: 'Tiêu đề đã sửa' });
  });

  it('can correct a date to "none"', async () => {
    const db = await freshDb();
    const { clip } = await saveClip(db, { article: article(), url: URL }, makeClock(), makeIds());
    expect((await setCorrections(db, clip.id, { published: null }, makeClock())).published).toBeNull();
  });

  it('keeps a document\'s number from detection, corrects it, clears it, and reads clips saved before numbers were read', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(db, { article: article({ documentNumber: '245/QĐ-SNV' }), url: URL }, clock, ids);
    expect(clip.documentNumber).toBe('245/QĐ-SNV');
    expect((await setCorrections(db, clip.id, { documentNumber: '246/QĐ-SNV' }, clock)).documentNumber).toBe('246/QĐ-SNV');
    expect((await setCorrections(db, clip.id, { documentNumber: null }, clock)).documentNumber).toBeNull();
    expect((await setCorrections(db, clip.id, {}, clock)).documentNumber).toBe('245/QĐ-SNV');
    const other = 'https://snv.example.gov.vn/tin-tuc/bai-cu-7.html';
    const old = article({ url: other, canonicalUrl: null });
    delete old.documentNumber;
    const saved = await saveClip(db, { article: old, url: other }, clock, ids);
    expect(saved.clip.documentNumber).toBeNull();
    await expect(setCorrections(db, clip.id, { documentNumber: 'x'.repeat(5000) }, clock)).rejects.toMatchObject({ code: 'invalid' });
  });

  it('takes the page\'s detection anew (a number it gained), keeping the user\'s corrections, tags and saved copy', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(db, { article: article(), url: URL, tags: ['Thi đua'], snapshot: { html: '<p>Bản lưu</p>', text: 'Bản lưu' } }, clock, ids);
    await setCorrections(db, clip.id, { title: 'Tiêu đề đã sửa' }, clock);
    clock.advance();
    const now = article({ documentNumber: '245/QĐ-SNV', published: '2024-01-21', attachments: [{ name: 'QD.pdf', url: 'https://snv.example.gov.vn/QD.pdf' }] });
    const refreshed = await refreshDetected(db, clip.id, now, clock);
    expect(refreshed.documentNumber).toBe('245/QĐ-SNV');
    expect(refreshed.published).toBe('2024-01-21');
    expect(refreshed.title).toBe('Tiêu đề đã sửa');
    expect(refreshed.detected.attachments).toEqual(now.attachments);
    expect(refreshed.detected.bodyText).toBe('');
    expect(refreshed.tags).toEqual(['Thi đua']);
    expect(refreshed.updatedAt).toBe(clock());
    expect((await getSnapshot(db, clip.id))?.text).toBe('Bản lưu');
    await expect(refreshDetected(db, clip.id, { ...now, url: 'javascript:alert(1)' }, clock)).rejects.toMatchObject({ code: 'invalid' });
    await expect(refreshDetected(db, 'nope', now, clock)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('rejects a malformed date and an unknown clip', async () => {
    const db = await freshDb();
    const { clip } = await saveClip(db, { article: article(), url: URL }, makeClock(), makeIds());
    await expect(setCorrections(db, clip.id, { published: '22/01/2024' }, makeClock())).rejects.toMatchObject({ code: 'invalid' });
    await expect(setCorrections(db, 'nope', {}, makeClock())).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('updateClip', () => {
  it('replaces tags and aliases, refusing an alias owned by another clip', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const a = await saveClip(db, { article: article(), url: URL }, clock, ids);
    const otherUrl = 'https://baochinhphu.example.vn/bai-khac-9.htm';
    await saveClip(db, { article: article({ url: otherUrl, canonicalUrl: null }), url: otherUrl }, clock, ids);
    const updated = await updateClip(db, a.clip.id, { tags: ['Mới'], aliases: [] }, clock);
    expect(updated.tags).toEqual(['Mới']);
    expect(updated.aliases).toEqual([]);
    await expect(updateClip(db, a.clip.id, { aliases: [otherUrl] }, clock)).rejects.toMatchObject({ code: 'conflict' });
    expect((await getClip(db, a.clip.id))?.aliases).toEqual([]);
  });
});

describe('deleteClip', () => {
  it('deletes the clip, its highlights and its snapshot, and nothing else', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const a = await saveClip(db, { article: article(), url: URL }, clock, ids);
    const otherUrl = 'https://baochinhphu.example.vn/bai-khac-9.htm';
    const b = await saveClip(db, { article: article({ url: otherUrl, canonicalUrl: null }), url: otherUrl }, clock, ids);
    for (const clipId of [a.clip.id, a.clip.id, b.clip.id]) {
      await saveHighlight(db, { clipId, selectors: quoteSelectors('Sáng ngày'), quote: 'Sáng ngày', colour: 'yellow' }, clock, ids);
    }
    expect(await deleteClip(db, a.clip.id)).toEqual({ highlights: 2 });
    expect(await getClip(db, a.clip.id)).toBeNull();
    expect(await getSnapshot(db, a.clip.id)).toBeNull();
    expect(await db.count('highlights')).toBe(1);
    expect(await getClip(db, b.clip.id)).not.toBeNull();
    await expect(deleteClip(db, a.clip.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('saveSnapshot', () => {
  it('replaces the snapshot of an existing clip only', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const { clip } = await saveClip(db, { article: article(), url: URL }, clock, makeIds());
    clock.advance();
    await saveSnapshot(db, clip.id, { html: '<p>mới</p>', text: 'mới' }, clock);
    expect(await getSnapshot(db, clip.id)).toEqual({ clipId: clip.id, html: '<p>mới</p>', text: 'mới', takenAt: clock() });
    await expect(saveSnapshot(db, 'missing', { html: '', text: '' }, clock)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('saveClip on an already saved article', () => {
  it('adds a snapshot only when the clip has none', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(db, { article: article({ bodyText: '' }), url: URL }, clock, ids);
    expect(await getSnapshot(db, clip.id)).toBeNull();
    await saveClip(db, { article: article(), url: URL, snapshot: { html: '<p>Một</p>', text: 'Một' } }, clock, ids);
    await saveClip(db, { article: article(), url: URL, snapshot: { html: '<p>Hai</p>', text: 'Hai' } }, clock, ids);
    expect((await getSnapshot(db, clip.id))?.text).toBe('Một');
  });
});
