/**
 * Author names from bylines and metadata on ordinary news sites ("By Jane Doe and John Roe",
 * `<a rel=author>`, JSON-LD `author`, `<meta name=author>`), cleaned into a list of names.
 */
import { attr, spacedText, tagOf } from './dom';
import type { PageMetadata } from './metadata';
import { metaValue } from './metadata';
import type { ElInfo, Line, PageModel } from './page';
import { contains } from './page';
import { cleanText, looseKey } from './text';

export interface BylineResult {
  authors: string[];
  /** The byline as shown on the page, when one was found there. */
  text: string;
  element: Element | null;
  lines: Line[];
  source: string;
  confidence: number;
}

const BYLINE_CLASS = /byline|by-line|\bauthor|writer|reporter|journalist|contributor|dateline|tacgia|tac-gia|article-meta|post-meta|entry-meta|meta-author|\bby\b|creator|signature/;
const BY_PREFIX = /^(?:(?:written|reported|posted|story|text|words|photos?|video|interview)\s+)?(?:by|von|par|por|di|door|av|af|przez|tác giả|tac gia|bài và ảnh|bài, ảnh|bài|tin|(?:autor(?:in|en)?|authors?|verfasser(?:in)?|auteur|autore)(?=\s*[:：]))\s*[:：]?\s+/i;
const NOT_NAME = /^(?:home|news|admin|administrator|editor|staff|staff writer|guest|anonymous|unknown|null|undefined|team|redaktion|redaction|rédaction|editorial|the editors|newsroom|correspondent|reporter|contributor|author|by|posted|published|updated|share|follow|view all|more|subscribe|comments?)$/i;
const NAME_SPLIT = /\s*(?:,|;|\s&\s(?=\S{4,})|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+en\s+|\s+og\s+|\s+och\s+|\s+i\s+|\s+và\s+|\s+\|\s+|\s+\/\s+|\n)\s*/i;

/** Splits a byline string into clean names. */
export function splitNames(raw: string): string[] {
  let s = cleanText(raw).replace(BY_PREFIX, '');
  // `Jong, Michiel de`: one family name, a comma, the given names
  const lastFirst = /^([\p{Lu}][\p{L}'’-]+),\s+([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})$/u.exec(s);
  if (lastFirst && !/\s(?:and|und|et|y|và)\s/i.test(s)) return [s];
  // drop trailing dates, roles and timestamps: "Jane Doe, Staff Writer | March 3, 2023"
  s = s.replace(/\s*(?:\||•|·|—|–)\s*(?:updated|published|posted|\d|[^|•·—–]*\b\d{4}\b).*$/i, '');
  s = s.replace(/\s+(?:updated|published|posted|on)\s+(?:\w+\s+)?\d.*$/i, '');
  s = s.replace(/\s*\(?[\w.+-]+@[\w-]+\.[\w.]+\)?/g, ' ');
  s = s.replace(/https?:\/\/\S+/g, ' ');
  // a second credit on the same line: `Text von A Illustration von B`, `By A Photos by B`
  s = s.replace(/\s+(?:illustrations?|fotos?|photos?|photography|bilder?|grafiken?|videos?|edited|additional reporting|mitarbeit|ảnh)\s*(?:von|by|:)\s+.*$/i, '');
  const out: string[] = [];
  for (let part of s.split(NAME_SPLIT)) {
    part = part.replace(/^[\s:,.\-–—|·•/]+|[\s:,\-–—|·•/]+$/g, '').replace(BY_PREFIX, '').trim();
    if (!part || part.length > 60 || part.length < 2) continue;
    if (NOT_NAME.test(part)) continue;
    if (/\d{3,}/.test(part)) continue;
    if (/^(?:staff|senior|chief|editor|correspondent|reporter|photographer|contributing|special|associated press|reuters|afp|dpa|apa)\b/i.test(part) && out.length) continue;
    if (part.split(/\s+/).length > 6) continue;
    // the agency run on after the last name (`ERIC TUCKER Associated Press`)
    part = part.replace(/\s+(?:associated press|reuters|afp|dpa|apa|bloomberg|the associated press)$/i, '');
    // `JANE DOE` → `Jane Doe` (a title such as `Dr.` stays: in German it is part of the name)
    if (/\s/.test(part) && /\p{L}{2}/u.test(part) && part === part.toUpperCase() && part !== part.toLowerCase()) part = capitalise(part);
    if (!out.some((o) => looseKey(o) === looseKey(part))) out.push(part);
  }
  return out.slice(0, 10);
}

/** `JANE O'NEILL-SMITH` → `Jane O'Neill-Smith`: each word's first letter kept, the rest lower case. */
function capitalise(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Finds authors: JSON-LD, then `<meta>`, then a byline element near the title. */
export function findByline(model: PageModel, md: PageMetadata, titleLine: Line | null, bodyStart: number, siteNames: string[]): BylineResult {
  // a URL, a handle or a domain (`jungefreiheit.de`) in an author field names no person (`jana.keller` may be a user name)
  // nor does a phrase (`deinen Hochzeitsbloggern`: "your wedding bloggers")
  const clean = (names: string[]): string[] =>
    names.filter((n) => !/^https?:/.test(n) && !/^@/.test(n) && !/^[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,3}|info|news|online|media|blog|site|today)$/i.test(n) && !/^(?!(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|dos|das)\s)\p{Ll}+\s/u.test(n));
  const dom = domByline(model, titleLine, bodyStart);
  const domNames = dom ? clean(splitNames(dom.text)) : [];
  const sites = new Set(siteNames.map(compactName).filter((k) => k.length >= 2));
  // metadata that gives only a user name (`arianschlichenmayer`) or the outlet (`LTO`) where the page shows a person
  const weak = (names: string[]): boolean => names.every((n) => /^[\p{Ll}\d._-]+$/u.test(n) || /^[^\s]*[._][^\s]*$/.test(n) || sites.has(compactName(n)));
  const domPeople = domNames.length > 0 && domNames.every((n) => looksLikeName(n) && n.includes(' ') && !sites.has(compactName(n)));
  const fromMeta = (names: string[], source: string, confidence: number): BylineResult => {
    if (dom && domPeople && weak(names)) return { authors: domNames, text: dom.text, element: dom.element, lines: dom.lines, source: 'byline', confidence: 0.7 };
    // a user name (`christian.stadtfeld`) stands for the name the page writes out (`Christian P. Stadtfeld`)
    const written = names.map((n) => (isHandle(n) && writtenName(n, model)) || n);
    return { authors: written, text: dom?.text ?? '', element: dom?.element ?? null, lines: dom?.lines ?? [], source, confidence };
  };
  if (md.jsonLd?.authors.length) {
    const names = clean(md.jsonLd.authors.flatMap(splitNames));
    if (names.length) return fromMeta(names, 'json-ld', 0.9);
  }
  const m = metaValue(md, ['dc:creator', 'dc.creator', 'dcterms.creator', 'dcterm:creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'citation_author', 'og:article:author', 'book:author', 'creator']);
  if (m && !/^https?:\/\//.test(m.value)) {
    const all = (md.meta.get(m.key) ?? [m.value]).slice(0, 10);
    const names = clean(all.flatMap(splitNames));
    if (names.length) return fromMeta(names, `meta:${m.key}`, 0.8);
  }
  if (dom && domNames.length) return { authors: initialsWritten(domNames, dom.element, model), text: dom.text, element: dom.element, lines: dom.lines, source: 'byline', confidence: 0.7 };
  return { authors: [], text: '', element: null, lines: [], source: 'none', confidence: 0 };
}

/** A login name rather than a written name: lower case, parts joined by `.`, `_` or `-` (`christian.stadtfeld`). */
function isHandle(n: string): boolean {
  return /^[\p{Ll}\d]{2,}(?:[._-][\p{Ll}\d]{2,}){1,3}$/u.test(n) || /^[\p{Ll}]{6,30}$/u.test(n);
}

/** One word of a written name: capitalised, an initial, or a particle (`van`, `de`). */
const NAME_WORD = /\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|\b(?:van|von|de|der|den|da|di|du|la|le)\b/gu;

/**
 * The page's written form of a user name or an author-page slug: `christian.stadtfeld` →
 * `Christian P. Stadtfeld` (first and last parts agree), `donaldtownsend` → `Donald Townsend`
 * (the letters agree). Null when the page writes no such name.
 */
export function writtenName(handle: string, model: PageModel): string | null {
  const parts = looseKey(handle.replace(/[._-]+/g, ' ')).split(' ').filter((p) => p.length >= 2);
  const compact = parts.join('');
  if (compact.length < 4) return null;
  const lines = model.lines;
  for (let i = 0; i < lines.length && i < 20_000; i++) {
    const text = lines[i].text;
    if (text.length < 4) continue;
    // runs of name words with only spaces between them; every stretch of 2–4 words may be the name
    const words = [...text.matchAll(NAME_WORD)];
    for (let a = 0; a < words.length; a++) {
      if (/^\p{Ll}/u.test(words[a][0]) || words[a][0].endsWith('.')) continue;
      for (let b = a + 1; b < words.length && b < a + 4; b++) {
        const prev = words[b - 1];
        if (!/^\s+$/.test(text.slice((prev.index ?? 0) + prev[0].length, words[b].index))) break;
        if (/^\p{Ll}/u.test(words[b][0]) || words[b][0].endsWith('.')) continue;
        const run = words.slice(a, b + 1).map((w) => looseKey(w[0])).filter(Boolean);
        const full = run.join('');
        const noInitials = run.filter((w) => w.length > 1).join('');
        const ends = parts.length >= 2 && run[0] === parts[0] && run[run.length - 1] === parts[parts.length - 1];
        if (ends || full === compact || noInitials === compact) return text.slice(words[a].index, (words[b].index ?? 0) + words[b][0].length);
      }
    }
  }
  return null;
}

/** Initials in a byline (`DT`) linked to an author page whose slug spells a name the page writes out. */
function initialsWritten(names: string[], el: Element, model: PageModel): string[] {
  if (names.length !== 1 || !/^(?:\p{Lu}\.?\s?){2,3}$/u.test(names[0])) return names;
  const link = tagOf(el) === 'a' ? el : el.querySelector?.('a[href]');
  const slug = /\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link && AUTHOR_HREF.test(attr(link, 'href')) ? attr(link, 'href') : '')?.[1] ?? '';
  const written = slug ? writtenName(decodeURIComponentSafe(slug), model) : null;
  // the initials must be the written name's
  if (!written) return names;
  const initials = written.split(/\s+/).map((w) => w[0]).join('');
  return initials === names[0].replace(/[\s.]/g, '') ? [written] : names;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A name with case, spaces and punctuation folded, for comparing with site names. */
function compactName(s: string): string {
  return looseKey(s).replace(/ /g, '');
}

interface DomByline { text: string; element: Element; lines: Line[] }

const INLINE_TAGS = new Set(['span', 'a', 'b', 'strong', 'em', 'i', 'small', 'address', 'cite', 'font', 'u', 'p', 'div']);
const HAS_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{4}\b|\d{1,2}:\d{2}/;
/** A label naming the author: `Autor:`, `Author:`, `Verfasser:` (the name after it or on the next line). */
const AUTHOR_LABEL = /^(?:autor(?:in|en)?|authors?|verfasser(?:in)?|auteur|autore|tác giả)\s*[:：]\s*(.{0,80})$/i;
/** A link to an author's archive page: `/author/jane-doe/`, `/autor/jdoe`. */
const AUTHOR_HREF = /\/(?:author|authors|autor|autoren|auteur|auteurs|autore|creator|tac-gia)\/(?:[^/?#]+\/)?[^/?#]+\/?(?:[?#].*)?$/i;
const BY_START = /^(?:(?:written|reported|posted|words|text|story|edited)\s+)?(?:by|von|par|por|door|di|av|af|przez)\s/i;

/** A link to a category or tag archive (`rel="category tag"`, `/category/…`, `/tag/…`). */
function isTaxonomyLink(el: Element): boolean {
  return tagOf(el) === 'a' && (/(^|\s)(category|tag)(\s|$)/i.test(attr(el, 'rel')) || /\/(?:category|categories|tag|tags|kategorie|thema|chu-de)\//i.test(attr(el, 'href')));
}
/** A connector left dangling once a category link is removed: `by DT in`. */
const TRAILING_CONNECTOR = /\s+(?:in|im|unter|dans|en|under|filed under|trong|tại)\s*[:,]?\s*$/i;

/** A byline element or a "By …" line near the title. */
function domByline(model: PageModel, titleLine: Line | null, bodyStart: number): DomByline | null {
  const anchor = titleLine?.index ?? bodyStart;
  const lo = Math.max(0, anchor - 8);
  const hi = Math.max(anchor, bodyStart) + 12;
  const near = (info: ElInfo): boolean => info.firstLine >= lo && info.firstLine <= hi;
  // widen `<span class=author-name>` to `<span>by …</span>`, never to a line that also holds the date
  // (climbs the DOM itself: bare inline wrappers have no info of their own)
  const widen = (info: ElInfo): { el: Element; info: ElInfo } => {
    let best: Element = info.el;
    let p: Element | null = info.el.parentElement;
    for (let n = 0; p && n < 3; p = p.parentElement, n++) {
      const tag = tagOf(p);
      const cls = attr(p, 'class').toLowerCase();
      if (!INLINE_TAGS.has(tag) && !(cls && BYLINE_CLASS.test(cls))) break;
      const t = cleanText(spacedText(p));
      if (t.length > 120 || HAS_DATE.test(t)) break;
      if (BY_START.test(t) || /byline|by-line/.test(cls)) best = p;
    }
    return { el: best, info };
  };
  const result = (w: { el: Element; info: ElInfo }): DomByline => ({
    // `Posted by DT in <a rel=category>Diary</a>`: the category is not part of the name
    text: cleanText(spacedText(w.el, 2000, isTaxonomyLink)).replace(TRAILING_CONNECTOR, ''),
    element: w.el,
    lines: model.lines.slice(w.info.firstLine, Math.min(w.info.lastLine, w.info.firstLine + 3)),
  });

  // the element holding the title names its author in `data-author` (forum and link-aggregator posts)
  for (let a: ElInfo | null = titleLine?.block ?? null, n = 0; a && n < 5 && a.tag !== 'body'; a = a.parent, n++) {
    const v = cleanText(attr(a.el, 'data-author'));
    if (v && /^[\p{L}][\p{L}\d _.'’-]{1,59}$/u.test(v) && !NOT_NAME.test(v)) return { text: v, element: a.el, lines: [] };
  }
  // nor is the author of a related story listed beside a short article
  const inRelated = (info: ElInfo): boolean => {
    if (!titleLine) return false;
    for (let a = info.parent, n = 0; a && n < 12; a = a.parent, n++) {
      if (contains(a, titleLine.block)) return false;
      if (a.tag === 'aside' || (a.cid && /related|recommend|teaser|more-stories|read-more|readmore|tin-lien-quan|tinlienquan|tin-khac|tinkhac/.test(a.cid))) return true;
    }
    return false;
  };
  // a commenter's name near the article is not the article's author
  const inComments = (info: ElInfo): boolean => {
    if (!titleLine) return false;
    for (let a = info.parent, n = 0; a && n < 12; a = a.parent, n++) {
      if (contains(a, titleLine.block)) return false;
      if (a.cid && /comment/.test(a.cid)) return true;
    }
    return false;
  };
  const explicit: ElInfo[] = [];
  const named: ElInfo[] = [];
  const archive: ElInfo[] = [];
  for (const info of model.infos) {
    const isAuthor = /(^|\s)(author|creator)(\s|$)/.test(info.prop) || (info.tag === 'a' && /(^|\s)author(\s|$)/i.test(attr(info.el, 'rel')));
    if (isAuthor) explicit.push(info);
    // (an author named in a related story's teaser or an aside near a short article is not this one's)
    else if (info.tag === 'a' && near(info) && AUTHOR_HREF.test(attr(info.el, 'href')) && !inComments(info) && !inRelated(info)) archive.push(info);
    else if (info.cid && BYLINE_CLASS.test(info.cid) && !/comment|avatar|bio|related|widget|menu/.test(info.cid) && near(info) && !inComments(info) && !inRelated(info)) named.push(info);
  }
  const fromExplicit = (info: ElInfo): DomByline | null => {
    const w = widen(info);
    const nameInfo = model.infos.slice(info.order + 1, info.end + 1).find((d) => /(^|\s)name(\s|$)/.test(d.prop));
    // microdata may give the name only as `<meta itemprop="name" content="…">` inside the author element
    const nameMeta = nameInfo ? null : model.metas.find((m) => /(^|\s)name(\s|$)/i.test(attr(m, 'itemprop')) && info.el.contains(m));
    const meta = nameInfo ? attr(nameInfo.el, 'content') : nameMeta ? attr(nameMeta, 'content') : attr(info.el, 'content');
    if (w.el === info.el && meta) return { text: cleanText(meta), element: info.el, lines: [] };
    const r = result(w);
    return r.text && r.text.length <= 120 && splitNames(r.text).length ? r : null;
  };
  // explicit author markup near the title, then class-named bylines, then "By …" lines,
  // then explicit markup anywhere outside comments and lists of other articles
  for (const info of explicit) {
    if (titleLine && (!near(info) || inComments(info))) continue;
    const r = fromExplicit(info);
    if (r) return r;
  }
  // links to the authors' archive pages (`/author/jane-doe/`), all of them in the first link's list
  if (archive.length) {
    const first = archive[0];
    let box: ElInfo = first;
    for (let a = first.parent, n = 0; a && n < 3; a = a.parent, n++) {
      box = a;
      // through inline wrappers and list items up to the list or block holding them all
      if (a.tag !== 'li' && (!INLINE_TAGS.has(a.tag) || a.tag === 'p' || a.tag === 'div')) break;
    }
    const links = archive.filter((x) => contains(box, x));
    const names = links.map((x) => cleanText(spacedText(x.el, 200))).filter((t) => t && t.length <= 60);
    if (names.length && names.every((n) => looksLikeName(n) || /^[\p{L}\d][\p{L}\d_.-]{1,39}$/u.test(n))) {
      return { text: names.join(', '), element: box.el, lines: model.lines.slice(first.firstLine, Math.min(first.lastLine, first.firstLine + 1)) };
    }
  }
  for (const info of named) {
    const w = widen(info);
    const r = result(w);
    if (!r.text || r.text.length > 120 || HAS_DATE.test(r.text)) continue;
    const names = splitNames(r.text);
    // an element named exactly as the author (`class="author vcard"`) may hold a user name (`apgoucher`)
    const exact = /(^|\s)(author|fn|p-author|author-name|byline-name)(\s|$)/.test(info.cid);
    if (names.length && names.every((n) => looksLikeName(n) || (exact && /^[\p{L}\d][\p{L}\d_.-]{1,39}$/u.test(n)))) return r;
  }
  for (let i = lo; i < Math.min(model.lines.length, hi); i++) {
    const l = model.lines[i];
    if (l.text.length > 100) continue;
    if (BY_START.test(l.text) && /\p{Lu}/u.test(l.text.replace(BY_PREFIX, ''))) {
      const names = splitNames(l.text.replace(/^(?:written|reported|posted|words|text|story|edited)\s+/i, ''));
      if (names.length && names.every(looksLikeName)) return { text: l.text, element: l.block.el, lines: [l] };
    }
    // `Autor: Jane Doe`, or the label on its own line and the name on the next
    const label = AUTHOR_LABEL.exec(l.text);
    if (label) {
      const next = model.lines[i + 1];
      const own = label[1].trim();
      const used = own ? [l] : next && next.text.length <= 80 ? [l, next] : [];
      const names = splitNames(own || (used.length ? next.text : ''));
      if (names.length && names.every(looksLikeName)) return { text: used.map((x) => x.text).join(' '), element: l.block.el, lines: used };
    }
  }
  for (const info of explicit) {
    if (!titleLine || near(info) || insideOther(info, titleLine.block)) continue;
    const r = fromExplicit(info);
    if (r) return r;
  }
  return null;
}

/**
 * True when author markup sits in a list item, comment, teaser or sidebar of its own; wrappers that
 * also hold the title (a page-wide `<main class="l-card">`) are the article's region, not another's.
 */
function insideOther(info: ElInfo, titleBlock: ElInfo): boolean {
  for (let a: ElInfo | null = info, n = 0; a && n < 12; a = a.parent, n++) {
    if (contains(a, titleBlock)) return false;
    if (a.tag === 'li' || (a.cid && /comment|related|recommend|teaser|card|sidebar|footer|widget/.test(a.cid))) return true;
  }
  return false;
}

/** A person's name as bylines print it: 1–5 words, each capitalised (or a handle), no digits. */
function looksLikeName(n: string): boolean {
  if (/\d/.test(n) || n.length > 50) return false;
  const words = n.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}@]/u.test(w) || /^(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|y|dos|das)$/i.test(w));
}


