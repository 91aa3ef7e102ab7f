import { defineContentScript } from 'wxt/utils/define-content-script';
import { createI18n, resolveLocale } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import { listen, sendToBackground } from '@/utils/messages';
import type { ContentProtocol } from '@/utils/messages';
import { PORTAL_MATCHES } from '@/utils/portals';
import { createPainter } from '@/utils/highlight/painter';
import { ContentController } from '@/utils/content/controller';
import { detectPage } from '@/utils/content/detect';
import { injectHighlightStyle } from '@/utils/content/highlight-style';
import { PageSession } from '@/utils/content/page-session';
import { takeOverPage } from '@/utils/content/single-instance';
import { mountContentUi } from '@/utils/content/toolbar-ui';

/** Detection waits for the page to be idle, but never longer than this after document_idle. */
const DETECT_IDLE_TIMEOUT_MS = 1000;

export default defineContentScript({
  // The e2e/demo build also runs on the local demo server.
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, 'http://127.0.0.1/*'] : PORTAL_MATCHES,
  main(ctx) {
    // XML views (RSS feeds, sitemaps) on portal hosts have no body: nothing to detect or highlight.
    if (!document.body) return;
    const stops: Array<() => void> = [];
    const stop = () => stops.splice(0).reverse().forEach((fn) => fn());
    stops.push(takeOverPage(globalThis, stop));

    const i18n = createI18n(resolveLocale(undefined, navigator.language));
    const clock = { setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as number) };
    const style = injectHighlightStyle(document);
    stops.push(() => style.remove());
    const painter = createPainter(window);
    let controller: ContentController | null = null;
    const session = new PageSession({
      doc: document,
      href: () => location.href,
      send: sendToBackground,
      painter,
      detect: (doc, href) => detectPage(doc, href, performance),
      clock,
      createObserver: (callback) => new MutationObserver(callback),
      newId: () => newId(),
      onChange: () => controller?.sync(),
    });
    stops.push(() => session.stop());
    const ui = mountContentUi(document, i18n);
    stops.push(() => ui.destroy());
    controller = new ContentController({
      win: window,
      session,
      ui,
      i18n,
      clock,
      addListener: (target, type, handler) => ctx.addEventListener(target, type as never, handler as never),
    });
    stops.push(listen<ContentProtocol>(controller.handlers()));
    controller.start();
    ctx.onInvalidated(stop);
    ctx.requestIdleCallback(() => void session.start(), { timeout: DETECT_IDLE_TIMEOUT_MS });
  },
});
