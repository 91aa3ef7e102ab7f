/**
 * The article title: metadata titles (JSON-LD headline, og:title…) cross-checked with the page's
 * headings, with the site name trimmed off. Portals often put the site name in `<title>` and an
 * `<h1>` banner, so a heading only wins when it agrees with metadata or sits where a title sits.
 */
import { attr, rawText } from './dom';
import { isShadowHeading, splitKicker } from './headline';
import type { PageMetadata } from './metadata';
import { metaValue } from './metadata';
import type { Line, PageModel } from './page';
import { cleanText, decodeEntities, looseKey, stripDiacritics } from './text';

export interface TitleResult {
  text: string;
  source: string;
  confidence: number;
  /** The page line showing the title, when found. */
  line: Line | null;
}

const SEPARATORS = /\s+[|\-–—:·•»«›>/\\]{1,2}\s+|\s+::\s+|\s*\|\s*/;
const TITLE_CLASS = /(^|[\s_-])(title|headline|heading|tieude|tieu-de|tit)([\s_-]|$)|article-title|entry-title|post-title|news-title|detail-title|title-detail|titledetail|newstitle/;

/** Splits `Title | Site` / `Site - Title` into segments. */
export function titleSegments(s: string): string[] {
  return s.split(SEPARATORS).map((x) => x.trim()).filter(Boolean);
}

/** A site name with spaces, dashes and umlaut spellings folded: `Börsen-Zeitung` ~ `boersenzeitung`. */
function compact(k: string): string {
  const lower = k.toLowerCase();
  return stripDiacritics(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')).replace(/[^a-z0-9]/g, '');
}

/** Removes a site-name prefix or suffix from a title string. */
export function stripSiteName(title: string, siteNames: string[]): string {
  let t = cleanText(title);
  const keys = siteNames.map(compact).filter((k) => k.length >= 2);
  if (!keys.length) return t;
  const isSite = (seg: string): boolean => {
    const c = compact(seg);
    if (!c) return false;
    return keys.some((s) => c === s || (c.length > 3 && (s.includes(c) || c.includes(s)) && Math.min(c.length, s.length) / Math.max(c.length, s.length) > 0.5));
  };
  for (let pass = 0; pass < 2; pass++) {
    const seps = [...t.matchAll(new RegExp(SEPARATORS.source, 'g'))];
    if (!seps.length) break;
    const lastSep = seps[seps.length - 1];
    const firstSep = seps[0];
    const lastSeg = t.slice((lastSep.index ?? 0) + lastSep[0].length);
    const firstSeg = t.slice(0, firstSep.index);
    if (isSite(lastSeg) && compact(t.slice(0, lastSep.index)).length >= 2) t = t.slice(0, lastSep.index).trim();
    else if (isSite(firstSeg) && compact(t.slice((firstSep.index ?? 0) + firstSep[0].length)).length >= 2) t = t.slice((firstSep.index ?? 0) + firstSep[0].length).trim();
    else break;
  }
  return t;
}

/** The titles the page declares (JSON-LD headline, og:title, Dublin Core…, `<title>`), distinct, in that order. */
function declaredTitles(md: PageMetadata): Array<{ text: string; source: string }> {
  const metaTitles: Array<{ text: string; source: string }> = [];
  const pushMeta = (text: string, source: string): void => {
    const t = socialTitle(cleanText(decodeEntities(text)));
    if (t && !metaTitles.some((m) => m.text === t)) metaTitles.push({ text: t, source });
  };
  if (md.jsonLd?.headline) pushMeta(md.jsonLd.headline, 'json-ld');
  for (const key of ['og:title', 'twitter:title', 'dc.title', 'dc:title', 'dcterms.title', 'dcterm:title', 'headline', 'parsely-title', 'sailthru.title', 'title']) {
    const v = metaValue(md, [key]);
    if (v) pushMeta(v.value, `meta:${key}`);
  }
  if (md.titleTag) pushMeta(md.titleTag, 'title-tag');
  return metaTitles;
}

/**
 * Other titles the page gives besides the chosen one, for the user to pick from: each declared
 * title without the site name, the `<title>` as written, and the page's shown h1 — distinct
 * (ignoring case and punctuation), at most four.
 */
export function titleAlternatives(model: PageModel, md: PageMetadata, siteNames: string[], host: string, chosen: string): Array<{ text: string; source: string }> {
  const names = [...siteNames, ...hostNames(host)];
  const siteKeys = new Set(names.map(looseKey));
  const seen = new Set([looseKey(chosen)]);
  const out: Array<{ text: string; source: string }> = [];
  const add = (text: string, source: string): void => {
    const k = looseKey(text);
    if (out.length >= 4 || k.length < 2 || seen.has(k) || siteKeys.has(k) || text.length > 400) return;
    seen.add(k);
    out.push({ text, source });
  };
  for (const h of headingLines(model)) {
    if (h.block.tag === 'h1' && !isShadowHeading(h)) {
      add(shownText(h), 'heading:h1');
      break;
    }
  }
  const declared = declaredTitles(md);
  for (const m of declared) add(stripShortSuffix(stripSiteName(m.text, names)), m.source);
  // as declared, site name and all (`How to Build a Terrarium | eHow`), for those who cite it so
  for (const m of declared) add(m.text, m.source);
  return out;
}

/** Finds the title. `siteNames` are candidate site names for trimming; `host` helps spot them too. */
export function findTitle(model: PageModel, md: PageMetadata, siteNames: string[], host = '', hint: Line | null = null): TitleResult {
  const metaTitles = declaredTitles(md);
  const names = [...siteNames, ...hostNames(host)];
  const siteKeys = new Set(names.map(looseKey));
  // `Anwalt Niemeyer` is the site of anwaltniemeyer.de: a declared title that only names the site is no title
  const siteCompact = new Set(names.map(compact).filter((c) => c.length >= 4));
  // (a heading that only names the page type or the section — `Tin tức - Sự kiện` — is not the article's)
  const namesArticle = (h: Line): boolean => !siteKeys.has(looseKey(h.text)) && !GENERIC_HEADING.test(looseKey(h.text)) && !GENERIC_PAGE_TITLE.test(stripDiacritics(looseKey(h.text)));
  const headings = headingLines(model).filter(namesArticle);
  // the line a site profile names as the title: it goes before a `<title>` no heading agrees with, and
  // before any h1. A declared title that agrees with a shown heading still decides first (a profile may
  // name a print copy of the headline), and so do og:title and JSON-LD.
  const hinted = hint && namesArticle(hint) ? hint : null;

  // a `<title>` that is only `Site > Category` (the category shows up as a menu or section line) is not the title
  const isCategory = (text: string, except: Line | null = null): boolean => {
    const k = looseKey(text);
    for (let i = 0; i < model.lines.length && i < 3000; i++) {
      const l = model.lines[i];
      if (l !== except && Math.abs(l.text.length - text.length) <= 4 && (l.linkLen > 0 || k.split(' ').length <= 5) && looseKey(l.text) === k) return true;
    }
    return false;
  };
  // 1. a heading that a metadata title agrees with (equal, or the title plus site/kicker segments); h1 first.
  // Breadcrumb, SEO and screen-reader copies of the title are not what the reader sees: they come last.
  const rank = (h: Line): number => (h.block.tag === 'h1' ? 0 : h.block.tag === 'h2' ? 1 : 2);
  const shadowMemo = new Map<Line, boolean>();
  const isShown = (h: Line): boolean => {
    let v = shadowMemo.get(h);
    if (v === undefined) shadowMemo.set(h, (v = !isShadowHeading(h)));
    return v;
  };
  // each declared title without its site name, and its key, worked out once (headings are many)
  const strippedMemo = new Map<string, string>();
  const stripped = (m: { text: string }): string => {
    let v = strippedMemo.get(m.text);
    if (v === undefined) strippedMemo.set(m.text, (v = stripSiteName(m.text, names)));
    return v;
  };
  const declaredKey = (m: { text: string }): string => looseKey(stripped(m));
  // the declared text when it has the same words but keeps punctuation the heading lost
  const asDeclared = (text: string): string => {
    const k = looseKey(text);
    const same = metaTitles.find((m) => declaredKey(m) === k);
    const declared = same ? stripped(same) : '';
    return same && punctuation(declared) > punctuation(text) ? declared : text;
  };
  const matchHeading = (h: Line): TitleResult | null => {
    const k = looseKey(h.text);
    if (k.length < 2) return null;
    // a kicker span before the headline span: the headline alone, unless the site declares both together
    const parts = h.block.textLen <= 400 ? splitKicker(h.block.el) : null;
    if (parts) {
      const hk = looseKey(parts.headline);
      const headlineDeclared = hk.length >= 2 && metaTitles.some((m) => declaredKey(m) === hk);
      const fullDeclared = metaTitles.some((m) => declaredKey(m) === k || looseKey(m.text) === k);
      // a classed kicker on the page's h1, or a declared title that puts another kicker before the same headline
      const kickedElsewhere = !fullDeclared && metaTitles.some((m) => kickerTail(stripped(m), hk) !== null);
      if (headlineDeclared || (parts.classed && !fullDeclared && (h.block.tag === 'h1' || kickedElsewhere))) {
        return { text: asDeclared(parts.headline), source: `heading:${h.block.tag}:headline`, confidence: headlineDeclared ? 0.95 : 0.8, line: h };
      }
    }
    // `Kicker: Headline` shown as one run of text where the site's own headline is only `Headline`
    for (const m of metaTitles) {
      if (m.source === 'title-tag') continue;
      const mk = declaredKey(m);
      if (mk.length < 10 || mk === k) continue;
      const tail = kickerTail(h.text, mk);
      if (tail) return { text: asDeclared(tail), source: `heading:${h.block.tag}:headline`, confidence: 0.9, line: h };
    }
    const same = metaTitles.find((m) => declaredKey(m) === k && !(m.source === 'title-tag' && stripped(m) !== m.text && isCategory(h.text, h)));
    if (same) {
      // same words: the declared title keeps punctuation that inline kicker spans lose, else the heading as shown
      const declared = stripped(same);
      const text = punctuation(declared) > punctuation(shownText(h)) ? declared : shownText(h);
      return { text, source: `heading:${h.block.tag}`, confidence: 0.95, line: h };
    }
    // the page's h1 is the full headline of a declared title cut short (portals truncate `<title>`)
    const completesDeclared = (m: { text: string }): boolean => h.block.tag === 'h1' && declaredKey(m).length >= 12 && k.startsWith(`${declaredKey(m)} `);
    const agrees = metaTitles.some((m) => (agree(k, m.text, stripped(m)) || completesDeclared(m)) && !(m.source === 'title-tag' && isCategory(h.text, h)));
    if (agrees) return { text: shownText(h), source: `heading:${h.block.tag}`, confidence: 0.9, line: h };
    return null;
  };
  for (const h of [...headings].sort((a, b) => rank(a) - rank(b))) {
    const found = isShown(h) ? matchHeading(h) : null;
    if (found) return found;
  }
  // then inline title elements (`<a class="title">` on forums), looked for only when no heading agreed
  if (metaTitles.length) {
    const seen = new Set(headings);
    for (const l of inlineTitleLines(model)) {
      if (seen.has(l) || siteKeys.has(looseKey(l.text))) continue;
      const found = matchHeading(l);
      if (found) return found;
    }
  }
  // 2. the declared title, site name trimmed
  const primary = metaTitles.find((m) => {
    const stripped = stripSiteName(m.text, names);
    if (looseKey(stripped).length < 2 || siteKeys.has(looseKey(m.text)) || siteCompact.has(compact(m.text))) return false;
    // a template's page-type title (`Chi tiết tin tức - Sở …`) names no article
    if (GENERIC_PAGE_TITLE.test(stripDiacritics(looseKey(titleSegments(stripped)[0] ?? stripped)))) return false;
    return !(m.source === 'title-tag' && stripped !== m.text && isCategory(stripped));
  });
  // the line the site's profile names, where the page declares no title or only a `<title>` no heading agrees
  // with (an X article's own title against the tab's `Test X Article`); og:title and JSON-LD still stand
  if (hinted && (!primary || primary.source === 'title-tag') && isShown(hinted)) return { text: shownText(hinted), source: `heading:${hinted.block.tag}:profile`, confidence: 0.6, line: hinted };
  if (primary) {
    // a short tail stays when the page shows the title with it (`… dịp 30/4 - 01/5 năm nay`)
    const full = stripSiteName(primary.text, names);
    const shown = findLine(headings, model, full);
    const text = shown ? full : stripShortSuffix(full);
    return { text, source: primary.source, confidence: primary.source === 'title-tag' ? 0.6 : 0.8, line: shown ?? findLine(headings, model, text) };
  }
  // 3. the main heading; without an h1, the heading-like line a date line or the first paragraph follows
  const h1 = headings.find((h) => h.block.tag === 'h1' && h.text.length >= 4 && isShown(h));
  if (h1) return { text: shownText(h1), source: `heading:${h1.block.tag}`, confidence: 0.5, line: h1 };
  const placed = placedTitleLine(model, headings.filter(isShown), siteKeys);
  if (placed) return { text: shownText(placed), source: placed.block.tag === 'h2' || placed.block.tag === 'h3' ? `heading:${placed.block.tag}` : 'shown', confidence: 0.5, line: placed };
  // a breadcrumb or logo h1 is still better than nothing
  const anyHeading = headings.find((h) => h.block.tag === 'h1' && h.text.length >= 4) ?? headings.find((h) => h.text.length >= 8);
  if (anyHeading) return { text: shownText(anyHeading), source: `heading:${anyHeading.block.tag}`, confidence: 0.4, line: anyHeading };
  const fallback = metaTitles[0];
  if (fallback) return { text: fallback.text, source: fallback.source, confidence: 0.3, line: null };
  return { text: '', source: 'none', confidence: 0, line: null };
}

/**
 * A declared title as social sites write it: the unread count they prefix (`(4) …`) dropped, and
 * `Name on X: "post text" / X` reduced to the post text.
 */
export function socialTitle(t: string): string {
  const s = t.replace(/^\(\d{1,3}\+?\)\s+(?=\S)/, '');
  const post = /^.{1,80}? on (?:X|Twitter): ["“](.+)["”](?: \/ (?:X|Twitter))?$/u.exec(s);
  return post ? post[1].trim() : s;
}

/** The poster's display name in a title X writes (`(4) Name on X: "…" / X`), else ''. */
export function socialAuthor(t: string): string {
  const m = /^(?:\(\d{1,3}\+?\)\s+)?(.{1,80}?) on (?:X|Twitter): ["“]/u.exec(cleanText(t));
  return m ? m[1].trim() : '';
}

/**
 * A short trailing segment after a spaced separator (`Headline – My website`, `Headline | Blog`), dropped
 * when no heading confirmed the declared title: it names the site, not the article. A tail that reads as
 * part of a sentence (lower-case start) stays.
 */
export function stripShortSuffix(t: string): string {
  const m = /^(.*\S)\s+[|–—·»]\s+(\S.*)$/u.exec(t) ?? /^(.*\S)\s+-\s+(\S.*)$/u.exec(t);
  if (!m) return t;
  const [, head, tail] = m;
  const tailWords = tail.split(/\s+/).length;
  if (tailWords > 4 || tail.length > 32 || tail.length > head.length * 0.45 || !/^[\p{Lu}\p{N}]/u.test(tail) || head.split(/\s+/).length < 3) return t;
  return head;
}

/** Separators between a kicker and its headline: `Kicker: Headline`, `Kicker - Headline`. */
const KICKER_SEPARATOR = /:\s+|\s+[-–—|]\s+/g;

/**
 * The part of `text` after a short kicker and a separator, when its key is `tailKey`
 * (`Wahl 2024: Die Partei gewinnt` with the key of `Die Partei gewinnt`); else null.
 */
export function kickerTail(text: string, tailKey: string): string | null {
  if (tailKey.length < 2 || text.length > 400) return null;
  for (const m of text.matchAll(KICKER_SEPARATOR)) {
    const at = m.index ?? 0;
    const kicker = text.slice(0, at).trim();
    if (!kicker || kicker.length > 90 || kicker.split(/\s+/).length > 8) break;
    const tail = text.slice(at + m[0].length).trim();
    if (looseKey(tail) === tailKey) return tail;
  }
  return null;
}

/** A heading's text without the permalink mark documentation generators append (`Setup¶`, `Setup #`). */
function shownText(h: Line): string {
  return h.text.replace(/\s*[¶§🔗]$/u, '').replace(/\s+#$/, '') || h.text;
}

function punctuation(s: string): number {
  return (s.match(/[^\p{L}\p{N}\s]/gu) ?? []).length;
}

/** Page-type titles CMS templates give every article (`Trang tin`, `Chi tiết tin tức`, `News detail`). */
const GENERIC_PAGE_TITLE = /^(?:trang tin|trang tin tuc|tin tuc|tin tuc su kien|tin tuc va su kien|chi tiet|chi tiet tin|chi tiet tin tuc|chi tiet bai viet|chi tiet van ban|van ban|van ban chi dao dieu hanh|chi tiet thong bao|thong bao|xem tin|tin bai|bai viet|news|news detail|article|article detail|home|trang chu)$/;

/** Headings that name a page region, not an article. */
const GENERIC_HEADING = /^(menu|navigation|search|suchen|tim kiem|main menu|home|trang chu|comments?|related|share|footer|sidebar|conversation|sign in|log in|newsletter)$/;

/** True when metadata title `m` (`stripped`: without its site name) is the heading (key `k`) itself, or it plus site-name/kicker segments. */
function agree(k: string, m: string, stripped: string): boolean {
  const mk = looseKey(m);
  if (!mk) return false;
  if (mk === k) return true;
  const sk = looseKey(stripped);
  if (sk === k) return true;
  const segs = titleSegments(m).map(looseKey);
  if (k.length >= 10 && segs.some((seg) => seg === k)) return true;
  // a short headline before a shorter suffix (`Test Post : test`, the forum or board name)
  if (k.length >= 6 && segs.length === 2 && segs[0] === k && segs[1].length < k.length) return true;
  // the title with the site name after a separator we do not know (`Headline | Paper`)
  if (k.length >= 15 && mk.startsWith(k) && segs.length > 1 && looseKey(segs[0]).length <= k.length) return true;
  // the displayed heading without a short tail the declared title adds (`Headline (2021/5)`)
  if (k.length >= 15 && mk.startsWith(k) && mk.length - k.length <= 16) return true;
  // a shortened declared title (`Headline` for `Headline: a longer heading`), site name trimmed first
  if (sk.length >= 15 && k.startsWith(sk) && sk.length >= k.length * 0.5) return true;
  // one word more, less or misspelt (`VW-Chef Diess warnt…` for `VW-Chef warnt…`, mojibake `NPCÂ´s`)
  return [sk, ...segs].some((x) => nearlySame(k, x));
}

/** Keys of five words or more that differ by one word added, dropped, or spelt with a shared stem (no numbers). */
function nearlySame(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const dx = x.slice(i, x.length - j);
  const dy = y.slice(i, y.length - j);
  if (dx.length + dy.length === 0) return true;
  if (dx.some((w) => /\d/.test(w)) || dy.some((w) => /\d/.test(w))) return false;
  if (dx.length + dy.length === 1) return true;
  return dx.length === 1 && dy.length === 1 && dx[0].slice(0, 3) === dy[0].slice(0, 3) && Math.min(dx[0].length, dy[0].length) >= 3;
}

/** The registrable label of a host: `syt.taynguyet.gov.vn` → `taynguyet`, `www.bbc.co.uk` → `bbc`. */
export function hostMainLabel(host: string): string {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const second = labels[labels.length - 2];
  if (labels.length >= 3 && /^(?:gov|com|org|net|edu|co|ac|info|int|mil|nic|health|name|biz|pro)$/.test(second)) return labels[labels.length - 3];
  return second;
}

/** Site-name spellings from the host: `boersen-zeitung.de` → `boersen-zeitung`, `boersen zeitung`. */
function hostNames(host: string): string[] {
  const h = host.replace(/^www\d?\./, '').replace(/^m\./, '');
  if (!h) return [];
  const main = hostMainLabel(h);
  return [h, main, main.replace(/-/g, ' ')].filter((x) => x.length >= 3);
}

const headingMemo = new WeakMap<PageModel, Line[]>();

/** Heading-like lines: h1–h3, and elements named like titles, in document order (capped; worked out once per page). */
export function headingLines(model: PageModel): Line[] {
  const hit = headingMemo.get(model);
  if (hit) return hit;
  const out: Line[] = [];
  headingMemo.set(model, out);
  for (const l of model.lines) {
    if (out.length >= 200) break;
    if (l.text.length > 400 || l.text.length < 2) continue;
    if (isHeadingLine(l)) out.push(l);
  }
  return out;
}

/** A line shown as a heading or in an element whose class/itemprop says title. */
function isHeadingLine(l: Line): boolean {
  const tag = l.block.tag;
  if (tag === 'h1' || tag === 'h2' || tag === 'h3') return true;
  for (let a: typeof l.block | null = l.block, n = 0; a && n < 3; a = a.parent, n++) {
    if (a.cid && /tit|head|tieu/.test(a.cid) && TITLE_CLASS.test(a.cid)) return true;
    if (n === 0 && /headline|name/i.test(a.el.getAttribute?.('itemprop') ?? '')) return true;
  }
  return false;
}

/** Whole lines inside an inline element named like a title (`<a class="title">`), in document order (capped). */
function inlineTitleLines(model: PageModel): Line[] {
  const out: Line[] = [];
  const limit = Math.min(model.lines.length, 3000);
  for (let i = 0; i < limit && out.length < 50; i++) {
    const l = model.lines[i];
    if (l.text.length > 150 || l.text.length < 2) continue;
    const first = l.nodes.find((t) => t.data.trim());
    const p = first?.parentElement;
    if (!p || p === l.block.el) continue;
    const cls = attr(p, 'class').toLowerCase();
    if (cls && /tit|head|tieu/.test(cls) && TITLE_CLASS.test(cls) && cleanText(rawText(p, 400)).length >= l.text.length) out.push(l);
  }
  return out;
}

/** Page regions whose short bold lines are never the article's title. */
const CHROME_CLASS = /menu|\bnav|footer|sidebar|related|lienquan|tinkhac|tin-khac|banner|logo|header-top|topbar|breadcrumb|widget|\bbox-|copyright/;
const DATE_SHAPE = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+(?:tháng\s+\d{1,2}|[a-zäöüé]{3,9}\.?\s+\d{4})/iu;

/**
 * Pages without an h1 (old table layouts, print views): the first heading-like line — an h2/h3,
 * an element named like a title (`<span class="TieuDe">`), or a short line wholly in bold or large
 * type — that a date line or the first long paragraph follows within a few lines.
 */
function placedTitleLine(model: PageModel, headings: Line[], siteKeys: Set<string>): Line | null {
  const candidates = new Set<Line>([...headings, ...inlineTitleLines(model)]);
  const limit = Math.min(model.lines.length, 3000);
  for (let i = 0; i < limit; i++) {
    const l = model.lines[i];
    // cheap tests first: most lines are long paragraphs or links
    if (l.text.length < 10 || l.text.length > 250 || l.linkLen > 0) continue;
    if (!candidates.has(l) && !looksLikeTitle(l)) continue;
    if (siteKeys.has(looseKey(l.text)) || inChrome(l) || (DATE_SHAPE.test(l.text) && l.text.length < 40)) continue;
    for (let j = i + 1; j < Math.min(limit, i + 5); j++) {
      const n = model.lines[j];
      // another heading in between: this one heads something else (a sidebar box)
      if (n.linkLen === 0 && n.text.length >= 10 && (candidates.has(n) || looksLikeTitle(n)) && !DATE_SHAPE.test(n.text)) break;
      if (j <= i + 3 && n.text.length <= 80 && n.linkLen < n.text.length * 0.5 && DATE_SHAPE.test(n.text)) return l;
      if (n.text.length >= 150 && n.linkLen < n.text.length * 0.2) return l;
    }
  }
  return null;
}

/** A short line wholly in bold, large or heading-styled type (`<font size="4"><b>…</b></font>`). */
function looksLikeTitle(l: Line): boolean {
  if (l.text.length < 10 || l.text.length > 250 || /[.:]$/.test(l.text)) return false;
  let seen = 0;
  for (const node of l.nodes) {
    if (!node.data.trim()) continue;
    seen++;
    let styled = false;
    for (let p = node.parentNode, n = 0; p && p.nodeType === 1 && n < 6; p = p.parentNode, n++) {
      const el = p as Element;
      const tag = (el.localName || el.tagName || '').toLowerCase();
      const style = (el.getAttribute?.('style') ?? '').toLowerCase();
      if (tag === 'b' || tag === 'strong' || (tag === 'font' && Number(el.getAttribute?.('size')) >= 4)) styled = true;
      else if (/font-weight\s*:\s*(bold|[6-9]00)|font-size\s*:\s*(1[6-9]|[2-4]\d)px/.test(style)) styled = true;
      if (styled || el === l.block.el) break;
    }
    if (!styled) return false;
  }
  return seen > 0;
}

function inChrome(l: Line): boolean {
  for (let a: typeof l.block | null = l.block, n = 0; a && n < 8; a = a.parent, n++) {
    if (a.tag === 'nav' || a.tag === 'footer' || a.tag === 'aside' || a.tag === 'header') return true;
    if (a.cid && CHROME_CLASS.test(a.cid)) return true;
  }
  return false;
}

function findLine(headings: Line[], model: PageModel, text: string): Line | null {
  const k = looseKey(text);
  if (!k) return null;
  const h = headings.find((l) => looseKey(l.text) === k);
  if (h) return h;
  const limit = Math.min(model.lines.length, 20_000);
  for (let i = 0; i < limit; i++) {
    const l = model.lines[i];
    if (l.text.length <= text.length * 1.5 + 10 && looseKey(l.text) === k) return l;
  }
  return null;
}
