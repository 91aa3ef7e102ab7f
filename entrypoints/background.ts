import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '@/utils/messages';
import type { BackgroundProtocol } from '@/utils/messages';
import { createLibraryConnection } from '@/utils/db';
import { createIdGenerator } from '@/utils/ids';
import { createHandlers } from '@/utils/background/handlers';
import { forgetPageState, forgetStalePageState } from '@/utils/background/page-state';
import { highlightSelectionInTab } from '@/utils/background/selection-command';
import { injectContentScript, syncSiteScripts } from '@/utils/background/site-scripts';

const MENU_HIGHLIGHT = 'portal-notes-highlight';

export default defineBackground(() => {
  const library = createLibraryConnection();
  const enableSite = async (tabId: number) => {
    await syncSiteScripts();
    await injectContentScript(tabId);
  };
  listen<BackgroundProtocol>(
    createHandlers({ db: library.get, now: Date.now, ids: createIdGenerator(), enableSite, injectOnce: injectContentScript }),
  );

  const highlight = (tabId: number | undefined) => {
    if (tabId !== undefined) void highlightSelectionInTab(tabId, injectContentScript).catch((e) => console.warn(e));
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_HIGHLIGHT,
      title: browser.i18n.getMessage('contextMenuHighlight'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_HIGHLIGHT) highlight(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'highlight-selection') return;
    if (tab?.id !== undefined) highlight(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => highlight(t?.id));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetPageState(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url) void forgetStalePageState(tabId, info.url);
  });
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  browser.runtime.onStartup.addListener(() => void syncSiteScripts());
});
