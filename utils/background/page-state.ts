/**
 * What the background knows about each tab's page. Kept in `storage.session` (not in memory) because
 * the MV3 service worker can be stopped between the content script's report and the popup opening.
 */
import { browser } from 'wxt/browser';
import type { ArticleData } from '../model';
import type { PageState } from '../messages';

const key = (tabId: number) => `page:${tabId}`;

/** The session area where available (Chrome MV3, Firefox >= 115), else local as a fallback. */
function area() {
  return browser.storage.session ?? browser.storage.local;
}

export async function putPageState(tabId: number, url: string, article: ArticleData, now: number): Promise<PageState> {
  const state: PageState = { tabId, url, title: article.title, article, reportedAt: now };
  await area().set({ [key(tabId)]: state });
  return state;
}

export async function getPageState(tabId: number): Promise<PageState | null> {
  const got = await area().get(key(tabId));
  return (got[key(tabId)] as PageState | undefined) ?? null;
}

export async function forgetPageState(tabId: number): Promise<void> {
  await area().remove(key(tabId));
}

/** Every stored page state (used by the headless demo to print what was detected). */
export async function allPageStates(): Promise<PageState[]> {
  const got = await area().get(null);
  return Object.entries(got)
    .filter(([k]) => k.startsWith('page:'))
    .map(([, v]) => v as PageState);
}
