/**
 * The Library's list logic as pure functions over plain data: per-clip highlight summaries,
 * filters (tag, site, colour, publication-date range), sort orders, month buckets for the
 * timeline and tag usage counts. Kept apart from the view so it is tested without rendering.
 */
import { COLOURS, type ArticleField, type Attachment, type Clip, type RecordDetail, type Colour, type Highlight, type Provenance, type Tag } from '../utils/model';
import type { Locale } from '../utils/i18n';
import { recordKind } from '../utils/record-kind';

/** The parts of a clip the Library lists (a full Clip fits; a stored clip also brings its highlight summary). */
export type ClipSummary = Pick<Clip, 'id' | 'url' | 'title' | 'published' | 'site' | 'tags' | 'authors' | 'savedAt' | 'documentNumber'> & {
  /** How many highlights the clip has, as its stored record keeps it. */
  highlightCount?: number;
  /** The colours of those highlights, as its stored record keeps them. */
  highlightColours?: readonly Colour[];
  /** The files the page offered (what detection found at clip time). */
  attachments?: readonly Attachment[];
  /** A record's other rows (what detection found at clip time). */
  recordDetails?: readonly RecordDetail[];
  /** Where detection read the date and the signature: a document's or a question's record names them in its own words. */
  provenance?: Partial<Record<ArticleField, Provenance>>;
};
/** The parts of a highlight the Library uses (a full Highlight fits). */
export type HighlightSummary = Pick<Highlight, 'id' | 'clipId' | 'quote' | 'colour' | 'note' | 'tags'>;

/** What the Library knows about one clip's highlights. */
export interface ClipHighlightStats {
  count: number;
  /** Bit i set when the clip has a highlight of COLOURS[i]. */
  colourMask: number;
  /** Tags set on the clip's highlights. */
  tags: Set<string>;
}

/** What a clip is: a news article, a document (its record, or the text posted whole), or a question answered. */
export const CLIP_KINDS = ['article', 'document', 'answer'] as const;
export type ClipKind = (typeof CLIP_KINDS)[number];

/** The clip's kind: a record's own (detection's provenance), a document when it has a number, else an article. */
export function clipKind(clip: Pick<ClipSummary, 'provenance' | 'documentNumber'>): ClipKind {
  return recordKind(clip.provenance) ?? (clip.documentNumber ? 'document' : 'article');
}

export interface LibraryFilters {
  tag: string | null;
  /** Articles, documents or answered questions only. */
  kind: ClipKind | null;
  site: string | null;
  colour: Colour | null;
  /** Inclusive publication-date bounds, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: LibraryFilters = { tag: null, kind: null, site: null, colour: null, from: null, to: null };

/** `relevance` orders by search score when there is a query, else like `published-desc`. */
export const SORT_KEYS = ['relevance', 'published-desc', 'published-asc', 'saved-desc', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Group highlights by clip. */
export function summariseHighlights(highlights: readonly HighlightSummary[]): Map<string, ClipHighlightStats> {
  const out = new Map<string, ClipHighlightStats>();
  for (const h of highlights) {
    let s = out.get(h.clipId);
    if (!s) {
      s = { count: 0, colourMask: 0, tags: new Set() };
      out.set(h.clipId, s);
    }
    s.count++;
    s.colourMask |= 1 << COLOURS.indexOf(h.colour);
    for (const t of h.tags) s.tags.add(t);
  }
  return out;
}

/**
 * A clip's highlight count and colours from its stored summary (no highlight tags), for showing the
 * row before the highlights themselves are read; undefined when it has none.
 */
export function recordStats(clip: Pick<ClipSummary, 'highlightCount' | 'highlightColours'>): ClipHighlightStats | undefined {
  if (!clip.highlightCount) return undefined;
  let colourMask = 0;
  for (const c of clip.highlightColours ?? []) colourMask |= 1 << COLOURS.indexOf(c);
  return { count: clip.highlightCount, colourMask, tags: new Set() };
}

/** The calendar date an ISO publication date states (`YYYY-MM-DD`), or null. */
export function publishedDay(iso: string | null): string | null {
  if (!iso || !/^\d{4}/.test(iso)) return null;
  const day = iso.slice(0, 10);
  return day.length === 10 ? day : day.length === 7 ? `${day}-01` : `${day.slice(0, 4)}-01-01`;
}

/** Whether any filter is set. */
export function hasFilters(f: LibraryFilters): boolean {
  return f.tag !== null || f.kind !== null || f.site !== null || f.colour !== null || f.from !== null || f.to !== null;
}

/** Whether a clip passes the filters (a date range excludes clips without a publication date). */
export function matchesFilters(clip: ClipSummary, stats: ClipHighlightStats | undefined, f: LibraryFilters): boolean {
  if (f.site !== null && clip.site !== f.site) return false;
  if (f.kind !== null && clipKind(clip) !== f.kind) return false;
  if (f.tag !== null && !clip.tags.includes(f.tag) && !stats?.tags.has(f.tag)) return false;
  if (f.colour !== null && !((stats?.colourMask ?? 0) & (1 << COLOURS.indexOf(f.colour)))) return false;
  if (f.from !== null || f.to !== null) {
    const day = publishedDay(clip.published);
    if (day === null) return false;
    if (f.from !== null && day < f.from) return false;
    if (f.to !== null && day > f.to) return false;
  }
  return true;
}

/** A new array of the clips in the order of `key` (`relevance` falls back to newest published). */
export function sortClips<C extends ClipSummary>(clips: readonly C[], key: SortKey, locale: Locale): C[] {
  const out = [...clips];
  // ISO strings order correctly by code unit; localeCompare would cost ~100 ms on 10,000 clips.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const byPublished = (a: C, b: C) => cmp(a.published ?? '', b.published ?? '') || a.savedAt - b.savedAt;
  switch (key) {
    case 'published-asc':
      return out.sort((a, b) => {
        if (!a.published !== !b.published) return a.published ? -1 : 1;
        return byPublished(a, b);
      });
    case 'saved-desc':
      return out.sort((a, b) => b.savedAt - a.savedAt);
    case 'title': {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      return out.sort((a, b) => collator.compare(a.title, b.title));
    }
    default:
      return out.sort((a, b) => {
        if (!a.published !== !b.published) return a.published ? -1 : 1;
        return byPublished(b, a);
      });
  }
}

/** Clips per publication month. */
export interface MonthBucket {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/** The month index (year * 12 + month - 1) an ISO date starts with, or -1; no allocation. */
function monthIndex(iso: string | null): number {
  if (!iso || iso.length < 7) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = iso.charCodeAt(5) - 48;
  const m2 = iso.charCodeAt(6) - 48;
  if (iso.charCodeAt(4) !== 45 || m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) return -1;
  const month = m1 * 10 + m2;
  return month >= 1 && month <= 12 ? year * 12 + month - 1 : -1;
}

/**
 * Count clips per publication month, with empty months between the first and last filled in.
 * Runs on every search keystroke over up to 10,000 clips, hence the allocation-free month index.
 */
export function monthBuckets(clips: readonly Pick<ClipSummary, 'published'>[]): MonthBucket[] {
  const counts = new Map<number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < clips.length; i++) {
    const k = monthIndex(clips[i].published);
    if (k < 0) continue;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const out: MonthBucket[] = [];
  for (let k = lo; k <= hi; k++) {
    const month = `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
    out.push({ month, count: counts.get(k) ?? 0 });
  }
  return out;
}

/** The first and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A tag with how many clips use it (on the clip or on one of its highlights). */
export interface TagUsage {
  name: string;
  colour: string;
  count: number;
}

/** Usage of every known tag, plus tags used but not declared, sorted by name. */
export function tagUsage(
  clips: readonly ClipSummary[],
  stats: ReadonlyMap<string, ClipHighlightStats>,
  tags: readonly Pick<Tag, 'name' | 'colour'>[],
  locale: Locale,
): TagUsage[] {
  const counts = new Map<string, number>();
  for (const c of clips) {
    const names = new Set(c.tags);
    for (const t of stats.get(c.id)?.tags ?? []) names.add(t);
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const colourOf = new Map(tags.map((t) => [t.name, t.colour]));
  const names = new Set([...colourOf.keys(), ...counts.keys()]);
  const collator = new Intl.Collator(locale);
  return [...names]
    .map((name) => ({ name, colour: colourOf.get(name) ?? '#475569', count: counts.get(name) ?? 0 }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Distinct site names, sorted. */
export function siteNames(clips: readonly ClipSummary[], locale: Locale): string[] {
  const collator = new Intl.Collator(locale);
  return [...new Set(clips.map((c) => c.site).filter(Boolean))].sort(collator.compare);
}

/** Only http(s) URLs become links: page data must never inject a `javascript:` href. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
