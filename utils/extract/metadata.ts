/**
 * Machine-readable metadata a page declares about itself: JSON-LD, `<meta>` (Open Graph, Dublin
 * Core, article:*, itemprop), canonical links and the document language. Newspapers fill these;
 * most government portals do not, so every consumer treats them as one source among others.
 */
import { attr, queryAll, rawText } from './dom';
import { cleanText } from './text';

/** The article-like JSON-LD object we found, reduced to the fields we use. */
export interface JsonLdArticle {
  type: string;
  headline: string;
  datePublished: string;
  dateModified: string;
  authors: string[];
  publisher: string;
  inLanguage: string;
  url: string;
}

export interface PageMetadata {
  /** Every `<meta>` value by lower-cased name/property/itemprop, in document order. */
  meta: Map<string, string[]>;
  jsonLd: JsonLdArticle | null;
  /** Site names from JSON-LD WebSite/Organization objects. */
  jsonLdSiteNames: string[];
  canonical: string | null;
  /** Primary language subtag (`vi`, `en`). */
  lang: string;
  /** The declared tag as written (`en-GB`), for date order. */
  langTag: string;
  titleTag: string;
}

const ARTICLE_TYPES = /(article|posting|^report|^webpage|^itempage|^creativework|^medicalwebpage|^pressrelease|^howto|^recipe|^videoobject|^review|^newsarticle|^blog)$/;
const MAX_JSONLD = 1_000_000;

/** Head elements, when the caller already collected them (the page model does). */
export interface HeadElements {
  metas: Element[];
  links: Element[];
  jsonScripts: Element[];
  titleEl: Element | null;
}

/** Reads all metadata once. */
export function readMetadata(doc: Document, head?: HeadElements): PageMetadata {
  const h: HeadElements = head ?? {
    metas: queryAll(doc, 'meta'),
    links: queryAll(doc, 'link[rel]'),
    jsonScripts: queryAll(doc, 'script[type]'),
    titleEl: queryAll(doc, 'title')[0] ?? null,
  };
  const meta = new Map<string, string[]>();
  for (const m of h.metas) {
    const content = attr(m, 'content') || attr(m, 'value');
    if (!content) continue;
    // `property="dc:creator twitter:site_name"` names two properties at once
    for (const key of [attr(m, 'property'), attr(m, 'name'), attr(m, 'itemprop'), attr(m, 'http-equiv')].join(' ').toLowerCase().split(/\s+/)) {
      if (!key) continue;
      const list = meta.get(key);
      if (list) list.push(content);
      else meta.set(key, [content]);
    }
  }
  const { article, siteNames } = readJsonLd(h.jsonScripts);
  let canonical: string | null = null;
  for (const l of h.links) {
    if (/(^|\s)canonical(\s|$)/i.test(attr(l, 'rel')) && attr(l, 'href')) {
      canonical = attr(l, 'href').trim();
      break;
    }
  }
  if (!canonical) canonical = meta.get('og:url')?.[0]?.trim() || null;
  const html = doc.documentElement;
  const lang =
    attr(html, 'lang') || attr(html, 'xml:lang') || meta.get('content-language')?.[0] || meta.get('og:locale')?.[0] || meta.get('language')?.[0] || article?.inLanguage || '';
  const titleEl = h.titleEl;
  return {
    meta,
    jsonLd: article,
    jsonLdSiteNames: siteNames,
    canonical,
    lang: normaliseLang(lang),
    langTag: lang.trim(),
    titleTag: titleEl ? cleanText(rawText(titleEl, 2000)) : '',
  };
}

/** `vi_VN`, `vi-vn`, `VI` → `vi`: the primary language subtag, which is what the UI and search need. */
export function normaliseLang(raw: string): string {
  const m = /^\s*([a-z]{2,3})(?![a-z])/i.exec(raw ?? '');
  return m ? m[1].toLowerCase() : '';
}

/** First non-empty meta value among `keys`. */
export function metaValue(md: PageMetadata, keys: string[]): { key: string; value: string } | null {
  for (const k of keys) {
    const v = md.meta.get(k)?.find((x) => x.trim());
    if (v) return { key: k, value: v.trim() };
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // common breakage: CDATA wrappers, raw control characters inside strings, trailing commas, HTML comments
    const fixed = text
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
      .replace(/^\s*<!--|-->\s*$/g, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(fixed);
    } catch {
      return null;
    }
  }
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['@value'] ?? o.name ?? '');
  }
  return '';
}

/** Names from a JSON-LD author value (string, Person, Organization, or arrays of them). */
function namesOf(v: unknown, depth = 0): string[] {
  if (depth > 3 || v == null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x, depth + 1));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const name = str(o.name) || [str(o.givenName), str(o.familyName)].filter(Boolean).join(' ');
    return name ? [name] : [];
  }
  return [];
}

function collectObjects(v: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || out.length > 200 || v == null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectObjects(x, out, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) collectObjects(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') collectObjects(o.mainEntity, out, depth + 1);
}

function readJsonLd(scripts: Element[]): { article: JsonLdArticle | null; siteNames: string[] } {
  const objects: Record<string, unknown>[] = [];
  for (const s of scripts) {
    if (!/ld\+json/i.test(attr(s, 'type'))) continue;
    const text = rawText(s, MAX_JSONLD);
    if (!text.trim()) continue;
    collectObjects(parseJson(text), objects);
  }
  const siteNames: string[] = [];
  let best: { o: Record<string, unknown>; type: string; rank: number } | null = null;
  for (const o of objects) {
    const types = typesOf(o);
    if (types.includes('website') || types.includes('organization') || types.includes('newsmediaorganization')) {
      const n = str(o.name);
      if (n) siteNames.push(cleanText(n));
    }
    const type = types.find((t) => ARTICLE_TYPES.test(t));
    if (!type) continue;
    // real article types beat WebPage-like ones; an object with a date beats one without
    const rank =
      (/article|posting|report|pressrelease|review/.test(type) ? 4 : 0) +
      (o.datePublished ? 2 : 0) +
      (o.headline ? 1 : 0) +
      (o.author ? 1 : 0);
    if (!best || rank > best.rank) best = { o, type, rank };
  }
  if (!best) return { article: null, siteNames };
  const o = best.o;
  const pub = o.publisher as Record<string, unknown> | undefined;
  return {
    article: {
      type: best.type,
      headline: cleanText(str(o.headline) || (best.rank >= 4 ? str(o.name) : '')),
      datePublished: str(o.datePublished) || str(o.dateCreated) || str(o.uploadDate),
      dateModified: str(o.dateModified),
      authors: namesOf(o.author ?? o.creator).map(cleanText).filter(Boolean),
      publisher: cleanText(pub && typeof pub === 'object' ? str(pub.name) : str(pub)),
      inLanguage: str(o.inLanguage),
      url: str(o.url) || str((o.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']),
    },
    siteNames,
  };
}
