/**
 * Builds a SearchIndex in small chunks that yield to the event loop between them, so a page can
 * paint and answer input while 10,000 clips are being indexed.
 */
import { SearchIndex, type SearchDocument } from './search-index';

export interface BuildOptions {
  /** Documents indexed per chunk (default 200). */
  chunkSize?: number;
  /** Called after each chunk with the number of documents indexed so far. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the build early (the promise then rejects with the signal's reason). */
  signal?: AbortSignal;
  /** How to give the event loop a turn between chunks (default: a MessageChannel round-trip). */
  yieldToLoop?: () => Promise<void>;
}

/** Resolves on the next macrotask without setTimeout's 4 ms clamp. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Add `docs` to `index` (a new one by default) chunk by chunk; resolves with the index. */
export async function buildSearchIndex(
  docs: readonly SearchDocument[],
  options: BuildOptions = {},
  index: SearchIndex = new SearchIndex(),
): Promise<SearchIndex> {
  const chunk = options.chunkSize ?? 200;
  const pause = options.yieldToLoop ?? nextMacrotask;
  for (let i = 0; i < docs.length; i += chunk) {
    options.signal?.throwIfAborted();
    const end = Math.min(docs.length, i + chunk);
    for (let k = i; k < end; k++) index.add(docs[k]);
    options.onProgress?.(end, docs.length);
    if (end < docs.length) await pause();
  }
  return index;
}
