import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProtocolError } from '@/utils/messages';
import { deleteClip, saveClip } from '@/utils/db/clips';
import { write } from '@/utils/db/errors';
import { saveHighlight } from '@/utils/db/highlights';
import { mergeTags } from '@/utils/db/tags';
import { article, dumpAll, freshDb, makeClock, makeIds, quoteSelectors } from './helpers';

const URL = 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Make the n-th call (1-based) of IDBObjectStore.prototype[method] throw `error`, passing the others through. */
function failNthCall(method: 'put' | 'add' | 'delete', n: number, error: Error) {
  const proto = globalThis.IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[method];
  let calls = 0;
  return vi.spyOn(proto, method as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
    if (++calls === n) throw error;
    return original.apply(this, args);
  } as never);
}

describe('atomic writes', () => {
  it('a request that fails mid-transaction rolls back the writes before it (conflict)', async () => {
    const db = await freshDb();
    const { clip } = await saveClip(db, { article: article(), url: URL }, makeClock(), makeIds());
    const before = await dumpAll(db);
    const err = await write(db, ['tags', 'clips'], async (tx) => {
      await tx.objectStore('tags').put({ name: 'Mới', colour: '#000000', description: '', createdAt: 1 });
      await tx.objectStore('clips').add({ ...clip }); // same key: ConstraintError
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as ProtocolError).code).toBe('conflict');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('an invalid key mid-transaction rolls back (invalid)', async () => {
    const db = await freshDb();
    const err = await write(db, ['tags'], async (tx) => {
      await tx.objectStore('tags').put({ name: 'A', colour: '#000000', description: '', createdAt: 1 });
      await tx.objectStore('tags').put({ name: undefined as never, colour: '#000000', description: '', createdAt: 1 });
    }).catch((e: unknown) => e);
    expect((err as ProtocolError).code).toBe('invalid');
    expect(await db.count('tags')).toBe(0);
  });

  it('an error thrown by our own code after some writes rolls them back and keeps its code', async () => {
    const db = await freshDb();
    const err = await write(db, ['tags'], async (tx) => {
      await tx.objectStore('tags').put({ name: 'A', colour: '#000000', description: '', createdAt: 1 });
      throw new ProtocolError('not-found', 'injected');
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'not-found', message: 'injected' });
    expect(await db.count('tags')).toBe(0);
  });

  it('a full disk while saving the snapshot saves no clip and no tag, and says "quota"', async () => {
    const db = await freshDb();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // saveClip writes tag records (put), the clip (add), then the snapshot (put): fail the snapshot.
    failNthCall('put', 2, quota);
    const err = await saveClip(db, { article: article(), url: URL, tags: ['Thi đua'] }, makeClock(), makeIds()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as ProtocolError).code).toBe('quota');
    vi.restoreAllMocks();
    expect(await dumpAll(db)).toEqual({ clips: [], highlights: [], tags: [], settings: [], snapshots: [] });
  });

  it('a failure while saving a highlight leaves the clip summary and earlier highlights untouched', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(db, { article: article(), url: URL }, clock, ids);
    await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('a'), quote: 'a', colour: 'yellow' }, clock, ids);
    const before = await dumpAll(db);
    // The highlight is added, then the clip summary put fails.
    failNthCall('put', 2, new DOMException('disk error', 'UnknownError'));
    await expect(
      saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('b'), quote: 'b', colour: 'blue', tags: ['T'] }, clock, ids),
    ).rejects.toMatchObject({ code: 'internal' });
    vi.restoreAllMocks();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a failure half-way through deleting a clip keeps the clip, its highlights and its snapshot', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(db, { article: article(), url: URL }, clock, ids);
    for (const q of ['a', 'b', 'c']) await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors(q), quote: q, colour: 'yellow' }, clock, ids);
    const before = await dumpAll(db);
    failNthCall('delete', 3, new DOMException('disk error', 'UnknownError'));
    await expect(deleteClip(db, clip.id)).rejects.toBeInstanceOf(ProtocolError);
    vi.restoreAllMocks();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a failure during a tag merge changes no clip', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    for (let i = 0; i < 5; i++) {
      const url = `https://snv.example.gov.vn/${i}.html`;
      await saveClip(db, { article: article({ url, canonicalUrl: null }), url, tags: ['A', 'B'] }, clock, ids);
    }
    const before = await dumpAll(db);
    failNthCall('put', 4, new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(mergeTags(db, ['A'], 'B', clock)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpAll(db)).toEqual(before);
  });
});
