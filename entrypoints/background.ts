import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '@/utils/messages';
import type { BackgroundProtocol } from '@/utils/messages';
import { createHandlers } from '@/utils/background/handlers';
import { forgetPageState } from '@/utils/background/page-state';

export default defineBackground(() => {
  listen<BackgroundProtocol>(createHandlers({ now: Date.now }));
  browser.tabs.onRemoved.addListener((tabId) => void forgetPageState(tabId));
});
