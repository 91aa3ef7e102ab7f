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

/** Each tab's changes, run one after another (the tail of its queue; absent when idle). */
const queues = new Map<number, Promise<void>>();

/**
 * Run `job` after the tab's earlier changes. A change reads then writes the tab's state in separate
 * steps, and the worker handles events and messages concurrently: the tab moving to a new address and the
 * new page's own report arrive together, and the move's removal must not land after the report it never
 * read. A failing change rejects its caller and lets the next one run.
 */
function serial<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(job);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

async function read(tabId: number): Promise<PageState | null> {
  const got = await area().get(key(tabId));
  return (got[key(tabId)] as PageState | undefined) ?? null;
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
  return serial(tabId, async () => {
    await area().set({ [key(tabId)]: state });
    return state;
  });
}

/** The tab's page as last reported, after the changes already asked for. */
export function getPageState(tabId: number): Promise<PageState | null> {
  return serial(tabId, () => read(tabId));
}

/** Keep the latest re-anchoring result of a tab's page (ignored when the tab never reported a page). */
export function setAnchoring(tabId: number, anchoring: { placed: string[]; orphans: string[] }): Promise<void> {
  return serial(tabId, async () => {
    const state = await read(tabId);
    if (state) await area().set({ [key(tabId)]: { ...state, anchoring } });
  });
}

export function forgetPageState(tabId: number): Promise<void> {
  return serial(tabId, () => area().remove(key(tabId)));
}

/**
 * The tab moved to another address (a link, or a single-page site's pushState): the detection
 * reported for the old address no longer describes it. Kept when only the fragment changed, or when
 * the new page has already reported itself.
 */
export function forgetStalePageState(tabId: number, url: string): Promise<void> {
  return serial(tabId, async () => {
    const state = await read(tabId);
    if (state && !sameDocument(state.url, url)) await area().remove(key(tabId));
  });
}
