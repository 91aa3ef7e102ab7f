import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { CURRENT_VERSION, MIGRATIONS } from '@/utils/db/migrations';
import type { Migration } from '@/utils/db/migrations';
import { openLibrary, runMigrations } from '@/utils/db/open';
import { listClips } from '@/utils/db/clips';
import { article, freshName, quoteSelectors } from './helpers';

/** Build a database at `version` with the raw migration steps (the code that release shipped). */
async function buildAt(name: string, version: number, steps: readonly Migration[] = MIGRATIONS) {
  return openDB<unknown>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      runMigrations(db, tx, oldVersion, newVersion ?? version, steps);
    },
  });
}

/** Records as version 1 stored them: clips without the highlight summary fields. */
function v1Records() {
  const clip = (id: string, i: number) => ({
    id,
    url: `https://snv.example.gov.vn/bai-${i}.html`,
    aliases: [`https://snv.example.gov.vn/bai-${i}.html?utm_source=fb`],
    title: `Bài viết số ${i}`,
    published: i === 2 ? null : `2023-0${i}-15T09:00:00+07:00`,
    modified: null,
    authors: ['Trần Thị Bình'],
    signature: null,
    site: 'Sở Nội vụ',
    lang: 'vi',
    tags: ['Thi đua'],
    detected: { ...article({ url: `https://snv.example.gov.vn/bai-${i}.html` }), bodyText: '' },
    corrections: i === 1 ? { title: `Bài viết số ${i}` } : {},
    savedAt: 1_690_000_000_000 + i,
    updatedAt: 1_690_000_000_000 + i,
  });
  const highlight = (id: string, clipId: string, i: number, colour: string) => ({
    id,
    clipId,
    url: `https://snv.example.gov.vn/bai-${i}.html`,
    selectors: quoteSelectors('Sáng ngày'),
    quote: 'Sáng ngày',
    colour,
    note: 'Ghi chú',
    tags: [],
    createdAt: 1_690_000_000_100,
    updatedAt: 1_690_000_000_100,
  });
  return {
    clips: [clip('c1', 1), clip('c2', 2), clip('c3', 3)],
    highlights: [highlight('h1', 'c1', 1, 'pink'), highlight('h2', 'c1', 1, 'yellow'), highlight('h3', 'c1', 1, 'pink'), highlight('h4', 'c3', 3, 'blue')],
    tags: [{ name: 'Thi đua', colour: '#2563eb', description: '', createdAt: 1 }],
    settings: [{ key: 'locale', value: 'en' }],
    snapshots: [{ clipId: 'c1', html: '<p>Sáng ngày</p>', text: 'Sáng ngày', takenAt: 1 }],
  };
}

/** Fixture records for each earlier version; a new schema version must add its own here. */
const FIXTURES: Record<number, () => Record<string, object[]>> = { 1: v1Records };

async function seed(name: string, version: number) {
  const db = await buildAt(name, version);
  const records = FIXTURES[version]();
  const tx = db.transaction(Object.keys(records), 'readwrite');
  for (const [store, list] of Object.entries(records)) for (const r of list) await tx.objectStore(store).put(r);
  await tx.done;
  db.close();
  return records;
}

describe('migrations', () => {
  it('every earlier version has fixture records', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) expect(FIXTURES[v], `fixture for version ${v}`).toBeTypeOf('function');
  });

  for (let version = 1; version < CURRENT_VERSION; version++) {
    it(`version ${version} → ${CURRENT_VERSION}: every record is intact`, async () => {
      const name = freshName();
      const records = await seed(name, version);
      const db = await openLibrary(name);
      expect(db.version).toBe(CURRENT_VERSION);
      for (const [store, list] of Object.entries(records)) {
        const stored = await db.getAll(store as never);
        expect(stored).toHaveLength(list.length);
        for (const record of list) expect(stored).toContainEqual(expect.objectContaining(record));
      }
      db.close();
    });
  }

  it('1 → 2 computes each clip highlight summary and the new indexes answer queries', async () => {
    const name = freshName();
    await seed(name, 1);
    const db = await openLibrary(name);
    expect(await db.get('clips', 'c1')).toMatchObject({ highlightCount: 3, highlightColours: ['yellow', 'pink'] });
    expect(await db.get('clips', 'c2')).toMatchObject({ highlightCount: 0, highlightColours: [] });
    expect(await db.get('clips', 'c3')).toMatchObject({ highlightCount: 1, highlightColours: ['blue'] });
    expect((await listClips(db, { colour: 'pink' })).clips.map((c) => c.id)).toEqual(['c1']);
    expect((await listClips(db, { site: 'Sở Nội vụ', from: '2023-03-01', to: '2023-03-31' })).clips.map((c) => c.id)).toEqual(['c3']);
    expect((await listClips(db, {})).clips.map((c) => c.id)).toEqual(['c3', 'c2', 'c1']);
    db.close();
  });

  it('a failing upgrade step leaves the database at its old version with its old records', async () => {
    const name = freshName();
    const records = await seed(name, 1);
    const failing: Migration = async (db, tx) => {
      await MIGRATIONS[1](db, tx);
      throw new Error('injected failure after the v2 transform');
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(buildAt(name, 2, [MIGRATIONS[0], failing])).rejects.toBeDefined();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    const db = await openDB<unknown>(name);
    expect(db.version).toBe(1);
    expect(await db.getAll('clips')).toEqual(records.clips);
    expect([...db.transaction('clips').objectStore('clips').indexNames]).not.toContain('savedAt');
    db.close();
  });

  it('a fresh database gets the current version directly', async () => {
    const db = await openLibrary(freshName());
    expect(db.version).toBe(CURRENT_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['clips', 'highlights', 'settings', 'snapshots', 'tags']);
    db.close();
  });
});
