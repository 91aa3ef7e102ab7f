import { defineContentScript } from 'wxt/utils/define-content-script';
import { listen, sendToBackground } from '@/utils/messages';
import type { ContentProtocol } from '@/utils/messages';
import type { ArticleData } from '@/utils/model';
import { PORTAL_MATCHES } from '@/utils/portals';
import { pageIdentity } from '@/utils/url';

function detect(): ArticleData {
  return {
    url: location.href,
    canonicalUrl: null,
    title: document.title,
    published: null,
    publishedText: null,
    modified: null,
    modifiedText: null,
    dateCandidates: [],
    authors: [],
    signature: null,
    bodyText: '',
    eventDates: [],
    lang: document.documentElement.lang,
    site: location.hostname,
    isArticle: true,
    provenance: {},
  };
}

export default defineContentScript({
  // The e2e/demo build also runs on the local demo server.
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, 'http://127.0.0.1/*'] : PORTAL_MATCHES,
  main(ctx) {
    const stop = listen<ContentProtocol>({ 'content:detect': () => detect() });
    ctx.onInvalidated(stop);
    void sendToBackground('page:detected', { article: detect(), identity: pageIdentity(document, location.href) });
  },
});
