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
    // an absent attribute ends here: a second read through getAttribute would rebuild linkedom's class list
    if (el.getAttributeNode) return el.getAttributeNode(name)?.value ?? '';
    return el.getAttribute(name) ?? '';
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

/**
 * Text of a subtree with a space between text nodes, so `<span>by Lucas Nolan</span><span>22 Dec
 * 2016</span>` reads as two phrases (textContent would glue them).
 */
export function spacedText(node: Node | null | undefined, max = 2000, skip?: (el: Element) => boolean): string {
  if (!node) return '';
  const parts: string[] = [];
  let len = 0;
  const stack: Node[] = [node];
  try {
    while (stack.length && len < max) {
      const n = stack.pop() as Node;
      if (n.nodeType === 3) {
        const d = (n as Text).data ?? '';
        parts.push(d);
        len += d.length;
      } else if (n.nodeType === 1) {
        const tag = tagOf(n);
        if (tag === 'script' || tag === 'style' || tag === 'noscript' || (skip && n !== node && skip(n as Element))) continue;
        const kids: Node[] = [];
        for (let c = n.firstChild; c; c = c.nextSibling ?? null) kids.push(c);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      }
    }
  } catch {
    /* a broken subtree yields what was read */
  }
  return parts.join(' ').slice(0, max);
}
