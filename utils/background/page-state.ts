/**
 * What the background knows about each tab's page. Kept in `storage.session` (not in memory) because
 * the MV3 service worker can be stopped between the content script's report and the popup opening.
 */
import { browser } from 'wxt/browser';
import type { ArticleData } from '../model';
import type { PageState } from '../messages';
import type { PageIdentity } from '../url';
import { sameDocument } from '../url';

const key = (tabId: number) => `page:${tabId}`;

/** The session area where available (Chrome MV3, Firefox >= 115), else local as a fallback. */
function area() {
  return browser.storage.session ?? browser.storage.local;
}

/** Record a new detection for a tab (a new page: the previous anchoring result no longer applies). */
export async function putPageState(
  tabId: number,
  url: string,
  article: ArticleData,
  identity: PageIdentity,
  now: number,
): Promise<PageState> {
  const state: PageState = { tabId, url, title: article.title, article, identity, anchoring: null, reportedAt: now };
  await area().set({ [key(tabId)]: state });
  return state;
}

export async function getPageState(tabId: number): Promise<PageState | null> {
  const got = await area().get(key(tabId));
  return (got[key(tabId)] as PageState | undefined) ?? null;
}

/** Keep the latest re-anchoring result of a tab's page (ignored when the tab never reported a page). */
export async function setAnchoring(tabId: number, anchoring: { placed: string[]; orphans: string[] }): Promise<void> {
  const state = await getPageState(tabId);
  if (!state) return;
  await area().set({ [key(tabId)]: { ...state, anchoring } });
}

export async function forgetPageState(tabId: number): Promise<void> {
  await area().remove(key(tabId));
}

/**
 * The tab moved to another address (a link, or a single-page site's pushState): the detection
 * reported for the old address no longer describes it. Kept when only the fragment changed, or when
 * the new page has already reported itself.
 */
export async function forgetStalePageState(tabId: number, url: string): Promise<void> {
  const state = await getPageState(tabId);
  if (state && !sameDocument(state.url, url)) await forgetPageState(tabId);
}
