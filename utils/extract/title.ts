/**
 * The article title: metadata titles (JSON-LD headline, og:title…) cross-checked with the page's
 * headings, with the site name trimmed off. Portals often put the site name in `<title>` and an
 * `<h1>` banner, so a heading only wins when it agrees with metadata or sits where a title sits.
 */
import type { PageMetadata } from './metadata';
import { metaValue } from './metadata';
import type { Line, PageModel } from './page';
import { cleanText, looseKey } from './text';

export interface TitleResult {
  text: string;
  source: string;
  confidence: number;
  /** The page line showing the title, when found. */
  line: Line | null;
}

const SEPARATORS = /\s+[|\-–—:·•»«/\\]{1,2}\s+|\s+::\s+|\s*\|\s*/;
const TITLE_CLASS = /(^|[\s_-])(title|headline|heading|tieude|tieu-de|tit)([\s_-]|$)|article-title|entry-title|post-title|news-title|detail-title|title-detail|titledetail|newstitle/;

/** Splits `Title | Site` / `Site - Title` into segments. */
export function titleSegments(s: string): string[] {
  return s.split(SEPARATORS).map((x) => x.trim()).filter(Boolean);
}

/** Removes a site-name prefix or suffix from a title string. */
export function stripSiteName(title: string, siteNames: string[]): string {
  let t = cleanText(title);
  const keys = siteNames.map(looseKey).filter((k) => k.length >= 2);
  if (!keys.length) return t;
  for (let pass = 0; pass < 2; pass++) {
    const segs = t.split(SEPARATORS);
    if (segs.length < 2) break;
    const seps = t.match(new RegExp(SEPARATORS.source, 'g')) ?? [];
    const last = looseKey(segs[segs.length - 1]);
    const first = looseKey(segs[0]);
    const isSite = (k: string): boolean => keys.some((s) => k === s || (k.length > 3 && (s.includes(k) || k.includes(s)) && Math.min(k.length, s.length) / Math.max(k.length, s.length) > 0.5));
    if (isSite(last)) {
      const sep = seps[seps.length - 1] ?? ' ';
      t = t.slice(0, t.lastIndexOf(sep)).trim();
    } else if (isSite(first)) {
      t = t.slice(t.indexOf(seps[0] ?? ' ') + (seps[0]?.length ?? 0)).trim();
    } else break;
  }
  return t;
}

/** Finds the title. `siteNames` are candidate site names for trimming. */
export function findTitle(model: PageModel, md: PageMetadata, siteNames: string[]): TitleResult {
  const metaTitles: Array<{ text: string; source: string }> = [];
  if (md.jsonLd?.headline) metaTitles.push({ text: md.jsonLd.headline, source: 'json-ld' });
  for (const key of ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'parsely-title', 'sailthru.title', 'title']) {
    const v = metaValue(md, [key]);
    if (v) metaTitles.push({ text: cleanText(v.value), source: `meta:${key}` });
  }
  if (md.titleTag) metaTitles.push({ text: md.titleTag, source: 'title-tag' });

  const headings = headingLines(model);
  const metaKeys = metaTitles.map((m) => ({ ...m, key: looseKey(m.text), stripped: looseKey(stripSiteName(m.text, siteNames)) }));

  // 1. a heading that a metadata title agrees with (exactly, or as the title minus the site name)
  for (const h of headings) {
    const k = looseKey(h.text);
    if (k.length < 2) continue;
    const siteLike = siteNames.some((s) => looseKey(s) === k);
    if (siteLike) continue;
    const agree = metaKeys.find((m) => m.key === k || m.stripped === k || (k.length >= 10 && titleSegments(m.text).some((seg) => looseKey(seg) === k)));
    if (agree) return { text: h.text, source: `heading:${h.block.tag}`, confidence: 0.95, line: h };
  }
  // 2. metadata title, site name trimmed; prefer a heading that contains it or that it contains
  const primary = metaKeys.find((m) => m.source !== 'title-tag' && m.stripped.length >= 2);
  if (primary) {
    const text = stripSiteName(primary.text, siteNames);
    const line = findLine(headings, model, text);
    return { text, source: primary.source, confidence: 0.85, line };
  }
  // 3. the main heading when there is one clear candidate
  const h1s = headings.filter((h) => h.block.tag === 'h1' && !siteNames.some((s) => looseKey(s) === looseKey(h.text)));
  const titleTag = md.titleTag;
  if (titleTag) {
    const segs = titleSegments(titleTag);
    for (const h of headings) {
      const k = looseKey(h.text);
      if (k.length >= 8 && segs.some((s) => looseKey(s).includes(k) || (looseKey(s).length >= 8 && k.includes(looseKey(s))))) {
        return { text: h.text, source: `heading:${h.block.tag}`, confidence: 0.8, line: h };
      }
    }
  }
  if (h1s.length === 1 && h1s[0].text.length >= 8) return { text: h1s[0].text, source: 'heading:h1', confidence: 0.7, line: h1s[0] };
  if (titleTag) {
    const text = stripSiteName(titleTag, siteNames);
    const segs = titleSegments(text);
    const chosen = segs.length > 1 ? segs.reduce((a, b) => (b.length > a.length ? b : a)) : text;
    return { text: chosen, source: 'title-tag', confidence: 0.5, line: findLine(headings, model, chosen) };
  }
  const anyHeading = headings.find((h) => h.text.length >= 8);
  if (anyHeading) return { text: anyHeading.text, source: `heading:${anyHeading.block.tag}`, confidence: 0.4, line: anyHeading };
  return { text: '', source: 'none', confidence: 0, line: null };
}

/** Heading-like lines: h1–h3, and elements named like titles, in document order (capped). */
export function headingLines(model: PageModel): Line[] {
  const out: Line[] = [];
  for (const l of model.lines) {
    if (out.length >= 200) break;
    if (l.text.length > 400 || l.text.length < 2) continue;
    if (isHeadingLine(l)) out.push(l);
  }
  return out;
}

/** A line shown as a heading or in an element whose class/itemprop says title. */
export function isHeadingLine(l: Line): boolean {
  const tag = l.block.tag;
  if (tag === 'h1' || tag === 'h2' || tag === 'h3') return true;
  for (let a: typeof l.block | null = l.block, n = 0; a && n < 3; a = a.parent, n++) {
    if (a.cid && TITLE_CLASS.test(a.cid)) return true;
    if (n === 0 && /headline|name/i.test(a.el.getAttribute?.('itemprop') ?? '')) return true;
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
