/**
 * Clips: save (idempotent by any of the article's URLs), correct, retag, delete, and the
 * library list with filters and cursor paging.
 */
import { ProtocolError } from '../messages';
import type { ArticleData, Colour, Corrections, Snapshot } from '../model';
import type { IdGenerator } from '../ids';
import { inParallel, invalidInput, read, write } from './errors';
import type { ReadTx, WriteTx } from './errors';
import { ensureTags } from './tags';
import { array, check, literal, number, object, optional, string } from './shapes';
import { LIMITS, articleShape, colourShape, correctionsShape, snapshotInputShape, tagListShape, tagNameShape, urlShape } from './validate';
import type { ClipRecord, Clock, LibraryDB } from './types';

/** What the background receives when the user clips a page. */
export interface SaveClipInput {
  article: ArticleData;
  /** The canonical URL (see utils/url.ts): the clip's identity. */
  url: string;
  /** Other URLs of the same article; `article.url` and `article.canonicalUrl` are added automatically. */
  aliases?: string[];
  tags?: string[];
  /** Cleaned article HTML and text (utils/snapshot.ts). Without it, the detected body text is kept as the snapshot. */
  snapshot?: { html: string; text: string };
}

export interface SaveClipResult {
  clip: ClipRecord;
  /** false: the article was already saved (under this or another of its URLs) and was returned, with any new aliases and tags merged in. */
  created: boolean;
}

const saveClipInputShape = object({
  article: articleShape,
  url: urlShape,
  aliases: optional(array(urlShape, { max: LIMITS.aliases })),
  tags: optional(tagListShape),
  snapshot: optional(snapshotInputShape),
});

/** The fields a clip shows: the user's corrections over what detection found. */
export function applyCorrections(
  detected: ArticleData,
  corrections: Corrections,
): Pick<ClipRecord, 'title' | 'published' | 'modified' | 'authors' | 'signature' | 'documentNumber' | 'site' | 'lang'> {
  return {
    title: corrections.title ?? detected.title,
    published: corrections.published !== undefined ? corrections.published : detected.published,
    modified: detected.modified,
    authors: corrections.authors ?? detected.authors,
    signature: corrections.signature !== undefined ? corrections.signature : detected.signature,
    documentNumber: corrections.documentNumber !== undefined ? corrections.documentNumber : (detected.documentNumber ?? null),
    site: corrections.site ?? detected.site,
    lang: detected.lang,
  };
}

/** Find the clip that owns `url` as its canonical URL or as an alias (two index lookups at most). */
export async function findClipByUrl(tx: ReadTx, url: string): Promise<ClipRecord | undefined> {
  const clips = tx.objectStore('clips');
  return (await clips.index('url').get(url)) ?? (await clips.index('aliases').get(url));
}

/** Clip by id, or null. */
export async function getClip(db: LibraryDB, id: string): Promise<ClipRecord | null> {
  return read(db, ['clips'], async (tx) => (await tx.objectStore('clips').get(id)) ?? null);
}

/** Clip by its canonical URL or any alias, or null. */
export async function getClipByUrl(db: LibraryDB, url: string): Promise<ClipRecord | null> {
  return read(db, ['clips'], async (tx) => (await findClipByUrl(tx, url)) ?? null);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Save an article as a clip, or return the clip that already has any of its URLs (merging in new
 * aliases and tags). Clip, tags and snapshot are written in one transaction.
 */
export async function saveClip(db: LibraryDB, input: SaveClipInput, clock: Clock, ids: IdGenerator): Promise<SaveClipResult> {
  const parsed = check(saveClipInputShape, input, 'clip');
  if (!parsed.ok) throw invalidInput('clip', parsed.issues);
  const { article, url, aliases = [], tags = [], snapshot } = parsed.value;
  const urls = unique([url, ...aliases, article.url, ...(article.canonicalUrl ? [article.canonicalUrl] : [])]);

  return write(db, ['clips', 'tags', 'snapshots'], async (tx) => {
    const clips = tx.objectStore('clips');
    const owners = await inParallel(urls, (u) => findClipByUrl(tx, u));
    const now = clock();
    const existing = owners.find((o) => o !== undefined);
    if (existing) {
      const foreign = new Set(owners.filter((o) => o && o.id !== existing.id).flatMap((o) => [o!.url, ...o!.aliases]));
      const newAliases = urls.filter((u) => u !== existing.url && !existing.aliases.includes(u) && !foreign.has(u));
      const newTags = tags.filter((t) => !existing.tags.includes(t));
      // A first save that came without a snapshot gets one now; an existing snapshot is never replaced here.
      if (snapshot && (await tx.objectStore('snapshots').getKey(existing.id)) === undefined) {
        await tx.objectStore('snapshots').put({ clipId: existing.id, html: snapshot.html, text: snapshot.text, takenAt: now });
      }
      if (!newAliases.length && !newTags.length) return { clip: existing, created: false };
      const clip: ClipRecord = {
        ...existing,
        aliases: [...existing.aliases, ...newAliases],
        tags: [...existing.tags, ...newTags],
        updatedAt: Math.max(now, existing.updatedAt),
      };
      await ensureTags(tx, newTags, now);
      await clips.put(clip);
      return { clip, created: false };
    }
    const detected: ArticleData = { ...article, bodyText: '' };
    const clip: ClipRecord = {
      id: ids(),
      url,
      aliases: urls.filter((u) => u !== url),
      ...applyCorrections(detected, {}),
      tags,
      detected,
      corrections: {},
      savedAt: now,
      updatedAt: now,
      highlightCount: 0,
      highlightColours: [],
    };
    await ensureTags(tx, tags, now);
    await clips.add(clip);
    const snap = snapshot ?? (article.bodyText ? { html: '', text: article.bodyText } : null);
    if (snap) await tx.objectStore('snapshots').put({ clipId: clip.id, html: snap.html, text: snap.text, takenAt: now });
    return { clip, created: true };
  });
}

async function getExisting(tx: ReadTx, id: string): Promise<ClipRecord> {
  const clip = await tx.objectStore('clips').get(id);
  if (!clip) throw new ProtocolError('not-found', `No clip with id ${id}`);
  return clip;
}

const clipPatchShape = object({
  tags: optional(tagListShape),
  aliases: optional(array(urlShape, { max: LIMITS.aliases })),
});

/** Replace a clip's tags and/or aliases. An alias that belongs to another clip is a conflict. */
export async function updateClip(
  db: LibraryDB,
  id: string,
  patch: { tags?: string[]; aliases?: string[] },
  clock: Clock,
): Promise<ClipRecord> {
  const parsed = check(clipPatchShape, patch, 'patch');
  if (!parsed.ok) throw invalidInput('clip update', parsed.issues);
  return write(db, ['clips', 'tags'], async (tx) => {
    const existing = await getExisting(tx, id);
    const now = clock();
    const next: ClipRecord = { ...existing, updatedAt: Math.max(now, existing.updatedAt) };
    if (parsed.value.tags) {
      next.tags = parsed.value.tags;
      await ensureTags(tx, next.tags, now);
    }
    if (parsed.value.aliases) {
      next.aliases = unique(parsed.value.aliases).filter((u) => u !== existing.url);
      for (const alias of next.aliases) {
        const owner = await findClipByUrl(tx, alias);
        if (owner && owner.id !== id) throw new ProtocolError('conflict', `${alias} already belongs to another clip (${owner.title})`);
      }
    }
    await tx.objectStore('clips').put(next);
    return next;
  });
}

/**
 * Replace the user's corrections (a field left out goes back to what detection found, which is
 * how a correction is undone) and recompute the clip's shown fields.
 */
export async function setCorrections(db: LibraryDB, id: string, corrections: Corrections, clock: Clock): Promise<ClipRecord> {
  const parsed = check(correctionsShape, corrections, 'corrections');
  if (!parsed.ok) throw invalidInput('corrections', parsed.issues);
  return write(db, ['clips'], async (tx) => {
    const existing = await getExisting(tx, id);
    const next: ClipRecord = {
      ...existing,
      ...applyCorrections(existing.detected, parsed.value),
      corrections: parsed.value,
      updatedAt: Math.max(clock(), existing.updatedAt),
    };
    await tx.objectStore('clips').put(next);
    return next;
  });
}

/**
 * Take what detection finds on the page now as the clip's detected fields (the page gained a number or files,
 * or the portal edited it), keeping the user's corrections over them, its tags, aliases and saved copy.
 */
export async function refreshDetected(db: LibraryDB, id: string, article: ArticleData, clock: Clock): Promise<ClipRecord> {
  const parsed = check(articleShape, article, 'article');
  if (!parsed.ok) throw invalidInput('article', parsed.issues);
  return write(db, ['clips'], async (tx) => {
    const existing = await getExisting(tx, id);
    const detected: ArticleData = { ...parsed.value, bodyText: '' };
    const next: ClipRecord = { ...existing, ...applyCorrections(detected, existing.corrections), detected, updatedAt: Math.max(clock(), existing.updatedAt) };
    await tx.objectStore('clips').put(next);
    return next;
  });
}

/** Delete a clip with its highlights and snapshot, in one transaction. */
export async function deleteClip(db: LibraryDB, id: string): Promise<{ highlights: number }> {
  return write(db, ['clips', 'highlights', 'snapshots'], async (tx) => {
    await getExisting(tx, id);
    const highlights = tx.objectStore('highlights');
    const keys = await highlights.index('clipId').getAllKeys(id);
    await inParallel(keys, (key) => highlights.delete(key));
    await tx.objectStore('snapshots').delete(id);
    await tx.objectStore('clips').delete(id);
    return { highlights: keys.length };
  });
}

/** The clip's snapshot (cleaned HTML and text at clip time), or null. */
export async function getSnapshot(db: LibraryDB, clipId: string): Promise<Snapshot | null> {
  return read(db, ['snapshots'], async (tx) => (await tx.objectStore('snapshots').get(clipId)) ?? null);
}

/** Replace a clip's snapshot (e.g. the user re-captures the article). */
export async function saveSnapshot(db: LibraryDB, clipId: string, snapshot: { html: string; text: string }, clock: Clock): Promise<Snapshot> {
  const parsed = check(snapshotInputShape, snapshot, 'snapshot');
  if (!parsed.ok) throw invalidInput('snapshot', parsed.issues);
  return write(db, ['clips', 'snapshots'], async (tx) => {
    await getExisting(tx, clipId);
    const record: Snapshot = { clipId, ...parsed.value, takenAt: clock() };
    await tx.objectStore('snapshots').put(record);
    return record;
  });
}

// ——— Library list ———

export type ClipSort = 'savedAt' | 'updatedAt' | 'published';

/** Filters combine with AND. Dates are `YYYY-MM-DD`, inclusive, compared with the published date. */
export interface ClipQuery {
  tag?: string;
  site?: string;
  from?: string;
  to?: string;
  /** Clips with at least one highlight of this colour. */
  colour?: Colour;
  /** Default savedAt. Clips without a published date come last when sorting by it. */
  sort?: ClipSort;
  /** Default desc. */
  order?: 'asc' | 'desc';
  /** Page size, 1..500, default 50. */
  limit?: number;
  /** `next` of the previous page. */
  after?: string | null;
}

export interface ClipPage {
  clips: ClipRecord[];
  /** How many clips match the filters (all pages). */
  total: number;
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
}

const dateOnly = string({ max: 10, nfc: false, pattern: /^\d{4}-\d{2}-\d{2}$/, patternName: 'a date as YYYY-MM-DD' });
const clipQueryShape = object({
  tag: optional(tagNameShape),
  site: optional(string({ max: LIMITS.short })),
  from: optional(dateOnly),
  to: optional(dateOnly),
  colour: optional(colourShape),
  sort: optional(literal('savedAt', 'updatedAt', 'published')),
  order: optional(literal('asc', 'desc')),
  limit: optional(number({ min: 1, max: 500, integer: true })),
  after: optional((v, path, issues) => (v === null ? null : string({ max: 1_000, nfc: false })(v, path, issues))),
});

type SortValue = string | number | null;
type Position = [SortValue, string];

function decodeAfter(after: string): Position {
  try {
    const pos = JSON.parse(after) as unknown;
    if (
      Array.isArray(pos) &&
      pos.length === 2 &&
      (pos[0] === null || typeof pos[0] === 'string' || typeof pos[0] === 'number') &&
      typeof pos[1] === 'string'
    ) {
      return pos as Position;
    }
  } catch {
    // fall through
  }
  throw new ProtocolError('invalid', 'Invalid page cursor (after)');
}

const encodePosition = (clip: ClipRecord, sort: ClipSort): string => JSON.stringify([clip[sort], clip.id]);

/** Orders (value, id) pairs: nulls last in either direction, ties broken by id in the same direction. */
function comparePositions(a: Position, b: Position, desc: boolean): number {
  if (a[0] === null || b[0] === null) {
    if (a[0] !== b[0]) return a[0] === null ? 1 : -1;
  } else if (a[0] !== b[0]) {
    return (a[0] < b[0] ? -1 : 1) * (desc ? -1 : 1);
  }
  return a[1] === b[1] ? 0 : (a[1] < b[1] ? -1 : 1) * (desc ? -1 : 1);
}

const DATE_MAX = '\uffff';

/** List clips matching `query`, one page at a time, in a stable order. */
export async function listClips(db: LibraryDB, query: ClipQuery = {}): Promise<ClipPage> {
  const parsed = check(clipQueryShape, query, 'query');
  if (!parsed.ok) throw invalidInput('clip query', parsed.issues);
  const q = parsed.value;
  const sort = q.sort ?? 'savedAt';
  const desc = (q.order ?? 'desc') === 'desc';
  const limit = q.limit ?? 50;
  const after = q.after ? decodeAfter(q.after) : null;
  const filtered = q.tag !== undefined || q.site !== undefined || q.from !== undefined || q.to !== undefined || q.colour !== undefined;
  return read(db, ['clips'], (tx) =>
    filtered ? listFiltered(tx, q, sort, desc, limit, after) : listAll(tx, sort, desc, limit, after),
  );
}

type ClipQueryParsed = Omit<ClipQuery, 'after'>;

/** Picks the narrowest index for the filters, loads those clips, checks the rest in memory. */
async function listFiltered(tx: ReadTx, q: ClipQueryParsed, sort: ClipSort, desc: boolean, limit: number, after: Position | null): Promise<ClipPage> {
  const clips = tx.objectStore('clips');
  const hasDates = q.from !== undefined || q.to !== undefined;
  const lowDate = q.from ?? '';
  const highDate = (q.to ?? '') + DATE_MAX;
  type Source = () => { count(): Promise<number>; getAll(): Promise<ClipRecord[]> };
  const sources: Source[] = [];
  if (q.site !== undefined && hasDates) {
    const range = IDBKeyRange.bound([q.site, lowDate], [q.site, highDate]);
    sources.push(() => ({ count: () => clips.index('site_published').count(range), getAll: () => clips.index('site_published').getAll(range) }));
  } else if (q.site !== undefined) {
    const site = q.site;
    sources.push(() => ({ count: () => clips.index('site').count(site), getAll: () => clips.index('site').getAll(site) }));
  } else if (hasDates) {
    const range = IDBKeyRange.bound(lowDate, highDate);
    sources.push(() => ({ count: () => clips.index('published').count(range), getAll: () => clips.index('published').getAll(range) }));
  }
  if (q.tag !== undefined) {
    const tag = q.tag;
    sources.push(() => ({ count: () => clips.index('tags').count(tag), getAll: () => clips.index('tags').getAll(tag) }));
  }
  if (q.colour !== undefined) {
    const colour = q.colour;
    sources.push(() => ({
      count: () => clips.index('highlightColours').count(colour),
      getAll: () => clips.index('highlightColours').getAll(colour),
    }));
  }
  const candidates = sources.map((s) => s());
  let best = candidates[0];
  if (candidates.length > 1) {
    const counts = await inParallel(candidates, (c) => c.count());
    best = candidates[counts.indexOf(Math.min(...counts))];
  }
  const matches = (await best.getAll()).filter(
    (c) =>
      (q.tag === undefined || c.tags.includes(q.tag)) &&
      (q.site === undefined || c.site === q.site) &&
      (q.colour === undefined || c.highlightColours.includes(q.colour)) &&
      (!hasDates || (c.published !== null && c.published >= lowDate && c.published <= highDate)),
  );
  const position = (c: ClipRecord): Position => [c[sort], c.id];
  matches.sort((a, b) => comparePositions(position(a), position(b), desc));
  const start = after ? matches.findIndex((c) => comparePositions(position(c), after, desc) > 0) : 0;
  const page = start < 0 ? [] : matches.slice(start, start + limit);
  const hasMore = start >= 0 && start + limit < matches.length;
  return { clips: page, total: matches.length, next: hasMore ? encodePosition(page[page.length - 1], sort) : null };
}

/** No filters: walk the sort index, reading only one page of records. */
async function listAll(tx: ReadTx, sort: ClipSort, desc: boolean, limit: number, after: Position | null): Promise<ClipPage> {
  const clips = tx.objectStore('clips');
  const direction = desc ? 'prev' : 'next';
  const page: ClipRecord[] = [];
  const total = clips.count();
  total.catch(() => undefined);
  let more = false;

  const inNullTail = sort === 'published' && after !== null && after[0] === null;
  if (!inNullTail) {
    const range =
      after === null ? null : desc ? IDBKeyRange.upperBound(after[0] as string | number) : IDBKeyRange.lowerBound(after[0] as string | number);
    let cursor = await clips.index(sort).openCursor(range, direction);
    while (cursor) {
      if (after && comparePositions([cursor.key, cursor.primaryKey], after, desc) <= 0) {
        cursor = await cursor.continue();
        continue;
      }
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(cursor.value);
      cursor = await cursor.continue();
    }
  }
  // Clips without a published date are not in the published index: they follow, by id.
  if (sort === 'published' && !more) {
    const afterId = inNullTail ? after![1] : null;
    const range = afterId === null ? null : desc ? IDBKeyRange.upperBound(afterId, true) : IDBKeyRange.lowerBound(afterId, true);
    let cursor = await clips.openCursor(range, direction);
    while (cursor) {
      if (cursor.value.published === null) {
        if (page.length === limit) {
          more = true;
          break;
        }
        page.push(cursor.value);
      }
      cursor = await cursor.continue();
    }
  }
  return { clips: page, total: await total, next: more ? encodePosition(page[page.length - 1], sort) : null };
}

/**
 * The first `limit` clips in the order `listClips` gives them (same sort, order and ties), without
 * counting the library: what a list's first screen needs, in a few ms however large the library
 * (`listClips` spends tens of ms on its total at 10,000 clips). A key cursor finds where the first
 * `limit` end and one `getAll` reads them, rather than a value cursor stepping record by record.
 * `more` says whether any clip follows.
 */
export async function listFirstClips(
  db: LibraryDB,
  options: { sort?: ClipSort; order?: 'asc' | 'desc'; limit: number },
): Promise<{ clips: ClipRecord[]; more: boolean }> {
  const sort = options.sort ?? 'savedAt';
  const desc = (options.order ?? 'desc') === 'desc';
  const limit = Math.max(0, Math.floor(options.limit));
  return read(db, ['clips'], async (tx) => {
    const store = tx.objectStore('clips');
    if (limit === 0) return { clips: [], more: (await store.count()) > 0 };
    const index = store.index(sort);
    // The entry just after the first `limit`: everything up to its key (ties included) is one read.
    let cursor = await index.openKeyCursor(null, desc ? 'prev' : 'next');
    if (cursor) cursor = await cursor.advance(limit);
    if (cursor) {
      const range = desc ? IDBKeyRange.lowerBound(cursor.key) : IDBKeyRange.upperBound(cursor.key);
      // An index lists equal keys by id ascending, so reversed it is the descending order with its ties.
      const found = await index.getAll(range);
      return { clips: (desc ? found.reverse() : found).slice(0, limit), more: true };
    }
    const indexed = await index.getAll();
    const clips = desc ? indexed.reverse() : indexed;
    if (sort !== 'published') return { clips, more: false };
    // Clips without a published date are not in the published index: they follow, by id.
    let tail = await store.openCursor(null, desc ? 'prev' : 'next');
    while (tail) {
      if (tail.value.published === null) {
        if (clips.length === limit) return { clips, more: true };
        clips.push(tail.value);
      }
      tail = await tail.continue();
    }
    return { clips, more: false };
  });
}
