/**
 * Single-page sites change the address without loading a new document (history.pushState): the
 * content script must then forget the old article and detect the new one, but only once the site
 * has finished swapping the content in, or it would file the old text under the new address.
 */
import type { LoopClock, ObserverLike } from '../anchor/reanchor-loop';


export interface QuietOptions {
  target: Node;
  createObserver: (callback: () => void) => ObserverLike;
  clock: LoopClock;
  /** How long without DOM changes counts as settled. */
  quietMs: number;
  /** Resolve after this long even if the page never stops changing (a ticker, a video). */
  maxMs: number;
}

/**
 * Resolves once `target` has had no DOM change for `quietMs`, or after `maxMs` at most. The
 * returned `cancel` resolves it at once (the script is stopping).
 */
export function whenQuiet(options: QuietOptions): { done: Promise<void>; cancel: () => void } {
  const { clock } = options;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let settled = false;
  let quiet: unknown = null;
  const end = (): void => {
    if (settled) return;
    settled = true;
    observer.disconnect();
    if (quiet !== null) clock.clearTimeout(quiet);
    clock.clearTimeout(cap);
    finish();
  };
  const observer = options.createObserver(() => {
    if (settled) return;
    if (quiet !== null) clock.clearTimeout(quiet);
    quiet = clock.setTimeout(end, options.quietMs);
  });
  const cap = clock.setTimeout(end, options.maxMs);
  quiet = clock.setTimeout(end, options.quietMs);
  observer.observe(options.target, { childList: true, subtree: true, characterData: true });
  return { done, cancel: end };
}
