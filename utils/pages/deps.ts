/**
 * What the extension pages (popup, Library) need from the outside world, as one object passed to
 * every controller: the library database they open directly, time, ids, and the message channels
 * to the background and to tabs. Tests pass fakes; `browserPageDeps` wires the real browser.
 */
import { browser } from 'wxt/browser';
import type { Clock, LibraryDB } from '../db';
import type { IdGenerator } from '../ids';
import { createIdGenerator } from '../ids';
import { sendToBackground, sendToTab } from '../messages';
import type { BackgroundProtocol, ContentProtocol, Payload, Reply } from '../messages';

/** The parts of a browser tab the pages use. */
export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}

/** Send a message to the background and await its reply. */
export type ToBackground = <K extends keyof BackgroundProtocol>(type: K, payload: Payload<K>) => Promise<Awaited<Reply<K>>>;
/** Send a message to the content script of one tab and await its reply. */
export type ToTab = <K extends keyof ContentProtocol>(tabId: number, type: K, payload: Payload<K>) => Promise<Awaited<Reply<K>>>;

export interface PageDeps {
  db: LibraryDB;
  now: Clock;
  ids: IdGenerator;
  toBackground: ToBackground;
  toTab: ToTab;
  /** Every open tab. */
  queryTabs: () => Promise<TabInfo[]>;
}

/** The real browser's channels around an open library database. */
export function browserPageDeps(db: LibraryDB): PageDeps {
  return {
    db,
    now: Date.now,
    ids: createIdGenerator(),
    toBackground: sendToBackground,
    toTab: sendToTab,
    queryTabs: () => browser.tabs.query({}),
  };
}
