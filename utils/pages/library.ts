/**
 * The Library page's data and actions: the first screen read down an index in a few ms, then every
 * clip and highlight in chunks (the list needs them all for search, filters and the timeline);
 * reloaded after each change in one transaction, with unchanged records kept as the same objects so
 * the views and the search index redo only what changed.
 */
import {
  createTag,
  deleteClip,
  deleteHighlight,
  deleteTag,
  getSettings,
  getSnapshot,
  listFirstClips,
  listTagRecords,
  mergeTags,
  renameTag,
  updateHighlight,
  updateTag,
} from '../db';
import type { ClipRecord, HighlightPatch, LibraryDB, Settings, TagWithCounts } from '../db';
import type { ClipSummary } from '../../components/library-model';
import type { LocaleSetting } from '../i18n';
import { ProtocolError } from '../messages';
import type { Highlight, Tag } from '../model';
import { readAllInChunks, type ChunkedReadOptions } from './chunked-read';
import type { PageDeps } from './deps';
import { refreshTabsShowing } from './notify';
import { getLocaleSetting } from './settings';

/** What the Library holds in memory. */
export interface LibraryData {
  clips: ClipRecord[];
  highlights: Highlight[];
  tags: TagWithCounts[];
  settings: Settings;
  localeSetting: LocaleSetting;
}

/**
 * Tag records with their use counts taken from clips and highlights already in memory: what
 * `listTags` answers, without the two index counts per tag it spends hundreds of ms on at
 * 10,000 clips. Sorted by name in Vietnamese order.
 */
export function withTagCounts(
  tags: readonly Tag[],
  clips: readonly Pick<ClipRecord, 'tags'>[],
  highlights: readonly Pick<Highlight, 'tags'>[],
): TagWithCounts[] {
  const clipCount = new Map<string, number>();
  const highlightCount = new Map<string, number>();
  const count = (into: Map<string, number>, names: readonly string[]) => {
    // A record carries a tag once however often it is listed (as the multiEntry index counts it).
    for (const name of names.length > 1 ? new Set(names) : names) into.set(name, (into.get(name) ?? 0) + 1);
  };
  for (const c of clips) count(clipCount, c.tags);
  for (const h of highlights) count(highlightCount, h.tags);
  const collator = new Intl.Collator('vi');
  return tags
    .map((t) => ({ ...t, clipCount: clipCount.get(t.name) ?? 0, highlightCount: highlightCount.get(t.name) ?? 0 }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Read the whole library (clips, highlights and tags in one transaction, so they agree). */
export async function loadLibraryData(db: LibraryDB): Promise<LibraryData> {
  const tx = db.transaction(['clips', 'highlights', 'tags'], 'readonly');
  const [clips, highlights, tags] = await Promise.all([
    tx.objectStore('clips').getAll(),
    tx.objectStore('highlights').getAll(),
    tx.objectStore('tags').getAll(),
    tx.done,
  ]);
  const [settings, localeSetting] = await Promise.all([getSettings(db), getLocaleSetting(db)]);
  return { clips, highlights, tags: withTagCounts(tags, clips, highlights), settings, localeSetting };
}

function sameClip(a: ClipRecord, b: ClipRecord): boolean {
  // A highlight write changes the summary without touching updatedAt; a restore may add aliases only.
  return (
    a.updatedAt === b.updatedAt &&
    a.highlightCount === b.highlightCount &&
    a.highlightColours.join() === b.highlightColours.join() &&
    a.aliases.length === b.aliases.length &&
    a.tags.join('\n') === b.tags.join('\n')
  );
}

function sameHighlight(a: Highlight, b: Highlight): boolean {
  return a.updatedAt === b.updatedAt && a.clipId === b.clipId && a.url === b.url;
}

/** `next`, with each record that did not change replaced by the object already held. */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  if (previous.length === 0) return next;
  const old = new Map(previous.map((r) => [r.id, r]));
  return next.map((r) => {
    const o = old.get(r.id);
    return o && same(o, r) ? o : r;
  });
}

/**
 * The clips and settings alone, for the first paint: the list shows at once, highlights and tag
 * records follow with `loadLibraryData` (reading 50,000 highlights takes longer than the clips).
 */
export async function loadLibraryClips(db: LibraryDB): Promise<LibraryData> {
  const [clips, settings, localeSetting] = await Promise.all([db.getAll('clips'), getSettings(db), getLocaleSetting(db)]);
  return { clips, highlights: [], tags: [], settings, localeSetting };
}

/** Rows read for the Library's first screen: a tall window shows about 15; this leaves room to scroll. */
export const FIRST_SCREEN_CLIPS = 60;

/** The first screen of the Library. */
export interface FirstScreen {
  /** The newest published clips (the order the list opens in) and the settings; no highlights or tags. */
  data: LibraryData;
  /** Whether `data.clips` are all the clips there are. */
  complete: boolean;
}

/**
 * Read only what the Library's first screen shows: `limit` clips down the publication-date index
 * (a few ms however large the library), with the settings. The rest follows with `loadAllClips`.
 */
export async function loadFirstScreen(db: LibraryDB, limit = FIRST_SCREEN_CLIPS): Promise<FirstScreen> {
  const [first, settings, localeSetting] = await Promise.all([
    listFirstClips(db, { sort: 'published', order: 'desc', limit }),
    getSettings(db),
    getLocaleSetting(db),
  ]);
  return { data: { clips: first.clips, highlights: [], tags: [], settings, localeSetting }, complete: !first.more };
}

/** Every clip, read in chunks so the page answers input meanwhile. */
export function loadAllClips(db: LibraryDB, options: ChunkedReadOptions = {}): Promise<ClipRecord[]> {
  return readAllInChunks(db, 'clips', { chunkSize: 500, ...options });
}

/**
 * Every highlight and the tag records (with use counts from `clips`), the highlights read in chunks
 * so the page answers input meanwhile.
 */
export async function loadHighlightsAndTags(
  db: LibraryDB,
  clips: readonly Pick<ClipRecord, 'tags'>[],
  options: ChunkedReadOptions = {},
): Promise<Pick<LibraryData, 'highlights' | 'tags'>> {
  const [highlights, tags] = await Promise.all([readAllInChunks(db, 'highlights', { chunkSize: 1000, ...options }), listTagRecords(db)]);
  return { highlights, tags: withTagCounts(tags, clips, highlights) };
}

/**
 * The list's view of each clip: the fields the Library shows, copied into objects of one shape.
 * Records read from the database come in many hidden classes, and reading a field of each of 10,000
 * of them (as every search keystroke does for the timeline) costs several times more than of plain
 * uniform objects. A record seen before keeps its summary object (`cache`), so memoised views and
 * the search corpus redo only what changed.
 */
export function clipSummaries(records: readonly ClipRecord[], cache: WeakMap<ClipRecord, ClipSummary>): ClipSummary[] {
  return records.map((r) => {
    let summary = cache.get(r);
    if (!summary) {
      summary = {
        id: r.id,
        url: r.url,
        title: r.title,
        published: r.published,
        site: r.site,
        tags: r.tags,
        authors: r.authors,
        documentNumber: r.documentNumber ?? null,
        savedAt: r.savedAt,
        highlightCount: r.highlightCount,
        highlightColours: r.highlightColours,
        provenance: r.detected?.provenance,
        attachments: r.detected?.attachments ?? [],
        recordDetails: r.detected?.recordDetails ?? [],
      };
      cache.set(r, summary);
    }
    return summary;
  });
}

/** Fresh library data that reuses the unchanged clips and highlights of `previous`. */
export function reconcileLibrary(previous: LibraryData | null, next: LibraryData): LibraryData {
  if (!previous) return next;
  return {
    ...next,
    clips: keepUnchanged(previous.clips, next.clips, sameClip),
    highlights: keepUnchanged(previous.highlights, next.highlights, sameHighlight),
  };
}

/** A snapshot's text as paragraphs (split at blank lines), or null when the clip has none. */
export async function snapshotParagraphs(db: LibraryDB, clipId: string): Promise<string[] | null> {
  const snapshot = await getSnapshot(db, clipId);
  if (!snapshot || !snapshot.text.trim()) return null;
  return snapshot.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Every URL of the given clips (to repaint the tabs showing them). */
function urlsOf(clips: readonly Pick<ClipRecord, 'url' | 'aliases'>[]): string[] {
  return clips.flatMap((c) => [c.url, ...c.aliases]);
}

/** Delete clips (each with its highlights and snapshot) and clear them from open tabs. */
export async function deleteClips(deps: PageDeps, clips: readonly ClipRecord[]): Promise<number> {
  let deleted = 0;
  for (const clip of clips) {
    await deleteClip(deps.db, clip.id);
    deleted++;
  }
  await refreshTabsShowing(deps, urlsOf(clips));
  return deleted;
}

/** Edit a highlight and repaint it in the tabs showing its article. */
export async function editLibraryHighlight(deps: PageDeps, clip: ClipRecord | undefined, id: string, patch: HighlightPatch): Promise<Highlight> {
  const saved = await updateHighlight(deps.db, id, patch, deps.now);
  await refreshTabsShowing(deps, clip ? urlsOf([clip]) : [saved.url]);
  return saved;
}

/** Delete a highlight and remove it from the tabs showing its article. */
export async function deleteLibraryHighlight(deps: PageDeps, clip: ClipRecord | undefined, id: string): Promise<void> {
  await deleteHighlight(deps.db, id);
  await refreshTabsShowing(deps, clip ? urlsOf([clip]) : []);
}

/** The tag manager's actions on the repository. */
export function tagOperations(deps: Pick<PageDeps, 'db' | 'now'>) {
  return {
    rename: (from: string, to: string) => renameTag(deps.db, from, to, deps.now),
    merge: (sources: string[], target: string) => mergeTags(deps.db, sources, target, deps.now),
    remove: (name: string) => deleteTag(deps.db, name, deps.now),
    // A tag used on clips but never declared has no record yet: setting its colour declares it.
    setColour: (name: string, colour: string) =>
      updateTag(deps.db, name, { colour }).catch((err: unknown) => {
        if (err instanceof ProtocolError && err.code === 'not-found') return createTag(deps.db, { name, colour }, deps.now);
        throw err;
      }),
  };
}
