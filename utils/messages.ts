/**
 * The one typed message protocol of the extension. Every message that crosses a context boundary
 * (content script ↔ background ↔ extension pages) is declared here once, with its payload and
 * reply types; handlers are plain async functions that tests call directly.
 *
 * Replies travel as `{ ok: true, value } | { ok: false, error }` so a failure in the background
 * (a full disk, a corrupt record) reaches the UI as a readable message instead of `undefined`.
 */
import { browser } from 'wxt/browser';
import type { ClipRecord, HighlightPatch, Settings } from './db';
import type { ArticleData, Colour, Highlight, Selector } from './model';
import type { PageIdentity } from './url';

/** What the background knows about one tab's page. */
export interface PageState {
  tabId: number;
  url: string;
  title: string;
  article: ArticleData | null;
  /** The page's identity (canonical URL + aliases), from the content script. */
  identity: PageIdentity | null;
  /** The last re-anchoring result on the live page: ids placed and ids that found no place. */
  anchoring: { placed: string[]; orphans: string[] } | null;
  /** Epoch ms of the last report from the content script. */
  reportedAt: number;
}

/** Everything the content script sends so the background can save the article it is on. */
export interface PageCapture {
  article: ArticleData;
  identity: PageIdentity;
  /** Cleaned article HTML and text (utils/snapshot.ts); null when the body was not found. */
  snapshot: { html: string; text: string } | null;
}

/** The clip saved for a page (if any) and its highlights, for painting on arrival. */
export interface PageNotes {
  clip: ClipRecord | null;
  highlights: Highlight[];
  colourLabels: Settings['colourLabels'];
}

/** A highlight as the content script makes it (the id is made on the page so a retry never duplicates). */
export interface NewHighlight {
  id: string;
  selectors: Selector[];
  quote: string;
  colour: Colour;
  note?: string;
  tags?: string[];
}

/**
 * Messages the background answers: `type → (payload) => reply`. Content scripts reach the
 * database only through these; extension pages (popup, library) use `utils/db` directly.
 */
export interface BackgroundProtocol {
  /** Content script → background: what detection found; replies with the page's saved notes. */
  'page:detected': (p: { article: ArticleData; identity: PageIdentity }) => PageNotes;
  /** Content script → background: which highlights were placed on the live page and which are orphans. */
  'page:anchored': (p: { placed: string[]; orphans: string[] }) => void;
  /** Extension page → background: the last detection for a tab (null when none reported). */
  'page:get': (p: { tabId: number }) => PageState | null;
  /** Content script → background: the page's notes again (after the popup or library changed them). */
  'page:notes': (p: { identity: PageIdentity }) => PageNotes;
  /** Content script → background: save a highlight, clipping the article first if it is not saved yet. */
  'highlight:create': (p: { page: PageCapture; highlight: NewHighlight }) => { clip: ClipRecord; highlight: Highlight };
  'highlight:update': (p: { id: string; patch: HighlightPatch }) => Highlight;
  'highlight:delete': (p: { id: string }) => void;
  /** Undo a deletion: the highlight exactly as it was (same id), back on its clip. */
  'highlight:restore': (p: { highlight: Highlight }) => Highlight;
  /** Popup → background, after the user granted the site: register the content script there and run it in the tab. */
  'site:enable': (p: { tabId: number }) => void;
  /** Popup → background: run detection once in a tab on a site that is not enabled (activeTab). */
  'page:inject': (p: { tabId: number }) => void;
}

/** Messages the content script answers (sent to one tab). */
export interface ContentProtocol {
  /** Re-run detection on the live page and return it. */
  'content:detect': (p: Record<string, never>) => ArticleData;
  /** Detection + identity + snapshot, for clipping the page from the popup. */
  'content:capture': (p: Record<string, never>) => PageCapture;
  /** Highlight the current selection (context menu, keyboard command); null when nothing is selected. */
  'content:highlight-selection': (p: { colour?: Colour }) => Highlight | null;
  /** Scroll a highlight into view and flash it; false when it is not on the page (an orphan). */
  'content:scroll-to': (p: { id: string }) => boolean;
  /** The notes changed elsewhere (popup, library): reload them and repaint. */
  'content:refresh': (p: Record<string, never>) => void;
  /**
   * The popup opened: if the page swapped its article without changing the address (the detected title
   * or text is gone from the page), detect again and report it. True when it did.
   */
  'content:verify': (p: Record<string, never>) => boolean;
  /** Scroll to a detected field and mark it for a moment; false when it is not on the page (metadata only). */
  'content:show-field': (p: { field: 'title' | 'published' | 'signature' | 'body' }) => boolean;
}

export type Protocol = BackgroundProtocol & ContentProtocol;
export type MessageType = keyof Protocol;
export type Payload<K extends MessageType> = Parameters<Protocol[K]>[0];
export type Reply<K extends MessageType> = ReturnType<Protocol[K]>;

/** Context the background learns from the sender (content scripts have a tab). */
export interface SenderInfo {
  tabId?: number;
  url?: string;
}

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Payload<K>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** An error with a code the UI can translate (e.g. `quota`, `invalid`, `not-found`). */
export class ProtocolError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export type Handlers<P> = {
  [K in keyof P]: P[K] extends (p: infer A) => infer R
    ? (payload: A, sender: SenderInfo) => Promise<Awaited<R>> | Awaited<R>
    : never;
};

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'payload' in value
  );
}

/**
 * Dispatch one incoming message to its handler. Returns undefined for messages that are not ours
 * (so other listeners may answer them), else a promise of the wrapped result.
 */
export function dispatch<P extends object>(
  handlers: Partial<Handlers<P>>,
  message: unknown,
  sender: SenderInfo,
): Promise<Result<unknown>> | undefined {
  if (!isEnvelope(message)) return undefined;
  const handler = (handlers as Record<string, ((p: unknown, s: SenderInfo) => unknown) | undefined>)[message.type];
  if (!handler) return undefined;
  return (async (): Promise<Result<unknown>> => {
    try {
      return { ok: true, value: await handler(message.payload, sender) };
    } catch (err) {
      return { ok: false, error: toErrorInfo(err) };
    }
  })();
}

export function toErrorInfo(err: unknown): { code: string; message: string } {
  if (err instanceof ProtocolError) return { code: err.code, message: err.message };
  if (err instanceof Error) {
    if (err.name === 'QuotaExceededError') return { code: 'quota', message: err.message };
    return { code: 'internal', message: err.message };
  }
  return { code: 'internal', message: String(err) };
}

function unwrap<T>(result: unknown, type: string): T {
  if (result === undefined) throw new ProtocolError('no-receiver', `No handler answered "${type}"`);
  const r = result as Result<T>;
  if (r.ok) return r.value;
  throw new ProtocolError(r.error.code, r.error.message);
}

/**
 * How long an answer may take before the caller gives up with a `timeout` error: a frozen tab or a
 * stuck worker must not leave a spinner forever. Generous: a 10 MB page's snapshot saves in seconds.
 */
export const MESSAGE_TIMEOUT_MS = { background: 30_000, tab: 20_000 } as const;

/** `promise`, or a ProtocolError('timeout') after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, type: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProtocolError('timeout', `No answer to "${type}" within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Send a message to the background and await its reply (throws ProtocolError on failure). */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Payload<K>,
): Promise<Awaited<Reply<K>>> {
  const envelope: Envelope<K> = { type, payload };
  return unwrap<Awaited<Reply<K>>>(await withTimeout(browser.runtime.sendMessage(envelope), MESSAGE_TIMEOUT_MS.background, type), type);
}

/** Send a message to the content script of one tab. */
export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: Payload<K>,
): Promise<Awaited<Reply<K>>> {
  const envelope: Envelope<K> = { type, payload };
  return unwrap<Awaited<Reply<K>>>(await withTimeout(browser.tabs.sendMessage(tabId, envelope), MESSAGE_TIMEOUT_MS.tab, type), type);
}

/**
 * Register handlers on `runtime.onMessage`. Returns a function that removes the listener.
 * Each side registers only the part of the protocol it answers.
 */
export function listen<P extends object>(handlers: Partial<Handlers<P>>): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number; url?: string }; url?: string }) =>
    dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.tab?.url ?? sender.url });
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
