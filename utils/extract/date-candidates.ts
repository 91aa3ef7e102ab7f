/**
 * Which date is the publication date: collects candidates from metadata, `<time>` elements, the
 * URL and short date lines near the title, drops decoys (today widgets, calendars, related lists,
 * footers, dates inside body sentences) and ranks the rest. Modified and event dates are kept apart.
 */
import type { DateCandidate, EventDate } from '../model';
import { attr, rawText } from './dom';
import type { DateParseOptions, ParsedDate } from './dates';
import { findDates, foldSameLength, parseMachineDate } from './dates';
import type { PageMetadata } from './metadata';
import { metaValue } from './metadata';
import type { ElInfo, Line, PageModel } from './page';
import { contains } from './page';
import { cleanText, stripDiacritics, wordCount } from './text';

/** A ranked candidate with the node it was read from (for the page to mark). */
export interface DateFound extends DateCandidate {
  /** 'published' or 'modified' (a candidate labelled as an update). */
  kind: 'published' | 'modified';
  /** The element the date was read from, when it came from the page body. */
  element: Element | null;
  /** Same-day support from other sources (used in ranking). */
  support: number;
}

export interface DateResult {
  published: DateFound | null;
  modified: DateFound | null;
  candidates: DateFound[];
  eventDates: EventDate[];
}

export interface DateContext {
  model: PageModel;
  md: PageMetadata;
  url: string;
  titleLine: Line | null;
  /** Kept body lines (reading order). */
  bodyLines: Line[];
  vietnamese: boolean;
  dayFirst: boolean;
  /** Elements a site profile names as the date line's (a date line inside one ranks higher). */
  profileDates?: ElInfo[];
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'published_time',
  'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publication-date',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'article_date_original', 'original-publish-date', 'cxenseparse:recs:publishtime',
  'bt:pubdate', 'rnews:datepublished', 'citation_publication_date', 'citation_date', 'prism.publicationdate',
  'shareaholic:article_published_time', 'vr:published_time', 'date.published', 'og:pubdate', 'article.created',
  'datecreated', 'created', 'timestamp', 'ga_pubdate', 'itemprop:datepublished',
];
const GENERIC_META = ['date', 'dc.date', 'dcterms.date', 'dc:date', 'pub_date', 'displaydate', 'article_date', 'content_date', 'search_date', 'last-modified'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'lastmod', 'article.updated', 'modified', 'updated_time', 'revised'];

/** Labels before a publication date in the languages we meet (diacritics stripped, lower case). */
const PUB_LABEL = /(ngay dang|dang ngay|ngay xuat ban|thoi gian dang|ngay ban hanh|ngay phat hanh|xuat ban|dang luc|dang tai|published|posted|first published|publication date|date published|released|veroffentlicht|erschienen|publie|publicado|publicada|publicato|pubblicato|gepubliceerd|opublikowano|ngay:|date:|datum:|fecha:)/;
const MOD_LABEL = /(cap nhat|updated|update:|last modified|modified|aktualisiert|geandert|mis a jour|mise a jour|actualizado|actualizada|aggiornato|bijgewerkt|zaktualizowano|edited)/;
const EVENT_PREPOSITION = /(?:^|[\s(])(?:zum|bis|ab|seit|vom|until|till|from|since|by|before|after|a partir du|jusqu'au|jusqu'a|desde|hasta|fino al|vanaf)\s+$/;
const TODAY_LABEL = /(hom nay|today is|today:|heute ist|aujourd'hui|hoy es)/;
const WEEKDAY_LINE = /^(thu (hai|ba|tu|nam|sau|bay)|chu nhat|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/;
const DECOY_TAGS = new Set(['header', 'nav', 'footer', 'aside', 'menu', 'marquee']);
const DECOY_CLASS = /calendar|\blich|today|weather|thoitiet|clock|\bnav\b|navbar|menu|footer|sidebar|related|relate|lienquan|tinkhac|tin-khac|other|more-news|morenews|tinmoi|latest|popular|most-|trending|recommend|comment|breadcrumb|ticker|marquee|tinnoibat|tin-noi-bat|noibat|noi-bat|hotnews|hot-news|breaking|banner|topbar|top-bar|header-top|\bheader\b|copyright|counter|list-news|news-list|listnews|newslist|box-news|teaser|promo|sponsor|outbrain|taboola|newsletter|subscribe|cookie/;
const SAFE_CLASS = /article|entry|post|story|detail|chitiet|noidung|content-header|article-header|meta|byline|dateline|publish|date|time|ngay/;
const RELATED_HEADING = /^(tin lien quan|cac tin khac|tin khac|tin cung chuyen muc|cac tin cung chuyen muc|tin moi|tin moi nhat|bai viet lien quan|bai lien quan|xem them|doc them|tin da dua|cac bai viet khac|tin bai khac|related|related (articles|stories|news|posts|content|coverage)|more (from|stories|news|on|in)|read (more|next)|you (may|might) (also )?like|recommended|most (read|popular|viewed)|popular|trending|latest (news|stories)|top stories|weitere artikel|mehr zum thema|das konnte sie auch interessieren|lire aussi|a lire aussi|sur le meme sujet|leer mas|tambien te puede interesar|noticias relacionadas|articoli correlati|leggi anche|zie ook)\b/;

/** The header's "today is …" widget line (`Hôm nay: Thứ hai, 13/01/2025`): a label and a date, nothing else. */
export function isTodayLine(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  const f = fold(text);
  return /^\W*(?:hom nay|today is|today|heute ist|heute|aujourd'hui|hoy es)\b/.test(f) && findDates(text, { vietnamese: true, dayFirst: true }).some((d) => d.hasYear);
}

const MIN_PUBLISHED_SCORE = 0.5;
/** A title attribute that starts with an ISO date-time. */
const ISO_TITLE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Collects, scores and ranks dates on the page. */
export function rankDates(ctx: DateContext): DateResult {
  const { model, md } = ctx;
  const opts: DateParseOptions = { dayFirst: ctx.dayFirst, vietnamese: ctx.vietnamese, minYear: 1990, maxYear: 2100 };
  const cands: DateFound[] = [];
  const add = (p: ParsedDate | null, source: string, score: number, kind: DateFound['kind'], element: Element | null = null, text?: string): void => {
    if (!p) return;
    cands.push({ iso: p.iso, text: text ?? p.text, source, score, kind, element, support: 0 });
  };

  // structured sources
  if (md.jsonLd?.datePublished) add(parseMachineDate(md.jsonLd.datePublished, opts), 'json-ld', 0.95, 'published');
  if (md.jsonLd?.dateModified) add(parseMachineDate(md.jsonLd.dateModified, opts), 'json-ld:dateModified', 0.9, 'modified');
  for (const key of PUBLISHED_META) {
    const v = metaValue(md, [key]);
    if (v) add(parseMachineDate(v.value, opts), `meta:${key}`, key === 'timestamp' || key === 'created' ? 0.7 : 0.9, 'published');
  }
  for (const key of GENERIC_META) {
    const v = metaValue(md, [key]);
    if (v) add(parseMachineDate(v.value, opts), `meta:${key}`, key === 'last-modified' ? 0.45 : 0.75, 'published');
  }
  for (const key of MODIFIED_META) {
    const v = metaValue(md, [key]);
    if (v) add(parseMachineDate(v.value, opts), `meta:${key}`, 0.85, 'modified');
  }

  const decoy = makeDecoyTest(model, ctx.titleLine?.index ?? -1);
  const anchor = anchorIndex(ctx);
  const bodyStart = ctx.bodyLines[0]?.index ?? anchor;
  const bodyEnd = ctx.bodyLines.length ? ctx.bodyLines[ctx.bodyLines.length - 1].index : anchor;

  // the page's only datePublished, in the lines just under the title, is the article's own even when
  // the CMS names its wrapper like a list (TYPO3's news detail reuses `news-list-date`)
  const publishedProps = model.infos.filter((i) => /datepublished/.test(i.prop));
  const titleIndex = ctx.titleLine?.index ?? -1;
  const underTitle = (info: ElInfo): boolean => publishedProps.length === 1 && publishedProps[0] === info && titleIndex >= 0 && info.firstLine > titleIndex && info.firstLine <= titleIndex + 6;

  // a page with a single machine-readable <time> (a post on X, a forum item) dates itself with it
  const onlyTime = model.infos.filter((i) => i.tag === 'time' && i.el.hasAttribute?.('datetime')).length === 1;

  // itemprop / <time> elements in the page
  for (const info of model.infos) {
    const prop = info.prop;
    const inlineTag = info.tag.includes('-') || info.tag === 'span' || info.tag === 'abbr';
    // `<span class="age" title="2025-06-15T12:00:00 1750000000">1 day ago</span>` (Hacker News and other forums)
    const titledIso = inlineTag && ISO_TITLE.test(attr(info.el, 'title'));
    const isTime = info.tag === 'time' || (inlineTag && info.el.hasAttribute?.('datetime')) || titledIso;
    if (!isTime && !/date(published|created|modified)|uploaddate/.test(prop) && !(info.tag === 'abbr' && /published/.test(info.cid))) continue;
    const el = info.el;
    const raw = attr(el, 'datetime') || attr(el, 'content') || (titledIso ? attr(el, 'title').split(/\s+/)[0] : attr(el, 'title')) || rawText(el, 300);
    let p = parseMachineDate(raw, opts);
    if (!p) p = findDates(cleanText(rawText(el, 300)), opts)[0] ?? null;
    if (!p) continue;
    const shown = cleanText(rawText(el, 300));
    const text = shown && findDates(shown, opts).length ? shown : raw;
    const where = positionScore(info.firstLine, anchor, bodyStart, bodyEnd);
    const inDecoy = decoy(info) && !underTitle(info);
    const modified = /modified/.test(prop) || /updat|modif/.test(info.cid) || MOD_LABEL.test(fold(textBefore(model, info, shown)));
    if (/datepublished|datecreated/.test(prop)) add(p, `itemprop:${prop}`, inDecoy ? 0.3 : 0.88, 'published', el, text);
    else if (/datemodified/.test(prop)) add(p, 'itemprop:datemodified', 0.8, 'modified', el, text);
    else if (el.hasAttribute?.('pubdate')) add(p, 'time[pubdate]', 0.9, 'published', el, text);
    else if (!inDecoy) {
      // not above a shown title, though: that is where "today is …" widgets sit
      const lone = onlyTime && info.tag === 'time' && !(titleIndex >= 0 && info.firstLine < titleIndex - 4);
      add(p, 'time', Math.max(lone ? 0.6 : 0.2, 0.55 + where), modified ? 'modified' : 'published', el, text);
    }
  }

  // the first element a site profile names for the date, from the title to just past the body's end
  // (its `.date` selector also matches the dates of a related list further down)
  const profileDate = ctx.profileDates?.find((e) => e.firstLine >= anchor - 4 && e.firstLine <= bodyEnd + 8) ?? null;

  // short date lines near the title
  const lo = Math.max(0, Math.min(anchor, bodyStart) - 40);
  const hi = Math.min(model.lines.length, Math.max(anchor, bodyStart) + 60);
  let seen = 0;
  for (let i = lo; i < hi && seen < 400; i++) {
    const line = model.lines[i];
    seen++;
    if (line.text.length > 300 || !/\d/.test(line.text)) continue;
    const found = findDates(line.text, opts).filter((d) => d.hasYear);
    if (!found.length) continue;
    const f = fold(line.text);
    if (TODAY_LABEL.test(f)) continue;
    if (decoy(line.block, i)) continue;
    // one of a run of `<a>Other article</a> (12/01/2024)` items: a list of other articles, named or not
    if (linkedDated(line) && (linkedDated(model.lines[i - 1]) || linkedDated(model.lines[i + 1]))) continue;
    const nonLink = line.text.length - line.linkLen;
    const dateWords = found.reduce((n, d) => n + wordCount(d.text), 0);
    for (const d of found) {
      // a date inside a link belongs to another article (a list, a "TIN NỔI BẬT" ticker)
      if (nonLink < d.text.length * 0.7 && line.linkLen > line.text.length * 0.5) continue;
      if (line.linkLen >= d.text.length && linksAnotherArticle(line, d.text)) continue;
      const before = f.slice(Math.max(0, d.index - 40), d.index);
      // a date opening or inside a sentence (`Ngày 14/9/2023, UBND xã … tổ chức …`) is an event, not a date line
      // the nearest label governs: `Ngày đăng: 03/04/2023 | Cập nhật: 05/04/2023`
      const pubAt = lastMatch(PUB_LABEL, before);
      const modAt = lastMatch(MOD_LABEL, before);
      const labelled = pubAt >= 0 || modAt >= 0;
      // the line's other dates are not prose (`… 06:00 Số lượt xem: 88 - Cập nhật: 02/01/2016 16:05`)
      const otherWords = wordCount(line.text) - dateWords;
      if (!labelled && (otherWords > 10 || (line.text.length > 120 && d.index > 20))) continue;
      // a date a sentence points to (`mit Wirkung zum 1.9.2015 … bestellt`, `until 3 May`) is an event
      if (!labelled && otherWords >= 3 && EVENT_PREPOSITION.test(before)) continue;
      const share = d.text.length / line.text.length;
      let score = 0.5 + positionScore(i, anchor, bodyStart, bodyEnd);
      const labelPub = pubAt > modAt;
      const labelMod = modAt > pubAt;
      if (labelPub) score += 0.2;
      if (share > 0.5) score += 0.05;
      if (d.hasTime) score += 0.05;
      if (line.block.cid && /date|time|publish|ngay|thoigian|meta|byline/.test(line.block.cid)) score += 0.05;
      // the site's family is known and this is where it prints the date: as high as a date line goes
      // (metadata still ranks as before against it)
      if (profileDate && contains(profileDate, line.block)) score = 0.9;
      // a weekday-first date above the title: far above, or with no time of day, it is the header's
      // "today" widget (`Thứ năm, ngày 28 tháng 3 năm 2024`), not the article's date line
      if (WEEKDAY_LINE.test(f) && i < anchor && !labelled) score -= d.hasTime ? (i < anchor - 3 ? 0.2 : 0) : 0.3;
      else if (WEEKDAY_LINE.test(f) && i < anchor - 3) score -= 0.2;
      if (!labelPub && line.text.length > 80 && share < 0.3) score -= 0.15;
      add(d, labelMod && !labelPub ? 'text:modified-line' : labelPub ? 'text:labelled' : 'text:date-line', Math.min(0.9, score), labelMod && !labelPub ? 'modified' : 'published', line.block.el, dateLineText(line.text, d));
    }
  }

  // the URL
  const fromUrl = urlDate(ctx.url) ?? (md.canonical ? urlDate(md.canonical) : null);
  if (fromUrl) add(fromUrl, 'url', 0.7, 'published');

  // same-day agreement between sources
  const byDay = new Map<string, Set<string>>();
  for (const c of cands) {
    const k = c.iso.slice(0, 10);
    const fam = c.source.split(':')[0];
    byDay.set(k, (byDay.get(k) ?? new Set()).add(fam));
  }
  for (const c of cands) c.support = (byDay.get(c.iso.slice(0, 10))?.size ?? 1) - 1;

  const rank = (list: DateFound[]): DateFound[] =>
    list.map((c) => ({ ...c, score: Math.min(1, Math.round((c.score + 0.05 * Math.min(c.support, 3)) * 1000) / 1000) }))
      .sort((a, b) => b.score - a.score || (b.iso.length - a.iso.length));
  const pubs = rank(cands.filter((c) => c.kind === 'published'));
  const mods = rank(cands.filter((c) => c.kind === 'modified'));
  const top = pubs[0] && pubs[0].score >= MIN_PUBLISHED_SCORE ? pubs[0] : null;
  // a richer candidate for the same day (with a time) carries more information
  let published: DateFound | null = top
    ? pubs.find((c) => c.iso.slice(0, 10) === top.iso.slice(0, 10) && c.iso.length > top.iso.length && c.score >= top.score - 0.15) ?? top
    : null;
  // the visible text the date is read from (metadata may still give the more precise value)
  if (published) {
    const day = published.iso.slice(0, 10);
    const visible = pubs.filter((c) => c.iso.slice(0, 10) === day && c.element && c.text && !/^\d{4}-\d\d-\d\dT/.test(c.text));
    // a <time> element's own text is the most specific; otherwise the date line
    const shown = visible.find((c) => c.source === 'time' || c.source.startsWith('itemprop') || c.source === 'time[pubdate]') ?? visible.find((c) => c.source.startsWith('text:'));
    if (shown && shown !== published) published = { ...published, text: shown.text, element: shown.element };
  }
  let modified: DateFound | null = mods[0] ?? null;
  if (!published && modified && modified.source.startsWith('text:')) {
    // a lone "Cập nhật" line on a portal is the only date shown: it is the publication date
    published = { ...modified, kind: 'published', score: Math.min(modified.score, 0.6) };
    modified = null;
  }
  // a modification time equal to the publication time is no modification
  if (modified && published && sameInstant(modified.iso, published.iso)) modified = null;
  if (modified) {
    const day = modified.iso.slice(0, 10);
    const shown = mods.find((c) => c.iso.slice(0, 10) === day && c.element && c.text && !/^\d{4}-\d\d-\d\dT/.test(c.text));
    if (shown && shown !== modified) modified = { ...modified, text: shown.text, element: shown.element };
  }
  const candidates = dedupe([...pubs, ...mods]);
  const eventDates = findEventDates(ctx, published);
  return { published, modified, candidates, eventDates };
}

/** Same moment (`2025-10-22T19:25:52+07:00` vs `2025-10-22T12:25:52Z`), or the same string. */
function sameInstant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length <= 10 || b.length <= 10) return false;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return !Number.isNaN(ta) && ta === tb;
}

/** Labels and weekdays that belong to a date line, matched at the end of the text before the date. */
const LINE_PREFIX = /(?:^|[\s(|•·,:-])((?:ngay dang|dang ngay|ngay xuat ban|thoi gian dang|ngay cap nhat|cap nhat luc|cap nhat|dang luc|published on|published|posted on|posted|updated on|updated|first published|last updated|veroffentlicht am|veroffentlicht|aktualisiert am|aktualisiert|publie le|mis a jour le|publicado el|publicado|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b[\s:,.\-–|]*(?:ngay\s*)?[\s:,]*)$/;

/**
 * The date as the page shows it: the matched date widened to its label or weekday
 * (`Ngày đăng: …`, `Thứ hai - …`) and its brackets (`(15:32 | 22/01/2024)`), without counters after it.
 */
export function dateLineText(lineText: string, d: ParsedDate): string {
  let start = d.index;
  let end = d.index + d.text.length;
  const before = foldSameLength(lineText.slice(Math.max(0, start - 60), start));
  const offset = Math.max(0, start - 60);
  const m = LINE_PREFIX.exec(before);
  if (m) start = offset + m.index + m[0].length - m[1].length;
  if (lineText[start - 1] === '(' && lineText.indexOf(')', end) === end) {
    start--;
    end++;
  }
  return lineText.slice(start, end).trim();
}

function dedupe(list: DateFound[]): DateFound[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const k = `${c.kind}|${c.iso}|${c.source}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Whether the date is shown inside a link that also names something else (`<a>Tập huấn văn thư
 * (12/02/2024)</a>`: another article's title and date). A link that is only the date is a blog's
 * permalink to this post, and dates it.
 */
function linksAnotherArticle(line: Line, text: string): boolean {
  const links = new Map<Element, string>();
  for (const node of line.nodes) {
    for (let p = node.parentNode, n = 0; p && p !== line.block.el && n < 6; p = p.parentNode, n++) {
      if (p.nodeType === 1 && ((p as Element).localName || '').toLowerCase() === 'a') {
        links.set(p as Element, (links.get(p as Element) ?? '') + node.data);
        break;
      }
    }
  }
  for (const linked of links.values()) {
    const t = cleanText(linked);
    if (t.includes(text) && wordCount(t) - wordCount(text) >= 3) return true;
  }
  return false;
}

/** A short line that is mostly a link and carries a full date: an item in a list of articles. */
function linkedDated(line: Line | undefined): boolean {
  return !!line && line.text.length <= 250 && line.linkLen > line.text.length * 0.5 && /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{4}-\d{2}-\d{2}/.test(line.text);
}

/** Where the last match of a pattern starts in a text, or -1. */
const GLOBAL = new Map<RegExp, RegExp>();
function lastMatch(re: RegExp, text: string): number {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'g')));
  g.lastIndex = 0;
  let at = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    at = m.index;
    if (m[0] === '') g.lastIndex++;
  }
  return at;
}

function fold(s: string): string {
  return stripDiacritics(s).toLowerCase();
}

/** Where the title is, in line indices (or where the body begins). */
function anchorIndex(ctx: DateContext): number {
  if (ctx.titleLine) return ctx.titleLine.index;
  if (ctx.bodyLines.length) return ctx.bodyLines[0].index;
  return 0;
}

/**
 * Score adjustment for a line's position: just under the title (before the body) is best, just
 * above it is fine, far above (header widgets) or after the body (related lists) is bad.
 */
function positionScore(index: number, anchor: number, bodyStart: number, bodyEnd: number): number {
  const d = index - anchor;
  if (d >= 0 && (index <= bodyStart + 2 || d <= 6)) return 0.25;
  if (d < 0 && d >= -4) return 0.15;
  if (d > 0 && index <= bodyStart + 8) return 0.1;
  if (d < -4 && d >= -10) return -0.05;
  if (d < -10) return -0.3;
  if (index > bodyEnd) return -0.25;
  return -0.1;
}

/** The words just before an element's text on its line (`Updated <time>…`). */
function textBefore(model: PageModel, info: ElInfo, shown: string): string {
  const l = model.lines[info.firstLine];
  if (!l) return '';
  const at = shown ? l.text.indexOf(shown) : -1;
  return at > 0 ? l.text.slice(Math.max(0, at - 30), at) : at === 0 ? '' : l.text.slice(0, 30);
}


/** A memoised test: is this block inside a region whose dates are never the article's? */
function makeDecoyTest(model: PageModel, titleIndex = -1): (info: ElInfo, at?: number) => boolean {
  const memo = new Map<ElInfo, boolean>();
  // a list of other articles never holds this article's title: a zone that reaches it stops there
  const relatedRanges = relatedZones(model).map(([s, e]): [number, number] => (titleIndex >= s && titleIndex < e ? [s, titleIndex] : [s, e]));
  const bigRegion = Math.max(40, model.lines.length * 0.5);
  // an article's own <header>/<footer> (inside <article>/<main>, or holding the title) is not page chrome
  const ownsArticle = (a: ElInfo): boolean => {
    if (titleIndex >= a.firstLine && titleIndex < a.lastLine) return true;
    for (let p = a.parent, n = 0; p && n < 30; p = p.parent, n++) if (p.tag === 'article' || p.tag === 'main' || p.role === 'main') return true;
    return false;
  };
  // `at`: the line in question, when a block holds several (`<br>`-split lists share one block)
  return (info: ElInfo, at = info.firstLine): boolean => {
    if (relatedRanges.some(([s, e]) => at >= s && at < e)) return true;
    const hit = memo.get(info);
    if (hit !== undefined) return hit;
    let result = false;
    for (let a: ElInfo | null = info, n = 0; a && n < 25; a = a.parent, n++) {
      const m = memo.get(a);
      if (m !== undefined) {
        result = m;
        break;
      }
      if ((a.tag === 'header' || a.tag === 'footer') && ownsArticle(a)) continue;
      if (DECOY_TAGS.has(a.tag) || a.role === 'navigation' || a.role === 'contentinfo' || a.role === 'banner' || a.role === 'complementary') {
        result = true;
        break;
      }
      // a region that holds the article's title is layout, whatever its name says
      // (as is one that holds most of the page: `layout-with-sidebar` wrappers)
      if (a.cid && DECOY_CLASS.test(a.cid) && !SAFE_CLASS.test(a.cid) && !(titleIndex >= a.firstLine && titleIndex < a.lastLine) && a.lastLine - a.firstLine < bigRegion) {
        result = true;
        break;
      }
    }
    memo.set(info, result);
    return result;
  };
}

/** Line ranges that follow a "Tin liên quan" / "Related" heading inside its section. */
function relatedZones(model: PageModel): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const l of model.lines) {
    if (l.text.length > 60) continue;
    const f = fold(l.text).replace(/[:\s»>›]+$/, '');
    if (!RELATED_HEADING.test(f)) continue;
    // a heading that shares its block with the list (`<td><b>Tin mới</b><br><a>…</a> (12/01/2024)<br>…</td>`) heads that block
    if (l.block.lastLine - l.block.firstLine > 1) {
      out.push([l.index + 1, l.block.lastLine]);
      continue;
    }
    let c = l.block.parent;
    while (c && c.parent && c.lastLine - c.firstLine <= 1) c = c.parent;
    if (c) out.push([l.index + 1, c.lastLine]);
  }
  return out;
}

/** A date in the URL path: `/2019/10/19/`, `/2019-10-19-`, `…-20191019.html`. */
export function urlDate(url: string): ParsedDate | null {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + (u.search.length < 200 ? u.search : '');
  } catch {
    /* not a URL: read it as a path */
  }
  path = path.slice(0, 1000);
  const m = /(?<![\d])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![\d])/.exec(path);
  if (m) return mk(Number(m[1]), Number(m[2]), Number(m[3]), m[0]);
  const c = /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4}|\d{6}|\d{9})?(?![\d])/.exec(path);
  if (c) return mk(Number(c[1]), Number(c[2]), Number(c[3]), c[0]);
  return null;
  function mk(y: number, mo: number, d: number, text: string): ParsedDate | null {
    const p = parseMachineDate(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    return p ? { ...p, text } : null;
  }
}

/** A quoted document's date: `Quyết định số 123/QĐ-UBND ngày …`, `Kế hoạch số 45/KH-UBND ngày …`. */
const DOCUMENT_DATE = /(?:số\s*\d+[\p{L}\d/.-]*|\d+\/[\p{Lu}Đ][\p{L}\d.-]*|(?:quyết định|kế hoạch|công văn|thông tư|nghị định|chỉ thị|nghị quyết|thông báo|văn bản|luật|tờ trình|báo cáo|hướng dẫn|công điện)(?=[\s,]|$)[^.;]{0,50}?)\s*(?:ban hành\s*)?ngày\s*$/iu;
/** Time-of-day cue before an event date, kept in its text (`Chiều ngày 17/7/2020`). */
const EVENT_CUE = /(?:^|[\s(,;])((?:rạng sáng|sáng|chiều|tối|trưa|đêm|hôm|ngày)(?:\s+ngày)?\s+)$/iu;

function eventText(lineText: string, d: ParsedDate): string {
  const m = EVENT_CUE.exec(lineText.slice(Math.max(0, d.index - 30), d.index));
  return m && !/^(?:sáng|chiều|tối|trưa|đêm|ngày)/iu.test(d.text) ? `${m[1]}${d.text}`.trim() : d.text;
}

/**
 * Dates mentioned in the body text (events): `Chiều ngày 17/7/2020` → 2020-07-17; a day/month
 * without a year takes the publication year, or the year before when that would put the event
 * months after publication.
 */
function findEventDates(ctx: DateContext, published: DateFound | null): EventDate[] {
  const pubYear = published ? Number(published.iso.slice(0, 4)) : undefined;
  const pubTime = published ? Date.parse(published.iso.slice(0, 10)) : NaN;
  const out: EventDate[] = [];
  const seen = new Set<string>();
  let scanned = 0;
  for (const line of ctx.bodyLines) {
    if (scanned > 200_000 || out.length >= 100) break;
    scanned += line.text.length;
    if (published && line.block.el === published.element && (!published.text || line.text.includes(published.text))) continue;
    for (const d of findDates(line.text, { dayFirst: ctx.dayFirst, vietnamese: ctx.vietnamese, defaultYear: pubYear, minYear: 1900 })) {
      const before = line.text.slice(Math.max(0, d.index - 80), d.index);
      if (DOCUMENT_DATE.test(before)) continue;
      // a line that is only a date (a date line, its print copy, "today is …") mentions no event,
      // nor does a labelled publication or update date (`Cập nhật: 02/01/2016`)
      if (wordCount(line.text) - wordCount(d.text) <= 3 && line.text.length < 80) continue;
      const label = fold(line.text.slice(Math.max(0, d.index - 40), d.index));
      if (line.text.length < 120 && (lastMatch(PUB_LABEL, label) >= 0 || lastMatch(MOD_LABEL, label) >= 0)) continue;
      let iso = d.iso.slice(0, 10);
      if (!d.hasYear && !Number.isNaN(pubTime)) {
        const t = Date.parse(iso);
        if (t - pubTime > 60 * 86_400_000) iso = `${d.year - 1}${iso.slice(4)}`;
      }
      const text = eventText(line.text, d);
      const key = `${iso}|${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ iso, text });
    }
  }
  return out;
}
