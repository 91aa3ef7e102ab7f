/**
 * Test helpers: our own invented markup in a fresh happy-dom window (never the global document).
 * A window is needed: happy-dom compares Range boundaries wrongly in window-less documents
 * (DOMParser / createHTMLDocument), so `setEnd` collapses the range there.
 */

import { Window } from 'happy-dom';

/** A new document whose body holds `bodyHtml` (test markup only, never page data). */
export function makeDocument(bodyHtml: string): Document {
  const win = new Window({ url: 'https://snv.example.gov.vn/' });
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = bodyHtml;
  return doc;
}

/** A range over the `occurrence`-th appearance of `text` inside a single text node of `root`. */
export function rangeOfText(root: Element, text: string, occurrence = 1): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let at = data.indexOf(text); at !== -1; at = data.indexOf(text, at + 1)) {
      if (++seen === occurrence) {
        const range = doc.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        return range;
      }
    }
  }
  throw new Error(`text not found: ${text}`);
}
