/**
 * Simple XPaths (`/div[2]/p[3]`) between an element and a root, for RangeSelector. Our own
 * `<mark>`s are invisible to these paths, so the fallback painter never changes a stored path.
 */

import { isOwnMark } from './own-nodes';

const SIMPLE_XPATH = /^(\/[A-Za-z0-9_.:-]+\[[1-9][0-9]*\])+$/;

/** The element that a text boundary belongs to: its parent, climbing out of our own marks. */
export function containerElement(node: Node, root: Element): Element {
  let el: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (el && el !== root && (el.nodeType !== 1 || isOwnMark(el))) el = el.parentNode;
  return el && el.nodeType === 1 ? (el as Element) : root;
}

/** `/tag[n]/…` from `root` down to `el` (`/` for the root itself). Throws if `el` is outside `root`. */
export function xpathFromElement(el: Element, root: Element): string {
  const segments: string[] = [];
  let node: Element = el;
  while (node !== root) {
    const parent: Element | null = node.parentElement;
    if (!parent) throw new Error('element is not inside the root');
    // Articles can have a thousand sibling paragraphs: compare names without allocating.
    const name = node.localName;
    let position = 1;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.localName === name && (name !== 'mark' || !isOwnMark(s))) position++;
    }
    segments.push(`${name.toLowerCase()}[${position}]`);
    node = parent;
  }
  return segments.length ? '/' + segments.reverse().join('/') : '/';
}

/** Resolve a path made by `xpathFromElement`; null when the page no longer has that element. */
export function elementFromXPath(path: string, root: Element): Element | null {
  if (path === '/') return root;
  if (!SIMPLE_XPATH.test(path)) return null;
  let el: Element = root;
  for (const segment of path.slice(1).split('/')) {
    const open = segment.indexOf('[');
    const name = segment.slice(0, open).toLowerCase();
    let wanted = Number(segment.slice(open + 1, -1));
    let found: Element | null = null;
    // The painter's marks only ever wrap text, so skipping them is enough to keep positions stable.
    for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) {
      const ln = c.localName;
      if ((ln === name || (ln.length === name.length && ln.toLowerCase() === name)) && !isOwnMark(c) && --wanted === 0) found = c;
    }
    if (!found) return null;
    el = found;
  }
  return el;
}
