import { defineContentScript } from 'wxt/utils/define-content-script';
import { createI18n, resolveLocale } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import { listen, sendToBackground } from '@/utils/messages';
import type { ContentProtocol } from '@/utils/messages';
import { PORTAL_MATCHES } from '@/utils/portals';
import { createPainter } from '@/utils/highlight/painter';
import { ContentController } from '@/utils/content/controller';
import { detectPage, detectPageSliced } from '@/utils/content/detect';
import { injectHighlightStyle } from '@/utils/content/highlight-style';
import { whenQuiet } from '@/utils/content/navigation';
import { sameDocument } from '@/utils/url';
import { PageSession } from '@/utils/content/page-session';
import { takeOverPage } from '@/utils/content/single-instance';
import { mountContentUi } from '@/utils/content/toolbar-ui';

/** Detection waits for the page to be idle, but never longer than this after document_idle. */
const DETECT_IDLE_TIMEOUT_MS = 1000;
/** After a single-page site changes the address, the DOM must be still this long before detection… */
const NAVIGATION_QUIET_MS = 400;
/** …or detection runs anyway after this long (a page with a ticker never falls quiet). */
const NAVIGATION_MAX_WAIT_MS = 4000;

export default defineContentScript({
  // The e2e/demo build also runs on the local demo server.
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, 'http://127.0.0.1/*'] : PORTAL_MATCHES,
  main(ctx) {
    // XML views (RSS feeds, sitemaps) on portal hosts have no body: nothing to detect or highlight.
    if (!document.body) return;
    const stops: Array<() => void> = [];
    /** Ends the current address's page (set by `startPage`). */
    let endPage: () => void = () => {};
    const stop = () => {
      endPage();
      stops.splice(0).reverse().forEach((fn) => fn());
    };
    stops.push(takeOverPage(globalThis, stop));

    const i18n = createI18n(resolveLocale(undefined, navigator.language));
    const clock = { setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as number) };
    const createObserver = (callback: () => void) => new MutationObserver(callback);
    const style = injectHighlightStyle(document);
    stops.push(() => style.remove());
    const painter = createPainter(window);

    /** One address's session, UI and listeners; a single-page site's navigation ends it and starts another. */
    const startPage = (when: 'load' | 'navigation'): void => {
      const pageStops: Array<() => void> = [];
      const listeners = new AbortController();
      pageStops.push(() => listeners.abort());
      let controller: ContentController | null = null;
      const session = new PageSession({
        doc: document,
        href: () => location.href,
        send: sendToBackground,
        painter,
        detect: (doc, href, options) => detectPage(doc, href, performance, options),
        // the first detection lets the page handle input and paint between its stages
        detectSliced: (doc, href) => detectPageSliced(doc, href, () => new Promise<void>((resolve) => ctx.setTimeout(resolve, 0)), performance),
        clock,
        createObserver,
        newId: () => newId(),
        onChange: () => controller?.sync(),
      });
      pageStops.push(() => session.stop());
      const ui = mountContentUi(document, i18n);
      pageStops.push(() => ui.destroy());
      controller = new ContentController({
        win: window,
        session,
        ui,
        i18n,
        clock,
        // removed when this address's page ends (navigation) or the script stops (`stop` ends the page)
        addListener: (target, type, handler) => target.addEventListener(type, handler, { signal: listeners.signal }),
      });
      pageStops.push(listen<ContentProtocol>(controller.handlers()));
      controller.start();
      if (when === 'load') {
        ctx.requestIdleCallback(() => void session.start(), { timeout: DETECT_IDLE_TIMEOUT_MS });
      } else {
        // the site swaps the new article in after changing the address: detect once it has settled
        const quiet = whenQuiet({ target: document.body, createObserver, clock, quietMs: NAVIGATION_QUIET_MS, maxMs: NAVIGATION_MAX_WAIT_MS });
        pageStops.push(quiet.cancel);
        let ended = false;
        pageStops.push(() => void (ended = true));
        void quiet.done.then(() => {
          if (!ended) void session.start();
        });
      }
      endPage = () => pageStops.splice(0).reverse().forEach((fn) => fn());
    };

    let address = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // the Navigation API announces the change before the address is updated: read it a moment later
      ctx.setTimeout(() => {
        if (sameDocument(address, location.href)) return;
        address = location.href;
        endPage();
        startPage('navigation');
      }, 0);
    });
    startPage('load');
    ctx.onInvalidated(stop);
  },
});
