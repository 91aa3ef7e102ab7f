/**
 * The one typed message protocol of the extension. Every message that crosses a context boundary
 * (content script ↔ background ↔ extension pages) is declared here once, with its payload and
 * reply types; handlers are plain async functions that tests call directly.
 *
 * Replies travel as `{ ok: true, value } | { ok: false, error }` so a failure in the background
 * (a full disk, a corrupt record) reaches the UI as a readable message instead of `undefined`.
 */
import { browser } from 'wxt/browser';
import type { ArticleData } from './model';

/** What the background knows about one tab's page. */
export interface PageState {
  tabId: number;
  url: string;
  title: string;
  article: ArticleData | null;
  /** Epoch ms of the last report from the content script. */
  reportedAt: number;
}

/** Messages the background answers: `type → (payload) => reply`. */
export interface BackgroundProtocol {
  /** Content script → background: what detection found on this tab's page. */
  'page:detected': (p: { article: ArticleData }) => void;
  /** Extension page → background: the last detection for a tab (null when none reported). */
  'page:get': (p: { tabId: number }) => PageState | null;
}

/** Messages the content script answers (sent to one tab). */
export interface ContentProtocol {
  /** Re-run detection on the live page and return it. */
  'content:detect': (p: Record<string, never>) => ArticleData;
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

/** Send a message to the background and await its reply (throws ProtocolError on failure). */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Payload<K>,
): Promise<Awaited<Reply<K>>> {
  const envelope: Envelope<K> = { type, payload };
  return unwrap<Awaited<Reply<K>>>(await browser.runtime.sendMessage(envelope), type);
}

/** Send a message to the content script of one tab. */
export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: Payload<K>,
): Promise<Awaited<Reply<K>>> {
  const envelope: Envelope<K> = { type, payload };
  return unwrap<Awaited<Reply<K>>>(await browser.tabs.sendMessage(tabId, envelope), type);
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
