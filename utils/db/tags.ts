/**
 * Tags: the tag records (colour, description) and the operations that rewrite every clip and
 * highlight carrying a tag (rename, merge, delete), each in one transaction.
 */
import { ProtocolError } from '../messages';
import type { Tag } from '../model';
import { inParallel, invalidInput, read, write } from './errors';
import type { ReadTx, WriteTx } from './errors';
import { array, check, object, optional } from './shapes';
import { LIMITS, cssColourShape, idShape, tagDescriptionShape, tagListShape, tagNameShape } from './validate';
import type { Clock, LibraryDB } from './types';

/** Colours given to new tags in turn (by a hash of the name, so the same tag gets the same colour everywhere). */
export const TAG_PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777'] as const;

/** A tag with how many clips and highlights carry it. */
export interface TagWithCounts extends Tag {
  clipCount: number;
  highlightCount: number;
}

export function defaultTagColour(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return TAG_PALETTE[hash % TAG_PALETTE.length];
}

function parseTagName(name: unknown, what = 'tag name'): string {
  const result = check(tagNameShape, name, what);
  if (!result.ok) throw invalidInput(what, result.issues);
  return result.value;
}

/** Create tag records for names that have none (inside the caller's transaction). */
export async function ensureTags(tx: WriteTx, names: readonly string[], now: number): Promise<void> {
  const store = tx.objectStore('tags');
  await inParallel(new Set(names), async (name) => {
    if ((await store.getKey(name)) === undefined) {
      await store.put({ name, colour: defaultTagColour(name), description: '', createdAt: now });
    }
  });
}

async function countTag(tx: ReadTx, name: string): Promise<TagWithCounts | null> {
  const [tag, clipCount, highlightCount] = await Promise.all([
    tx.objectStore('tags').get(name),
    tx.objectStore('clips').index('tags').count(name),
    tx.objectStore('highlights').index('tags').count(name),
  ]);
  return tag ? { ...tag, clipCount, highlightCount } : null;
}

/** Every tag with its counts, sorted by name in Vietnamese order. */
export async function listTags(db: LibraryDB): Promise<TagWithCounts[]> {
  return read(db, ['tags', 'clips', 'highlights'], async (tx) => {
    const names = await tx.objectStore('tags').getAllKeys();
    const tags = await Promise.all(names.map((name) => countTag(tx, name)));
    const collator = new Intl.Collator('vi');
    return tags.filter((t): t is TagWithCounts => t !== null).sort((a, b) => collator.compare(a.name, b.name));
  });
}

/**
 * Every tag name, sorted in Vietnamese order: reads the tags store's keys alone, for a page that
 * needs names only (autocomplete) and cannot wait for `listTags` to count uses over every clip
 * and highlight (hundreds of ms with 10,000 clips).
 */
export async function listTagNames(db: LibraryDB): Promise<string[]> {
  const names = await read(db, ['tags'], (tx) => tx.objectStore('tags').getAllKeys());
  return names.sort(new Intl.Collator('vi').compare);
}

/** Every tag record (name, colour, description) without usage counts, sorted like `listTags`. */
export async function listTagRecords(db: LibraryDB): Promise<Tag[]> {
  const tags = await read(db, ['tags'], (tx) => tx.objectStore('tags').getAll());
  const collator = new Intl.Collator('vi');
  return tags.sort((a, b) => collator.compare(a.name, b.name));
}

/** One tag with its counts, or null. */
export async function getTag(db: LibraryDB, name: string): Promise<TagWithCounts | null> {
  const tagName = parseTagName(name);
  return read(db, ['tags', 'clips', 'highlights'], (tx) => countTag(tx, tagName));
}

const tagPatchShape = object({ colour: optional(cssColourShape), description: optional(tagDescriptionShape) });

/** Create a tag (conflict if it exists). */
export async function createTag(
  db: LibraryDB,
  input: { name: string; colour?: string; description?: string },
  clock: Clock,
): Promise<Tag> {
  const name = parseTagName(input.name);
  const { name: _name, ...rest } = input;
  const patch = check(tagPatchShape, rest);
  if (!patch.ok) throw invalidInput('tag', patch.issues);
  return write(db, ['tags'], async (tx) => {
    const store = tx.objectStore('tags');
    if ((await store.getKey(name)) !== undefined) throw new ProtocolError('conflict', `Tag "${name}" already exists`);
    const tag: Tag = {
      name,
      colour: patch.value.colour ?? defaultTagColour(name),
      description: patch.value.description ?? '',
      createdAt: clock(),
    };
    await store.put(tag);
    return tag;
  });
}

/** Change a tag's colour and/or description. */
export async function updateTag(db: LibraryDB, name: string, patch: { colour?: string; description?: string }): Promise<Tag> {
  const tagName = parseTagName(name);
  const parsed = check(tagPatchShape, patch);
  if (!parsed.ok) throw invalidInput('tag', parsed.issues);
  return write(db, ['tags'], async (tx) => {
    const store = tx.objectStore('tags');
    const tag = await store.get(tagName);
    if (!tag) throw new ProtocolError('not-found', `No tag "${tagName}"`);
    const next: Tag = { ...tag, ...parsed.value };
    await store.put(next);
    return next;
  });
}

/**
 * Replace the tags `from` with `to` (or remove them when `to` is null) on every clip and
 * highlight, bumping their updatedAt. Returns how many clips and highlights changed.
 */
async function retag(tx: WriteTx, from: readonly string[], to: string | null, now: number): Promise<{ clips: number; highlights: number }> {
  const swap = (tags: string[]): string[] => {
    const out: string[] = [];
    for (const t of tags) {
      const next = from.includes(t) ? to : t;
      if (next !== null && !out.includes(next)) out.push(next);
    }
    return out;
  };
  const changed = { clips: 0, highlights: 0 };
  const clips = tx.objectStore('clips');
  const highlights = tx.objectStore('highlights');
  const seenClips = new Set<string>();
  const seenHighlights = new Set<string>();
  for (const name of from) {
    const clipList = (await clips.index('tags').getAll(name)).filter((c) => !seenClips.has(c.id));
    const highlightList = (await highlights.index('tags').getAll(name)).filter((h) => !seenHighlights.has(h.id));
    for (const c of clipList) seenClips.add(c.id);
    for (const h of highlightList) seenHighlights.add(h.id);
    await inParallel(clipList, (c) => clips.put({ ...c, tags: swap(c.tags), updatedAt: Math.max(now, c.updatedAt) }));
    await inParallel(highlightList, (h) => highlights.put({ ...h, tags: swap(h.tags), updatedAt: Math.max(now, h.updatedAt) }));
    changed.clips += clipList.length;
    changed.highlights += highlightList.length;
  }
  return changed;
}

/** Rename a tag everywhere. Conflict if the new name exists (merge instead). */
export async function renameTag(db: LibraryDB, from: string, to: string, clock: Clock): Promise<{ clips: number; highlights: number }> {
  const oldName = parseTagName(from, 'old tag name');
  const newName = parseTagName(to, 'new tag name');
  return write(db, ['tags', 'clips', 'highlights'], async (tx) => {
    const store = tx.objectStore('tags');
    const tag = await store.get(oldName);
    if (!tag) throw new ProtocolError('not-found', `No tag "${oldName}"`);
    if (oldName === newName) return { clips: 0, highlights: 0 };
    if ((await store.getKey(newName)) !== undefined) {
      throw new ProtocolError('conflict', `Tag "${newName}" already exists; merge the tags instead`);
    }
    await store.delete(oldName);
    await store.put({ ...tag, name: newName });
    return retag(tx, [oldName], newName, clock());
  });
}

/**
 * Merge `sources` into `target` everywhere and delete the source tags. The target keeps its
 * record; when it has none it takes the first source's colour and description.
 */
export async function mergeTags(
  db: LibraryDB,
  sources: string[],
  target: string,
  clock: Clock,
): Promise<{ clips: number; highlights: number }> {
  const targetName = parseTagName(target, 'target tag name');
  const sourceNames = [...new Set(sources.map((s, i) => parseTagName(s, `sources[${i}]`)))].filter((s) => s !== targetName);
  return write(db, ['tags', 'clips', 'highlights'], async (tx) => {
    const store = tx.objectStore('tags');
    const records = await inParallel(sourceNames, (name) => store.get(name));
    const missing = sourceNames.filter((_, i) => !records[i]);
    if (missing.length) throw new ProtocolError('not-found', `No tag ${missing.map((m) => `"${m}"`).join(', ')}`);
    const now = clock();
    const existing = await store.get(targetName);
    if (!existing) {
      const first = records[0];
      await store.put({
        name: targetName,
        colour: first?.colour ?? defaultTagColour(targetName),
        description: first?.description ?? '',
        createdAt: now,
      });
    }
    await inParallel(sourceNames, (name) => store.delete(name));
    return retag(tx, sourceNames, targetName, now);
  });
}

/** Delete a tag and remove it from every clip and highlight. */
export async function deleteTag(db: LibraryDB, name: string, clock: Clock): Promise<{ clips: number; highlights: number }> {
  const tagName = parseTagName(name);
  return write(db, ['tags', 'clips', 'highlights'], async (tx) => {
    const store = tx.objectStore('tags');
    if ((await store.getKey(tagName)) === undefined) throw new ProtocolError('not-found', `No tag "${tagName}"`);
    await store.delete(tagName);
    return retag(tx, [tagName], null, clock());
  });
}

const retagShape = object({
  ids: array(idShape, { max: 100_000 }),
  add: tagListShape,
  remove: tagListShape,
});

/**
 * Add and remove tags on many clips at once (the Library's selection), in one transaction: all of
 * them change or none. Returns how many clips changed.
 */
export async function retagClips(db: LibraryDB, ids: readonly string[], change: { add?: readonly string[]; remove?: readonly string[] }, clock: Clock): Promise<number> {
  const parsed = check(retagShape, { ids: [...ids], add: [...(change.add ?? [])], remove: [...(change.remove ?? [])] }, 'retag');
  if (!parsed.ok) throw invalidInput('tag change', parsed.issues);
  const { add, remove } = parsed.value;
  const removing = new Set(remove);
  return write(db, ['clips', 'tags'], async (tx) => {
    const clips = tx.objectStore('clips');
    const now = clock();
    await ensureTags(tx, add, now);
    let changed = 0;
    for (const id of new Set(parsed.value.ids)) {
      const clip = await clips.get(id);
      if (!clip) throw new ProtocolError('not-found', `No clip with id ${id}`);
      const tags = [...new Set([...clip.tags.filter((t) => !removing.has(t)), ...add])];
      if (tags.length > LIMITS.tagsPerItem) throw new ProtocolError('invalid', `“${clip.title}” would have more than ${LIMITS.tagsPerItem} tags`);
      if (tags.length === clip.tags.length && tags.every((t, i) => t === clip.tags[i])) continue;
      await clips.put({ ...clip, tags, updatedAt: Math.max(now, clip.updatedAt) });
      changed++;
    }
    return changed;
  });
}
