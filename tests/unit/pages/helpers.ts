/**
 * Page-controller test set-up: a fresh library, WXT's fake browser carrying the real background
 * handlers (so `page:get` answers from the background's own page state), and a fake content side
 * that records what each tab was sent.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import { putPageState, setAnchoring } from '@/utils/background/page-state';
import type { LibraryDB } from '@/utils/db';
import { listen, ProtocolError } from '@/utils/messages';
import type { BackgroundProtocol, ContentProtocol, PageCapture } from '@/utils/messages';
import type { ArticleData } from '@/utils/model';
import { browserPageDeps, type PageDeps, type ToTab } from '@/utils/pages/deps';
import { article, freshDb, makeClock, makeIds } from '../db/helpers';

export { article, freshDb, makeClock, makeIds };

export const ARTICLE_URL = 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html';

/** What a content script answers in these tests, per tab; a missing tab has no receiver. */
export type ContentFake = Partial<{ [K in keyof ContentProtocol]: (tabId: number) => Awaited<ReturnType<ContentProtocol[K]>> }>;

export interface PagesWorld {
  db: LibraryDB;
  deps: PageDeps;
  clock: ReturnType<typeof makeClock>;
  /** Messages sent to tabs, as `tabId:type`. */
  sent: string[];
  /** Tabs with a content script, and what it answers. */
  content: Map<number, ContentFake>;
  /** Open a tab at `url` (with a content script unless `receiver` is false); returns its id. */
  openTab(url: string, receiver?: boolean): Promise<number>;
  /** Record a detection for a tab, as the content script's `page:detected` does. */
  detect(tabId: number, a?: ArticleData, aliases?: string[]): Promise<void>;
  anchor(tabId: number, placed: string[], orphans: string[]): Promise<void>;
  stop(): void;
}

export function capture(a: ArticleData = article({ url: ARTICLE_URL, canonicalUrl: null }), snapshotText = 'Đoạn một.\n\nĐoạn hai.'): PageCapture {
  return {
    article: a,
    identity: { url: ARTICLE_URL, aliases: [] },
    snapshot: { html: `<p>${snapshotText}</p>`, text: snapshotText },
  };
}

/** A fresh library with the background's handlers listening on the fake browser. */
export async function pagesWorld(): Promise<PagesWorld> {
  fakeBrowser.reset();
  const db = await freshDb();
  const clock = makeClock();
  const ids = makeIds('p');
  const stop = listen<BackgroundProtocol>(
    createHandlers({ db: async () => db, now: clock, ids, enableSite: async () => undefined, injectOnce: async () => undefined }),
  );
  const sent: string[] = [];
  const content = new Map<number, ContentFake>();
  const toTab: ToTab = async (tabId, type, _payload) => {
    sent.push(`${tabId}:${type}`);
    const fake = content.get(tabId);
    const answer = fake?.[type];
    if (!fake) throw new ProtocolError('no-receiver', 'Could not establish connection. Receiving end does not exist.');
    if (!answer) throw new ProtocolError('internal', `no fake answer for ${type}`);
    return answer(tabId) as never;
  };
  const deps: PageDeps = { ...browserPageDeps(db), now: clock, ids, toTab };
  return {
    db,
    deps,
    clock,
    sent,
    content,
    async openTab(url, receiver = true) {
      const tab = await fakeBrowser.tabs.create({ url });
      if (receiver) content.set(tab.id!, { 'content:refresh': () => undefined, 'content:capture': () => capture() });
      return tab.id!;
    },
    async detect(tabId, a = article({ url: ARTICLE_URL, canonicalUrl: null }), aliases = []) {
      await putPageState(tabId, a.url, a, { url: ARTICLE_URL, aliases }, clock());
    },
    async anchor(tabId, placed, orphans) {
      await setAnchoring(tabId, { placed, orphans });
    },
    stop() {
      stop();
      db.close();
    },
  };
}
