/**
 * DOM access that behaves the same in browsers, happy-dom and linkedom: no layout, no live
 * collections we mutate, attribute reads that never throw.
 */

/** Lower-case tag name ('' for non-elements). */
export function tagOf(node: Node | null | undefined): string {
  if (!node || node.nodeType !== 1) return '';
  const el = node as Element;
  const name = el.localName || el.tagName || '';
  return name.toLowerCase();
}

/**
 * The raw attribute value, '' when absent; never throws. Reads the attribute node: linkedom's
 * `getAttribute('class')` rebuilds a token list on every call, which dominated the page walk.
 */
export function attr(el: Element | null | undefined, name: string): string {
  if (!el) return '';
  try {
    const node = el.getAttributeNode ? el.getAttributeNode(name) : null;
    return node ? node.value ?? '' : el.getAttribute(name) ?? '';
  } catch {
    return '';
  }
}

/** `querySelectorAll` as an array; an invalid selector or a broken DOM gives []. */
export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** `querySelector` that never throws. */
export function queryOne(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Raw text content of a node, capped so huge subtrees cannot stall us. */
export function rawText(node: Node | null | undefined, max = 200_000): string {
  if (!node) return '';
  try {
    const t = node.textContent ?? '';
    return t.length > max ? t.slice(0, max) : t;
  } catch {
    return '';
  }
}

/** The document's root element; some DOMs leave `documentElement` null on odd input. */
export function rootElement(doc: Document): Element | null {
  try {
    if (doc.documentElement) return doc.documentElement;
    for (let n = doc.firstChild; n; n = n.nextSibling ?? null) if (n.nodeType === 1) return n as Element;
  } catch {
    /* a DOM that cannot even be walked yields nothing */
  }
  return null;
}

/** Ancestors of `el` (nearest first), at most `max`. */
export function ancestors(el: Element, max = 64): Element[] {
  const out: Element[] = [];
  let p = el.parentElement ?? (el.parentNode?.nodeType === 1 ? (el.parentNode as Element) : null);
  while (p && out.length < max) {
    out.push(p);
    p = p.parentElement ?? (p.parentNode?.nodeType === 1 ? (p.parentNode as Element) : null);
  }
  return out;
}
