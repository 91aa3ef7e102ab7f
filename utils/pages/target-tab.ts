/**
 * Which tab the popup serves: normally the active tab; opened as a page of its own (tests, the
 * headless demo) it takes the tab from `?tabId=N` or the first tab showing `?url=…`. With both, the
 * URL stands in for the tab's address where the browser hides it (a site without host permission).
 */
import type { TabInfo } from './deps';

export interface TabSource {
  /** Every open tab. */
  all: () => Promise<TabInfo[]>;
  /** The active tab of the current window. */
  active: () => Promise<TabInfo | undefined>;
}

/** The target tab (with its id), or null when there is none. */
export async function targetTab(search: string, tabs: TabSource): Promise<(TabInfo & { id: number }) | null> {
  const params = new URLSearchParams(search);
  const fromId = params.get('tabId');
  const fromUrl = params.get('url');
  let tab: TabInfo | undefined;
  if (fromId !== null && /^\d+$/.test(fromId)) {
    const id = Number(fromId);
    tab = (await tabs.all()).find((t) => t.id === id) ?? { id };
    if (!tab.url && fromUrl) tab = { ...tab, url: fromUrl };
  } else if (fromUrl) {
    tab = (await tabs.all()).find((t) => t.url === fromUrl);
  } else {
    tab = await tabs.active();
  }
  return tab?.id !== undefined ? { ...tab, id: tab.id } : null;
}
