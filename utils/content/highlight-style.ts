/**
 * The painted highlights' stylesheet goes into the page itself: `::highlight()` rules only apply
 * from the page's own stylesheets, never from inside our shadow root.
 */
import { UI_HOST_ATTRIBUTE } from '../anchor/own-nodes';
import { highlightCss } from '../highlight/styles';

/** Add the highlight CSS to `doc`'s head (marked as ours); remove the returned element to undo. */
export function injectHighlightStyle(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.setAttribute(UI_HOST_ATTRIBUTE, '');
  style.textContent = highlightCss();
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}
