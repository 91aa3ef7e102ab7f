/**
 * The schema's history: step N turns a version N-1 database into version N. Every earlier step
 * stays here unchanged, so a profile last opened by any release upgrades one step at a time.
 * Steps use the raw (untyped) store API because they see records of older shapes.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { COLOURS } from '../model';
import type { Colour } from '../model';

type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One schema step: creates or changes stores and indexes, and transforms records if needed. */
export type Migration = (db: AnyDB, tx: UpgradeTx) => Promise<void> | void;

/**
 * Version 1: the first schema. Clips are found by canonical URL (unique) or by any alias
 * (multiEntry); highlights by clip, URL, colour, tag; snapshots apart so list queries stay light.
 */
const v1: Migration = (db) => {
  const clips = db.createObjectStore('clips', { keyPath: 'id' });
  clips.createIndex('url', 'url', { unique: true });
  clips.createIndex('aliases', 'aliases', { multiEntry: true });
  clips.createIndex('site', 'site');
  clips.createIndex('published', 'published');
  clips.createIndex('tags', 'tags', { multiEntry: true });
  clips.createIndex('updatedAt', 'updatedAt');

  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('clipId', 'clipId');
  highlights.createIndex('url', 'url');
  highlights.createIndex('colour', 'colour');
  highlights.createIndex('tags', 'tags', { multiEntry: true });
  highlights.createIndex('updatedAt', 'updatedAt');

  db.createObjectStore('tags', { keyPath: 'name' });
  db.createObjectStore('settings', { keyPath: 'key' });
  db.createObjectStore('snapshots', { keyPath: 'clipId' });
};

/**
 * Version 2: the library list opens sorted by save time, filters by site + date range and by
 * highlight colour without reading highlights. Adds the savedAt and [site, published] indexes,
 * and a per-clip summary of its highlights (count and colours, multiEntry-indexed), computed
 * here for every existing clip from its highlights.
 */
const v2: Migration = async (_db, tx) => {
  const clips = tx.objectStore('clips');
  clips.createIndex('savedAt', 'savedAt');
  clips.createIndex('site_published', ['site', 'published']);
  clips.createIndex('highlightColours', 'highlightColours', { multiEntry: true });

  const summaries = new Map<string, { count: number; colours: Set<Colour> }>();
  let hCursor = await tx.objectStore('highlights').openCursor();
  while (hCursor) {
    const h = hCursor.value as { clipId: string; colour: Colour };
    const s = summaries.get(h.clipId) ?? { count: 0, colours: new Set<Colour>() };
    s.count++;
    s.colours.add(h.colour);
    summaries.set(h.clipId, s);
    hCursor = await hCursor.continue();
  }
  let cCursor = await clips.openCursor();
  while (cCursor) {
    const clip = cCursor.value as { id: string };
    const s = summaries.get(clip.id);
    await cCursor.update({
      ...clip,
      highlightCount: s?.count ?? 0,
      highlightColours: COLOURS.filter((c) => s?.colours.has(c)),
    });
    cCursor = await cCursor.continue();
  }
};

/** MIGRATIONS[n - 1] upgrades version n - 1 to n. Append one step per new version; never edit one. */
export const MIGRATIONS: readonly Migration[] = [v1, v2];

export const CURRENT_VERSION = MIGRATIONS.length;
