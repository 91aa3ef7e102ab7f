/**
 * After a page changes a clip or its highlights, the tabs showing that article repaint: each gets
 * `content:refresh`. Tabs are matched by the normalised URL against the clip's URL and aliases.
 */
import { normalizeUrl } from '../url';
import type { PageDeps } from './deps';

/** Ids of the tabs whose page is one of `urls` (compared after normalisation). */
export async function tabsShowing(deps: Pick<PageDeps, 'queryTabs'>, urls: readonly string[]): Promise<number[]> {
  const wanted = new Set(urls.map(normalizeUrl));
  const tabs = await deps.queryTabs();
  return tabs.filter((t) => t.id !== undefined && t.url && wanted.has(normalizeUrl(t.url))).map((t) => t.id!);
}

/**
 * Ask every tab showing one of `urls` to reload its notes. A tab without a content script (not
 * reached, closed meanwhile) is skipped: the notes are already saved and load on its next visit.
 * Resolves with the ids of the tabs that answered.
 */
export async function refreshTabsShowing(deps: Pick<PageDeps, 'queryTabs' | 'toTab'>, urls: readonly string[]): Promise<number[]> {
  if (urls.length === 0) return [];
  const ids = await tabsShowing(deps, urls);
  const answered = await Promise.all(
    ids.map((id) =>
      deps.toTab(id, 'content:refresh', {}).then(
        () => id,
        () => null,
      ),
    ),
  );
  return answered.filter((id): id is number => id !== null);
}
