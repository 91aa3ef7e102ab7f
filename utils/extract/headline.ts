/**
 * How a heading element is built: newspapers put a kicker (topline, Dachzeile, overline) in its
 * own span before the headline, and copy the SEO title into breadcrumb or screen-reader headings.
 */
import { attr, tagOf } from './dom';
import type { Line } from './page';
import { cleanText } from './text';

/** A heading split into the kicker shown above or before it and the headline proper. */
export interface HeadingParts {
  kicker: string;
  headline: string;
  /** The markup names the parts (a kicker class, or a headline class on the last part only). */
  classed: boolean;
}

const KICKER_CLASS = /kicker|catchline|topline|top-line|dachzeile|overline|over-line|eyebrow|roofline|roof-line|supertitle|super-title|superheadline|pretitle|pre-title|preheadline|pre-headline|spitzmarke|titleheader|title-header|headline-label|title__label/;
/** A class token saying "this part is the headline" (`title__headline`, `titletext`, `text`). */
const HEADLINE_CLASS = /(^|[\s_-])(title|headline|titletext|title-text|heading)([\s_-]|$)|(^|\s)text(\s|$)|__text(\s|$)/;
/** Classes that hide text from the eye but keep it for screen readers and search engines. */
const HIDDEN_CLASS = /(^|\s)(hidden|hideme|hide|invisible|offscreen|hiddendash|visuallyhidden|visually-hidden|is-hidden|u-hidden|h-offscreen|sr-only|screen-reader-text|screenreader|a11y-hidden|element-invisible)(\s|$)/;
/** Headings that copy the title into a breadcrumb trail or for search engines only. */
const SHADOW_CLASS = /breadcrumb|(^|[\s_-])crumbs?([\s_-]|$)|__crumb|seo-?title|seo-?headline/;

/** A link to the site's home page (`/`, `index.html`, the bare host, an archived copy of it). */
export const HOME_LINK = /^(?:\/|\.\/|\.\.\/|(?:\.?\/)?index\.\w{2,5}|\/index\.\w{2,5}|\/[a-z]{2}-[a-z]{2}\/?)$|(?:^|\/)https?:\/\/[^/?#]+\/?$/i;

/** True when an element is hidden from the eye by markup (aria-hidden, `hidden`, a hiding class). */
function hiddenByMarkup(el: Element): boolean {
  if (attr(el, 'aria-hidden') === 'true' || el.hasAttribute?.('hidden')) return true;
  const cls = attr(el, 'class').toLowerCase();
  return !!cls && HIDDEN_CLASS.test(cls);
}

/** Visible text of a subtree, skipping parts hidden by markup, capped. */
function visibleText(node: Node, max = 600): string {
  let out = '';
  const stack: Node[] = [node];
  while (stack.length && out.length < max) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) out += (n as Text).data ?? '';
    else if (n.nodeType === 1) {
      const tag = tagOf(n);
      if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template' || tag === 'svg') continue;
      if (n !== node && hiddenByMarkup(n as Element)) continue;
      if (tag === 'br') out += ' ';
      const kids: Node[] = [];
      for (let c = n.firstChild; c; c = c.nextSibling ?? null) kids.push(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}

/** Class names and `data-*` values (`data-cy="kicker"`) of an element, lower-cased. */
function names(el: Element): string {
  let s = attr(el, 'class');
  try {
    for (const a of Array.from(el.attributes ?? [])) if (a.name.startsWith('data-') && a.value.length < 40) s += ' ' + a.value;
  } catch {
    /* attributes unreadable: the class alone */
  }
  return s.toLowerCase();
}

/** Names of an element and of its first few children (a kicker span wrapped in a styled div). */
function classesWithin(el: Element): string {
  let s = names(el);
  let n = 0;
  for (let c = el.firstElementChild; c && n < 4; c = c.nextElementSibling, n++) s += ' ' + names(c);
  return s;
}

interface Segment {
  text: string;
  cls: string;
  own: string;
  /** Whitespace, a separator or a hidden element comes before it (so it starts a new word). */
  gap: boolean;
}

/**
 * Splits `<h1><span class="kicker">Wahl 2024</span><span>Die Partei gewinnt</span></h1>` into kicker
 * and headline. Null when the heading is one run of text, or the first part is too long for a kicker.
 */
export function splitKicker(el: Element | null): HeadingParts | null {
  if (!el) return null;
  // descend through single wrappers (`<h1><a><span>…</span><span>…</span></a></h1>`)
  let box: Element = el;
  for (let depth = 0; depth < 3; depth++) {
    let only: Element | null = null;
    let count = 0;
    let loose = false;
    for (let c = box.firstChild; c; c = c.nextSibling ?? null) {
      if (c.nodeType === 3 && ((c as Text).data ?? '').trim()) loose = true;
      else if (c.nodeType === 1 && !hiddenByMarkup(c as Element) && visibleText(c).trim()) {
        count++;
        only = c as Element;
      }
    }
    if (count === 1 && !loose && only) box = only;
    else break;
  }
  const segs: Segment[] = [];
  let gap = true;
  for (let c = box.firstChild; c && segs.length < 6; c = c.nextSibling ?? null) {
    let text = '';
    let cls = '';
    let own = '';
    if (c.nodeType === 3) text = (c as Text).data ?? '';
    else if (c.nodeType === 1) {
      const e = c as Element;
      const tag = tagOf(e);
      if (hiddenByMarkup(e) || tag === 'script' || tag === 'style' || tag === 'br') {
        gap = true;
        continue;
      }
      text = visibleText(e);
      cls = classesWithin(e);
      own = names(e);
    }
    const clean = cleanText(text);
    // separators between the parts (` - `, `: `) are not parts
    if (!clean || !/[\p{L}\p{N}]/u.test(clean)) {
      gap = true;
      continue;
    }
    segs.push({ text: clean, cls, own, gap: gap || /^\s/.test(text) });
    gap = /\s$/.test(text);
  }
  if (segs.length < 2) return null;
  // `<span>H</span>äufige Fragen` is one word in two elements (a drop cap), not a kicker
  if (segs[0].text.length < 3 || (!segs[1].gap && /[\p{L}\p{N}]$/u.test(segs[0].text) && /^[\p{Ll}\p{N}'’]/u.test(segs[1].text))) return null;
  const [first, ...rest] = segs;
  const kicker = first.text.replace(/\s*[:|–—-]\s*$/, '');
  const headline = cleanText(rest.map((s) => s.text).join(' '));
  if (kicker.length > 90 || kicker.split(' ').length > 10 || headline.split(' ').length < 2) return null;
  const last = segs[segs.length - 1];
  const classed = KICKER_CLASS.test(first.cls) || (segs.length === 2 && !!last.own && HEADLINE_CLASS.test(last.own) && !HEADLINE_CLASS.test(first.own) && !first.own.includes('headline'));
  return { kicker, headline, classed };
}

/**
 * True for a heading that only repeats the title elsewhere: the last item of a breadcrumb trail,
 * an SEO copy, or one hidden from the eye by a class.
 */
export function isShadowHeading(h: Line): boolean {
  const el = h.block.el;
  if (h.block.cid && (SHADOW_CLASS.test(h.block.cid) || HIDDEN_CLASS.test(h.block.cid))) return true;
  // `<h1 data-breadcrumb-headline>`: the attribute says what the class does not
  if (h.block.tag === 'h1' && el.attributes && el.attributes.length > 0) {
    try {
      for (const a of Array.from(el.attributes)) if (a.name.includes('breadcrumb')) return true;
    } catch {
      /* attributes unreadable: judge by classes alone */
    }
  }
  // a heading that is only a link home is the site's logo or name (`<h1><a href="/">Site</a></h1>`)
  if (h.linkLen >= h.text.length * 0.9) {
    let link: Element | null = el.firstElementChild;
    for (let n = 0; link && tagOf(link) !== 'a' && n < 3; n++) link = link.firstElementChild;
    if (link && tagOf(link) === 'a' && HOME_LINK.test(attr(link, 'href').trim())) return true;
  }
  for (let a = h.block.parent, n = 0; a && n < 3; a = a.parent, n++) {
    if (a.tag === 'nav' || a.role === 'navigation') return true;
    if (a.cid && SHADOW_CLASS.test(a.cid)) return true;
    // the last item of a list of links (a breadcrumb trail nobody named): `<li><a>Home</a></li>…<li><h1>`
    if (a.tag === 'li' && a.parent && (a.parent.tag === 'ol' || a.parent.tag === 'ul')) {
      const list = a.parent;
      const others = list.textLen - a.textLen;
      if (list.li >= 2 && others > 0 && list.linkLen >= others * 0.8) return true;
    }
  }
  return false;
}
