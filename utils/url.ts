/**
 * Page identity: one key per article however the user arrives (shared link with tracking tags,
 * mobile site, print view), so clips and highlights find their page again.
 */

/** The URL an article is stored under, and the other URLs known to show it. */
export interface PageIdentity {
  /** Canonical, normalised. */
  url: string;
  /** Other normalised URLs of the same article (never includes `url`). */
  aliases: string[];
}

/** Query parameters that only say how someone got here (analytics, ads, share buttons, Zalo, Facebook). */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid',
  'zarsrc', 'gidzl', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'ref', 'ref_src', 'ref_url', 'share', 'shared',
  'si', 'fb_action_ids', 'fb_action_types', 'fb_ref', 'fb_source', 'action_object_map', 'action_type_map',
  'action_ref_map', 'cmpid', 'ocid', 'spm', 'vero_id', 'oly_anon_id', 'oly_enc_id', 'rb_clickid',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_', 'zalo', 'pk_', 'hsa_', 'itm_'];

function isTrackingParam(rawKey: string): boolean {
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    key = rawKey.toLowerCase();
  }
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/** A parsed http(s) URL, or null for anything else (chrome://, file:, mailto:, garbage). */
export function parseHttpUrl(url: string, base?: string): URL | null {
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * The form of a URL we store and compare:
 * - scheme and host lower-case, default port dropped (the URL parser does both);
 * - tracking parameters removed (`utm_*`, `fbclid`, `gclid`, `zarsrc`, `zalo*`, `gidzl`, `_ga`, `mc_*`,
 *   `ref`, `share`, …); other parameters kept with their original spelling (`ItemID=`, `id=`, `p=`)
 *   and sorted by name, keeping the order of repeated names;
 * - the fragment dropped, unless it is a client-side route (`#/…`, `#!…`);
 * - percent-escapes upper-cased and Vietnamese path text NFC, so NFD/NFC slugs compare equal.
 * The path is otherwise kept: `/index.html`, trailing slashes and case can matter on these servers.
 * Anything that is not http(s) comes back trimmed but unchanged.
 */
export function normalizeUrl(url: string): string {
  const u = parseHttpUrl(url);
  if (!u) return url.trim();
  const route = u.hash.startsWith('#/') || u.hash.startsWith('#!') ? u.hash : '';
  const pairs = u.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !isTrackingParam(pair.split('=')[0]))
    .map((pair, i) => ({ key: pair.split('=')[0], pair: upperEscapes(pair), i }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const query = pairs.length ? '?' + pairs.map((p) => p.pair).join('&') : '';
  return `${u.protocol}//${u.host}${normalisePath(u.pathname)}${query}${route}`;
}

function upperEscapes(s: string): string {
  return s.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/** Decode the path's UTF-8 escapes, NFC it and let the URL parser encode it again. */
function normalisePath(path: string): string {
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    return upperEscapes(path);
  }
  // Only worth it for non-ASCII text; a decoded `%` would change what the path means.
  if (!/[^\x00-\x7f]/.test(decoded) || decoded.includes('%')) return upperEscapes(path);
  const u = new URL('http://x');
  u.pathname = decoded.normalize('NFC');
  return upperEscapes(u.pathname);
}

/** Public suffixes under which a site is one label deeper (`snv.tinh.gov.vn` belongs to `tinh.gov.vn`). */
const SECOND_LEVEL = new Set(['gov', 'com', 'org', 'edu', 'net', 'ac', 'info', 'int', 'health', 'name', 'pro', 'biz', 'co']);

/** The registrable site of a host: `baotinh.com.vn`, `tinh.gov.vn`, `example.org`. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1])) return labels.join('.');
  const take = SECOND_LEVEL.has(labels[labels.length - 2]) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * The identity of the page in `doc` loaded from `locationHref`. The canonical URL is taken from
 * `<link rel=canonical>`, else `og:url`, but only when it is a valid http(s) URL on the same site
 * (so a mobile `m.` host or a `/bm/print/<id>` view maps to its article) and does not point at the
 * site's home page from a deeper page (some portals put the home page in every canonical tag).
 * The location and any other candidate become aliases.
 */
export function pageIdentity(doc: Document, locationHref: string): PageIdentity {
  const location = parseHttpUrl(locationHref);
  const here = normalizeUrl(locationHref);
  if (!location) return { url: here, aliases: [] };

  // Relative URLs resolve against <base href> when the page has one, else against the location.
  const base = doc.querySelector('base[href]') ? (parseHttpUrl(doc.baseURI)?.href ?? locationHref) : locationHref;
  const read = (selector: string, attr: string): URL | null => {
    const value = doc.querySelector(selector)?.getAttribute(attr);
    return value ? parseHttpUrl(value, base) : null;
  };
  const candidates = [read('link[rel~="canonical" i][href]', 'href'), read('meta[property="og:url" i][content]', 'content')];
  const usable = candidates.filter((c): c is URL => {
    if (!c || siteOf(c.hostname) !== siteOf(location.hostname)) return false;
    const home = c.pathname === '/' && !c.search;
    return !home || location.pathname === '/';
  });

  const url = usable.length ? normalizeUrl(usable[0].href) : here;
  const aliases = [...new Set([here, ...usable.slice(1).map((c) => normalizeUrl(c.href))])].filter((a) => a !== url);
  return { url, aliases };
}

/**
 * Whether two URLs (or identities) denote the same article: their normalised URLs — or any of
 * their aliases — are equal, ignoring http/https and a leading `www.` (portals serve all four).
 */
export function sameArticle(a: string | PageIdentity, b: string | PageIdentity): boolean {
  const keys = (x: string | PageIdentity) =>
    (typeof x === 'string' ? [x] : [x.url, ...x.aliases]).map((u) => normalizeUrl(u).replace(/^https?:\/\/(www\.)?/, '//'));
  const left = new Set(keys(a));
  return keys(b).some((k) => left.has(k));
}

/** Whether two addresses show the same document (only the fragment differs). */
export function sameDocument(a: string, b: string): boolean {
  const strip = (u: string) => {
    const i = u.indexOf('#');
    return i < 0 ? u : u.slice(0, i);
  };
  return strip(a) === strip(b);
}
