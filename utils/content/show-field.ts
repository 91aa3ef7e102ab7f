/**
 * "Show on page" for the popup's detected fields: the live range of the title, the publication
 * date's line, the signature block or the body, from the last detection's DOM references, scrolled
 * into view and briefly marked with a CSS highlight (the page's DOM is never changed).
 */
import type { Article } from '../extract';
import { toDomRange } from '../extract';
import { DETECTED_HIGHLIGHT_NAME } from '../highlight/styles';
import { scrollRangeIntoView, type ScrollWindow } from './scroll';

/** The detected fields the page can show. */
export type ShownField = 'title' | 'published' | 'signature' | 'body';

/** A range over an element's contents, when it is still in the page and shows some text. */
function contentsOf(doc: Document, el: Element | null | undefined): Range | null {
  if (!el || !el.isConnected || !(el.textContent ?? '').trim()) return null;
  const tag = el.tagName.toLowerCase();
  // a date read from <meta> or JSON-LD is not on the page
  if (tag === 'meta' || tag === 'script' || tag === 'head' || tag === 'title') return null;
  const r = doc.createRange();
  r.selectNodeContents(el);
  return r;
}

/** Where `field` is on the page, or null (read from metadata only, or the page has changed since). */
export function fieldRange(doc: Document, article: Article, field: ShownField): Range | null {
  switch (field) {
    case 'title':
      return contentsOf(doc, article.titleElement);
    case 'published':
      return contentsOf(doc, article.published?.element);
    case 'body':
      return contentsOf(doc, article.body.element);
    case 'signature': {
      const sig = article.signature;
      if (!sig) return null;
      if (sig.range && sig.range.startNode.isConnected && sig.range.endNode.isConnected) return toDomRange(doc, sig.range);
      const nodes = sig.nodes.filter((n) => n.isConnected);
      if (!nodes.length) return null;
      const r = doc.createRange();
      r.setStartBefore(nodes[0]);
      r.setEndAfter(nodes[nodes.length - 1]);
      return r;
    }
  }
}

/** The part of `window` used here (the CSS highlight registry may be missing on old browsers). */
interface ShowWindow extends ScrollWindow {
  CSS?: { highlights?: { set(name: string, h: unknown): unknown; delete(name: string): unknown } };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/**
 * Scroll `range` into the middle of the view and mark it for `ms`; returns the function that
 * removes the mark early (another field shown, or the script stopping).
 */
export function markRange(win: ShowWindow, range: Range, setTimer: (fn: () => void, ms: number) => unknown, ms = 2500): () => void {
  scrollRangeIntoView(win, range);
  const registry = win.CSS?.highlights;
  if (!registry || !win.Highlight) return () => {};
  registry.set(DETECTED_HIGHLIGHT_NAME, new win.Highlight(range));
  let done = false;
  const clear = () => {
    if (done) return;
    done = true;
    registry.delete(DETECTED_HIGHLIGHT_NAME);
  };
  setTimer(clear, ms);
  return clear;
}
