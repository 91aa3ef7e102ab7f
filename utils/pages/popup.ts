/**
 * The popup's data and actions: what the background detected on the tab, the clip saved for it and
 * its highlights (placed or orphaned on the live page), and clip / correct / tag / unclip / edit
 * highlights, each written straight to the library and then repainted in the tabs showing the article.
 */
import {
  deleteClip,
  deleteHighlight,
  getClip,
  getClipByUrl,
  getClipWithHighlights,
  getSettings,
  listTagNames,
  refreshDetected,
  saveClip,
  setCorrections,
  updateClip,
  updateHighlight,
} from '../db';
import type { ClipRecord, HighlightPatch, LibraryDB, SaveClipInput, Settings } from '../db';
import type { LocaleSetting } from '../i18n';
import type { PageCapture, PageState } from '../messages';
import type { ArticleData, Corrections, Highlight, PlacedHighlight } from '../model';
import { siteAccess, type SiteAccess } from '../site-access';
import { normalizeUrl } from '../url';
import type { PageDeps, TabInfo } from './deps';
import { refreshTabsShowing } from './notify';
import { getLocaleSetting } from './settings';

/** Everything the popup shows for one tab. */
export interface PopupData {
  tabId: number;
  /** The tab's address, when the browser tells it. */
  tabUrl: string | null;
  /** Whether the extension runs on the tab's site. */
  access: SiteAccess;
  /** What the content script reported (null: nothing yet, or it does not run there). */
  page: PageState | null;
  /** The clip saved for this page, found by any of its URLs. */
  clip: ClipRecord | null;
  /** The clip's highlights with their state on the live page. */
  highlights: PlacedHighlight[];
  /** Every tag name in the library (autocomplete). */
  allTags: string[];
  settings: Settings;
  localeSetting: LocaleSetting;
}

/**
 * The clip's highlights with `anchored` from the tab's last report. Until the tab has reported (or
 * for a highlight made after the report) a highlight counts as placed: an orphan is only what the
 * page said it could not place.
 */
export function placeHighlights(highlights: readonly Highlight[], anchoring: PageState['anchoring']): PlacedHighlight[] {
  const orphans = new Set(anchoring?.orphans ?? []);
  return highlights.map((h) => ({ ...h, anchored: !orphans.has(h.id) }));
}

/** Every URL the page is known by: its identity, then the tab's own address. */
export function pageUrls(page: PageState | null, tabUrl: string | null): string[] {
  const urls = page?.identity ? [page.identity.url, ...page.identity.aliases] : [];
  if (page?.url) urls.push(page.url, normalizeUrl(page.url));
  if (tabUrl) urls.push(tabUrl, normalizeUrl(tabUrl));
  return [...new Set(urls)];
}

/** The clip saved under any of `urls`, or null. */
export async function findClip(db: LibraryDB, urls: readonly string[]): Promise<ClipRecord | null> {
  for (const url of urls) {
    const clip = await getClipByUrl(db, url);
    if (clip) return clip;
  }
  return null;
}

/** Read what the popup shows for `tab`: the background's page state, then the library. */
export async function loadPopupData(deps: PageDeps, tab: TabInfo & { id: number }, grantedOrigins: readonly string[]): Promise<PopupData> {
  const page = await deps.toBackground('page:get', { tabId: tab.id });
  const tabUrl = tab.url ?? page?.url ?? null;
  const clip = await findClip(deps.db, pageUrls(page, tabUrl));
  // Tag names only: counting every tag's uses would cost hundreds of ms in a large library.
  const [withHighlights, tagNames, settings, localeSetting] = await Promise.all([
    clip ? getClipWithHighlights(deps.db, clip.id) : Promise.resolve(null),
    listTagNames(deps.db),
    getSettings(deps.db),
    getLocaleSetting(deps.db),
  ]);
  return {
    tabId: tab.id,
    tabUrl,
    access: tabUrl ? siteAccess(tabUrl, grantedOrigins) : 'unsupported',
    page,
    clip: withHighlights?.clip ?? clip,
    highlights: placeHighlights(withHighlights?.highlights ?? [], page?.anchoring ?? null),
    allTags: tagNames,
    settings,
    localeSetting,
  };
}

/** Poll the background until the tab's content script has reported, or give up (null). */
export async function waitForPage(
  deps: Pick<PageDeps, 'toBackground'>,
  tabId: number,
  options: { timeoutMs?: number; intervalMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<PageState | null> {
  const { timeoutMs = 4000, intervalMs = 250 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let waited = 0; ; waited += intervalMs) {
    const page = await deps.toBackground('page:get', { tabId });
    if (page || waited >= timeoutMs) return page;
    await sleep(intervalMs);
  }
}

/**
 * Save the tab's article. The content script's capture brings the cleaned snapshot; when it cannot
 * answer (e.g. the extension was updated and the page's old script was cut off) the background's
 * last detection is saved instead, with the detected body as its text.
 */
export async function clipPage(deps: PageDeps, tabId: number, page: PageState | null): Promise<ClipRecord> {
  let capture: PageCapture | null = null;
  try {
    capture = await deps.toTab(tabId, 'content:capture', {});
  } catch (err) {
    if (!page?.article || !page.identity) throw err;
  }
  const input: SaveClipInput = capture
    ? { article: capture.article, url: capture.identity.url, aliases: capture.identity.aliases, snapshot: capture.snapshot ?? undefined }
    : { article: page!.article!, url: page!.identity!.url, aliases: page!.identity!.aliases };
  const { clip } = await saveClip(deps.db, input, deps.now, deps.ids);
  await refreshTabsShowing(deps, [clip.url, ...clip.aliases]);
  return clip;
}

/** The fields detection gives a clip, compared to tell whether the page now reads differently from the saved clip. */
const DETECTED_FIELDS = ['title', 'published', 'authors', 'signature', 'site', 'documentNumber', 'attachments', 'recordDetails'] as const;
/** A list a clip saved before it was read has none of (absent compares as empty; an absent value as null). */
const blank = (key: (typeof DETECTED_FIELDS)[number], value: unknown): unknown =>
  value ?? (key === 'attachments' || key === 'recordDetails' || key === 'authors' ? [] : null);

/**
 * The page's detection now differs from what the clip saved: the portal edited it, or detection reads more of
 * it than when it was saved (a document's number, its files). The popup then offers to update the clip.
 */
export function detectionChanged(saved: ArticleData, now: ArticleData | null | undefined): boolean {
  if (!now) return false;
  return DETECTED_FIELDS.some((k) => !sameValue(blank(k, saved[k]), blank(k, now[k])));
}

/** Take the page's detection now as the clip's (its corrections, tags, highlights and saved copy stay). */
export async function refreshClip(deps: PageDeps, clip: ClipRecord, page: PageState | null): Promise<ClipRecord> {
  if (!page?.article) throw new Error('The page has not been read yet');
  return refreshDetected(deps.db, clip.id, page.article, deps.now);
}

const FIELDS = ['title', 'published', 'authors', 'signature', 'site', 'documentNumber'] as const;

/**
 * Plain data the same whatever the order of its keys (a page state read back from storage has its own order);
 * an absent value is null (a clip saved before numbers were read has none).
 */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The corrections after the user changed some fields: a field set back to what detection found is
 * no longer a correction (so it is marked "detected" again, and follows a re-detection).
 */
export function mergeCorrections(detected: ArticleData, current: Corrections, patch: Corrections): Corrections {
  const next: Corrections = { ...current };
  for (const key of FIELDS) {
    if (!(key in patch) || patch[key] === undefined) continue;
    if (sameValue(patch[key], detected[key])) delete next[key];
    else (next as Record<string, unknown>)[key] = patch[key];
  }
  return next;
}

/**
 * Keep a correction of a detected field. A page not clipped yet is clipped first: the user took the
 * trouble to correct it, so it is worth keeping.
 */
export async function correctPage(
  deps: PageDeps,
  tabId: number,
  page: PageState | null,
  clip: ClipRecord | null,
  patch: Corrections,
): Promise<ClipRecord> {
  const target = clip ?? (await clipPage(deps, tabId, page));
  const fresh = (await getClip(deps.db, target.id)) ?? target;
  return setCorrections(deps.db, fresh.id, mergeCorrections(fresh.detected, fresh.corrections, patch), deps.now);
}

/** Replace the clip's tags. */
export async function setClipTags(deps: PageDeps, clipId: string, tags: string[]): Promise<ClipRecord> {
  return updateClip(deps.db, clipId, { tags }, deps.now);
}

/** Delete the clip with its highlights and snapshot, and clear them from the tabs showing it. */
export async function unclip(deps: PageDeps, clip: ClipRecord): Promise<void> {
  await deleteClip(deps.db, clip.id);
  await refreshTabsShowing(deps, [clip.url, ...clip.aliases]);
}

/** Change a highlight's colour, note or tags, and repaint it where it is shown. */
export async function editHighlight(deps: PageDeps, clip: Pick<ClipRecord, 'url' | 'aliases'>, id: string, patch: HighlightPatch): Promise<Highlight> {
  const saved = await updateHighlight(deps.db, id, patch, deps.now);
  await refreshTabsShowing(deps, [clip.url, ...clip.aliases]);
  return saved;
}

/** Delete a highlight, and remove it from the tabs showing it. */
export async function removeHighlight(deps: PageDeps, clip: Pick<ClipRecord, 'url' | 'aliases'>, id: string): Promise<void> {
  await deleteHighlight(deps.db, id);
  await refreshTabsShowing(deps, [clip.url, ...clip.aliases]);
}

/** Scroll the tab to a highlight; false when the page could not show it. */
export async function jumpToHighlight(deps: Pick<PageDeps, 'toTab'>, tabId: number, id: string): Promise<boolean> {
  try {
    return await deps.toTab(tabId, 'content:scroll-to', { id });
  } catch {
    return false;
  }
}
