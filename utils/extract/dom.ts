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
