/**
 * Article snapshots: a clean copy of the article body (text, headings, lists, tables, figures,
 * safe links and images; no scripts, styles, frames, forms or event handlers) taken at clip
 * time, so the clip stays readable after the portal edits or removes the page. The same
 * whitelist is applied again when a stored snapshot is shown.
 */

/** A node of the cleaned tree: text, or a whitelisted element with whitelisted attributes. */
type CleanNode = string | { tag: string; attrs: [string, string][]; children: CleanNode[] };

/** Elements kept (with their whitelisted attributes). Anything else is unwrapped or dropped. */
const KEEP = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code',
  'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'br', 'hr',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'figure', 'figcaption', 'img', 'a',
]);

/** Elements dropped with everything inside them: active content, forms, page furniture. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'fieldset', 'label',
  'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'map', 'area',
  'link', 'meta', 'head', 'title', 'base', 'dialog', 'slot', 'portal',
]);

const VOID = new Set(['br', 'hr', 'img']);
const MAX_DEPTH = 64;
/** Inline images larger than this (as a data: URI) are dropped: they would bloat every backup. */
const MAX_DATA_URI = 512 * 1024;
/** All inline images of one snapshot together, so it stays well under the stored snapshot limit (8 MiB). */
const MAX_DATA_URI_TOTAL = 4 * 1024 * 1024;

/** State of one cleaning pass. */
interface Pass {
  base: string;
  dataUriBudget: number;
}
const INERT_BASE = 'about:blank';

function httpUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function imageUrl(value: string, pass: Pass): string | null {
  const trimmed = value.trim();
  if (/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/i.test(trimmed)) {
    const compact = trimmed.replace(/\s+/g, '');
    if (compact.length > MAX_DATA_URI || compact.length > pass.dataUriBudget) return null;
    pass.dataUriBudget -= compact.length;
    return compact;
  }
  const url = httpUrl(trimmed, pass.base);
  return url && url.startsWith('https:') ? url : null;
}

const smallNumber = (value: string | null): string | null => (value !== null && /^\s*\d{1,4}\s*$/.test(value) ? value.trim() : null);

/** The source of a lazily loaded image (portals often keep the real one in data-src). */
function imageSource(el: Element): string | null {
  const src = el.getAttribute('src');
  const lazy = el.getAttribute('data-src') ?? el.getAttribute('data-original') ?? el.getAttribute('data-lazy-src');
  if (lazy && (!src || /^data:image\/gif/i.test(src.trim()) || src.trim() === '')) return lazy;
  return src;
}

function cleanAttributes(el: Element, tag: string, pass: Pass): [string, string][] | null {
  const attrs: [string, string][] = [];
  if (tag === 'a') {
    const href = el.getAttribute('href');
    const url = href === null ? null : httpUrl(href, pass.base);
    if (url) attrs.push(['href', url]);
  } else if (tag === 'img') {
    const source = imageSource(el);
    const url = source === null ? null : imageUrl(source, pass);
    if (!url) return null; // an image we cannot show safely is dropped, alt text included
    attrs.push(['src', url]);
    const alt = el.getAttribute('alt');
    if (alt) attrs.push(['alt', alt.normalize('NFC')]);
    for (const name of ['width', 'height']) {
      const value = smallNumber(el.getAttribute(name));
      if (value) attrs.push([name, value]);
    }
  } else if (tag === 'td' || tag === 'th') {
    for (const name of ['colspan', 'rowspan']) {
      const value = smallNumber(el.getAttribute(name));
      if (value && value !== '1') attrs.push([name, value]);
    }
  } else if (tag === 'ol') {
    const start = smallNumber(el.getAttribute('start'));
    if (start) attrs.push(['start', start]);
  }
  return attrs;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** The text under `root`, gathered without recursion (hostile nesting can be thousands deep). */
function flatText(root: Node): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !DROP.has((node as Element).localName.toLowerCase())) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return text.normalize('NFC');
}

/** Walk `node`'s children and return their cleaned forms. */
function cleanChildren(node: Node, pass: Pass, depth: number): CleanNode[] {
  const out: CleanNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = (child.nodeValue ?? '').normalize('NFC');
      if (text) out.push(text);
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions, CDATA
    const el = child as Element;
    const tag = el.localName.toLowerCase();
    const foreign = el.namespaceURI !== null && el.namespaceURI !== 'http://www.w3.org/1999/xhtml';
    if (foreign || DROP.has(tag) || tag.includes('-') || isHidden(el)) continue;
    if (depth >= MAX_DEPTH) {
      // Hostile nesting: keep the words, lose the structure.
      const text = flatText(el);
      if (text) out.push(text);
      continue;
    }
    if (!KEEP.has(tag)) {
      out.push(...cleanChildren(el, pass, depth + 1));
      continue;
    }
    const attrs = cleanAttributes(el, tag, pass);
    if (attrs === null) continue;
    const children = VOID.has(tag) ? [] : cleanChildren(el, pass, depth + 1);
    if (tag === 'a' && attrs.length === 0) out.push(...children); // a link we cannot keep: keep its text
    else out.push({ tag, attrs, children });
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toHtml(nodes: CleanNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      html += escapeText(node);
      continue;
    }
    html += `<${node.tag}${node.attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
    if (!VOID.has(node.tag)) html += `${toHtml(node.children)}</${node.tag}>`;
  }
  return html;
}

function toDom(nodes: CleanNode[], doc: Document, parent: Node): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(doc.createTextNode(node));
      continue;
    }
    const el = doc.createElement(node.tag);
    for (const [name, value] of node.attrs) el.setAttribute(name, value);
    if (node.tag === 'a') {
      // Snapshot links open outside the extension page and tell the portal nothing about it.
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tag === 'img') el.setAttribute('referrerpolicy', 'no-referrer');
    toDom(node.children, doc, el);
    parent.appendChild(el);
  }
}

/**
 * The cleaned HTML of an article body element (its contents, not the element itself). Relative
 * links and images are made absolute against the page; only http(s) links and https or inline
 * raster images are kept.
 */
export function cleanSnapshotHtml(element: Element): string {
  const base = element.ownerDocument?.baseURI || INERT_BASE;
  return toHtml(cleanChildren(element, { base, dataUriBudget: MAX_DATA_URI_TOTAL }, 0));
}

/**
 * Parse a stored snapshot in an inert document and rebuild it in `doc` through the same
 * whitelist (a snapshot may come from a restored, tampered backup), ready to append.
 */
export function renderSnapshot(html: string, doc: Document): DocumentFragment {
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  toDom(cleanChildren(parsed.body, { base: INERT_BASE, dataUriBudget: MAX_DATA_URI_TOTAL }, 0), doc, fragment);
  return fragment;
}
