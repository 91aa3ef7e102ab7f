import { describe, expect, it } from 'vitest';
import { saveClip } from '@/utils/db/clips';
import { saveHighlight } from '@/utils/db/highlights';
import { verifyLibrary } from '@/utils/db/integrity';
import { article, freshDb, makeClock, makeIds, quoteSelectors } from './helpers';

const URL = 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html';

describe('verifyLibrary', () => {
  it('finds no problem in a library built through the repository', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(db, { article: article(), url: URL, tags: ['A'] }, clock, ids);
    await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('x'), quote: 'x', colour: 'pink', tags: ['B'] }, clock, ids);
    expect(await verifyLibrary(db)).toEqual({ counts: { clips: 1, highlights: 1, tags: 2, snapshots: 1, settings: 0 }, problems: [] });
  });

  it('reports orphans, stale summaries, missing tag records and shared URLs (as a half-written library would have)', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(db, { article: article(), url: URL }, clock, ids);
    // Raw writes that bypass the repository, the way a half-applied burst would leave things.
    await db.put('highlights', { id: 'h-orphan', clipId: 'gone', url: URL, selectors: quoteSelectors('x'), quote: 'x', colour: 'blue', note: '', tags: [], createdAt: 1, updatedAt: 1 });
    await db.put('highlights', { id: 'h-stale', clipId: clip.id, url: URL, selectors: quoteSelectors('x'), quote: 'x', colour: 'blue', note: '', tags: ['Không có'], createdAt: 1, updatedAt: 1 });
    await db.put('snapshots', { clipId: 'gone', html: '', text: '', takenAt: 1 });
    await db.put('clips', { ...clip, id: 'twin', url: 'https://khac.example.vn/', aliases: [URL] });
    const { problems } = await verifyLibrary(db);
    expect(problems).toEqual(
      expect.arrayContaining([
        'highlight h-orphan points to missing clip gone',
        'highlight h-stale has tag "Không có" with no tag record',
        `clip ${clip.id} summary says 0 highlight(s) [], found 1 [blue]`,
        'snapshot of missing clip gone',
        `URL ${URL} belongs to clips ${clip.id} and twin`,
      ]),
    );
  });
});
