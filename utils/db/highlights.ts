/**
 * Highlights: save (idempotent by id, so a retried message never duplicates one), edit, delete,
 * and list; every write also refreshes the clip's highlight summary in the same transaction.
 */
import { ProtocolError } from '../messages';
import { COLOURS } from '../model';
import type { Colour, Highlight, Selector } from '../model';
import type { IdGenerator } from '../ids';
import { findClipByUrl } from './clips';
import { invalidInput, read, write } from './errors';
import type { ReadTx, WriteTx } from './errors';
import { ensureTags } from './tags';
import { check, object, optional } from './shapes';
import { colourShape, highlightShape, idShape, noteShape, quoteShape, selectorsShape, tagListShape, tagNameShape, urlShape } from './validate';
import type { ClipRecord, Clock, LibraryDB } from './types';

export interface SaveHighlightInput {
  /** Give an id made on the page so a retried save returns the same highlight instead of a second one. */
  id?: string;
  clipId: string;
  selectors: Selector[];
  quote: string;
  colour: Colour;
  note?: string;
  tags?: string[];
}

export interface HighlightPatch {
  colour?: Colour;
  note?: string;
  tags?: string[];
  /** After re-anchoring on a changed page. */
  selectors?: Selector[];
  quote?: string;
}

const saveHighlightShape = object({
  id: optional(idShape),
  clipId: idShape,
  selectors: selectorsShape,
  quote: quoteShape,
  colour: colourShape,
  note: optional(noteShape),
  tags: optional(tagListShape),
});

const highlightPatchShape = object({
  colour: optional(colourShape),
  note: optional(noteShape),
  tags: optional(tagListShape),
  selectors: optional(selectorsShape),
  quote: optional(quoteShape),
});

/** Recompute a clip's highlight count and colours from its highlights (inside the caller's transaction). */
export async function refreshHighlightSummary(tx: WriteTx, clipId: string): Promise<void> {
  const clips = tx.objectStore('clips');
  const clip = await clips.get(clipId);
  const highlights = await tx.objectStore('highlights').index('clipId').getAll(clipId);
  if (!clip) return;
  const present = new Set(highlights.map((h) => h.colour));
  const colours = COLOURS.filter((c) => present.has(c));
  if (clip.highlightCount === highlights.length && clip.highlightColours.join() === colours.join()) return;
  await clips.put({ ...clip, highlightCount: highlights.length, highlightColours: colours });
}

/** Save a new highlight on a clip. With a known `id`, returns the saved highlight unchanged. */
export async function saveHighlight(db: LibraryDB, input: SaveHighlightInput, clock: Clock, ids: IdGenerator): Promise<Highlight> {
  const parsed = check(saveHighlightShape, input, 'highlight');
  if (!parsed.ok) throw invalidInput('highlight', parsed.issues);
  const h = parsed.value;
  return write(db, ['clips', 'highlights', 'tags'], async (tx) => {
    const store = tx.objectStore('highlights');
    if (h.id !== undefined) {
      const existing = await store.get(h.id);
      if (existing) {
        if (existing.clipId !== h.clipId) throw new ProtocolError('conflict', `Highlight ${h.id} belongs to another clip`);
        return existing;
      }
    }
    const clip = await tx.objectStore('clips').get(h.clipId);
    if (!clip) throw new ProtocolError('not-found', `No clip with id ${h.clipId}`);
    const now = clock();
    const highlight: Highlight = {
      id: h.id ?? ids(),
      clipId: clip.id,
      url: clip.url,
      selectors: h.selectors,
      quote: h.quote,
      colour: h.colour,
      note: h.note ?? '',
      tags: h.tags ?? [],
      createdAt: now,
      updatedAt: now,
    };
    await ensureTags(tx, highlight.tags, now);
    await store.add(highlight);
    await refreshHighlightSummary(tx, clip.id);
    return highlight;
  });
}

/** Change a highlight's colour, note, tags or anchoring. */
export async function updateHighlight(db: LibraryDB, id: string, patch: HighlightPatch, clock: Clock): Promise<Highlight> {
  const parsed = check(highlightPatchShape, patch, 'patch');
  if (!parsed.ok) throw invalidInput('highlight update', parsed.issues);
  return write(db, ['clips', 'highlights', 'tags'], async (tx) => {
    const store = tx.objectStore('highlights');
    const existing = await store.get(id);
    if (!existing) throw new ProtocolError('not-found', `No highlight with id ${id}`);
    const now = clock();
    const next: Highlight = { ...existing, ...parsed.value, updatedAt: Math.max(now, existing.updatedAt) };
    if (parsed.value.tags) await ensureTags(tx, parsed.value.tags, now);
    await store.put(next);
    if (next.colour !== existing.colour) await refreshHighlightSummary(tx, next.clipId);
    return next;
  });
}

/** Delete one highlight. */
export async function deleteHighlight(db: LibraryDB, id: string): Promise<void> {
  return write(db, ['clips', 'highlights'], async (tx) => {
    const store = tx.objectStore('highlights');
    const existing = await store.get(id);
    if (!existing) throw new ProtocolError('not-found', `No highlight with id ${id}`);
    await store.delete(id);
    await refreshHighlightSummary(tx, existing.clipId);
  });
}

/**
 * Put back a highlight the user just deleted (Undo): the same id, anchoring, note, tags and creation
 * time, on its clip. Idempotent: a highlight that is already there is returned unchanged.
 */
export async function restoreHighlight(db: LibraryDB, highlight: Highlight, clock: Clock): Promise<Highlight> {
  const parsed = check(highlightShape, highlight, 'highlight');
  if (!parsed.ok) throw invalidInput('highlight', parsed.issues);
  const h = parsed.value;
  return write(db, ['clips', 'highlights', 'tags'], async (tx) => {
    const store = tx.objectStore('highlights');
    const existing = await store.get(h.id);
    if (existing) return existing;
    const clip = await tx.objectStore('clips').get(h.clipId);
    if (!clip) throw new ProtocolError('not-found', `No clip with id ${h.clipId}`);
    const now = clock();
    const restored: Highlight = { ...h, url: clip.url, updatedAt: Math.max(now, h.updatedAt) };
    await ensureTags(tx, restored.tags, now);
    await store.add(restored);
    await refreshHighlightSummary(tx, clip.id);
    return restored;
  });
}

/** Highlights in reading order when positions are known, else in the order they were made. */
function byPlace(a: Highlight, b: Highlight): number {
  const pos = (h: Highlight) => h.selectors.find((s) => s.type === 'TextPositionSelector')?.start;
  const pa = pos(a);
  const pb = pos(b);
  if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

async function clipWithHighlights(tx: ReadTx, clip: ClipRecord | undefined): Promise<{ clip: ClipRecord; highlights: Highlight[] } | null> {
  if (!clip) return null;
  const highlights = await tx.objectStore('highlights').index('clipId').getAll(clip.id);
  return { clip, highlights: highlights.sort(byPlace) };
}

/** A clip with all its highlights (in reading order), or null. */
export async function getClipWithHighlights(db: LibraryDB, id: string): Promise<{ clip: ClipRecord; highlights: Highlight[] } | null> {
  return read(db, ['clips', 'highlights'], async (tx) => clipWithHighlights(tx, await tx.objectStore('clips').get(id)));
}

/** What a page needs on load: the clip saved under this URL (canonical or alias) and its highlights, or null. */
export async function getClipWithHighlightsByUrl(
  db: LibraryDB,
  url: string,
): Promise<{ clip: ClipRecord; highlights: Highlight[] } | null> {
  return read(db, ['clips', 'highlights'], async (tx) => clipWithHighlights(tx, await findClipByUrl(tx, url)));
}

/** Exactly one filter. */
export type HighlightQuery = { clipId: string } | { url: string } | { colour: Colour } | { tag: string };

const highlightQueryShapes = {
  clipId: object({ clipId: idShape }),
  url: object({ url: urlShape }),
  colour: object({ colour: colourShape }),
  tag: object({ tag: tagNameShape }),
};

/**
 * Highlights of one clip (reading order) or of one URL (canonical or alias), or with one colour
 * or tag across the library (most recently changed first).
 */
export async function listHighlights(db: LibraryDB, query: HighlightQuery): Promise<Highlight[]> {
  const key = Object.keys(query ?? {})[0] as keyof typeof highlightQueryShapes | undefined;
  const shape = key && Object.prototype.hasOwnProperty.call(highlightQueryShapes, key) ? highlightQueryShapes[key] : undefined;
  if (!shape) throw new ProtocolError('invalid', 'Highlight query needs exactly one of clipId, url, colour, tag');
  const parsed = check(shape as (typeof highlightQueryShapes)['clipId'], query, 'query');
  if (!parsed.ok) throw invalidInput('highlight query', parsed.issues);
  const q = parsed.value as Record<string, string>;
  return read(db, ['clips', 'highlights'], async (tx) => {
    const index = (name: 'clipId' | 'url' | 'colour' | 'tags') => tx.objectStore('highlights').index(name);
    if (q.clipId !== undefined) return (await index('clipId').getAll(q.clipId)).sort(byPlace);
    if (q.url !== undefined) {
      const direct = await index('url').getAll(q.url);
      if (direct.length) return direct.sort(byPlace);
      const clip = await findClipByUrl(tx, q.url);
      return clip ? (await index('clipId').getAll(clip.id)).sort(byPlace) : [];
    }
    const list = q.colour !== undefined ? await index('colour').getAll(q.colour as Colour) : await index('tags').getAll(q.tag);
    return list.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
  });
}
