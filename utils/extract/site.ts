/**
 * The site (portal or outlet) name: declared metadata on newspapers; on portals the banner
 * ("Cổng thông tin điện tử" over "Sở Nội vụ tỉnh …"), spelt as the `<title>` spells it when it
 * repeats the banner (banners are often in capitals), else the host.
 */
import { attr, rawText } from './dom';
import { HOME_LINK } from './headline';
import type { PageMetadata } from './metadata';
import { metaValue } from './metadata';
import type { PageModel } from './page';
import { hostMainLabel, titleSegments } from './title';
import { cleanText, looseKey, stripDiacritics } from './text';

export interface SiteResult {
  /** Candidate names, best first (used to trim titles too). */
  names: string[];
  /** Where each name came from (`sources[i]` for `names[i]`). */
  sources: string[];
  source: string;
}

/** A banner line that names the portal type, optionally followed by the owner. */
const PORTAL_KIND = /^(?:cổng thông tin điện tử|trang thông tin điện tử|cổng thông tin|cổng ttđt|cổng tttđt|trang ttđt|trang tttđt|trang tin điện tử|báo điện tử|tạp chí điện tử)(?:\s+(.+))?$/iu;
/** Lines that name an organisation: a Vietnamese unit or place. */
const ORG_START = /^(?:sở|phòng|ban|ủy ban|uỷ ban|ubnd|văn phòng|trung tâm|báo|đài|hội đồng|cục|chi cục|bộ|tổng cục|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|trường|bệnh viện|viện|công an|đảng ủy|huyện ủy|tỉnh ủy|thành ủy)\s/iu;
const ADMIN_WORDS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị', 'trấn', 'thành', 'phố']);

/** Site name candidates, best first. */
export function findSiteNames(model: PageModel, md: PageMetadata, url: string): SiteResult {
  const out: string[] = [];
  const sources: string[] = [];
  let source = 'none';
  // an app or site name that repeats the article's own headline (MSN copies it into application-name) names no site
  const headlines = new Set([metaValue(md, ['og:title'])?.value, md.jsonLd?.headline].filter((x): x is string => !!x).map(looseKey));
  const push = (s: string | undefined | null, src: string): void => {
    const c = cleanText(s ?? '');
    if (!c || c.length > 120 || /^https?:/.test(c) || out.some((o) => looseKey(o) === looseKey(c))) return;
    if (src === 'meta' && c.split(' ').length >= 5 && headlines.has(looseKey(c))) return;
    if (!out.length) source = src;
    out.push(c);
    sources.push(src);
  };
  push(metaValue(md, ['og:site_name'])?.value, 'meta:og:site_name');
  push(md.jsonLd?.publisher, 'json-ld');
  md.jsonLdSiteNames.forEach((n) => push(n, 'json-ld'));

  const titleSegs = titleSegments(md.titleTag);
  const spelled = (name: string): string => {
    const k = looseKey(name);
    if (looseKey(md.titleTag) === k) return md.titleTag;
    return titleSegs.find((s) => looseKey(s) === k) ?? (isAllCaps(name) ? fixCaps(name) : name);
  };
  const inTitle = (n: string): boolean => looseKey(md.titleTag) === looseKey(n) || titleSegs.some((t) => looseKey(t) === looseKey(n));
  const banners = bannerNames(model).sort((a, b) => Number(inTitle(b)) - Number(inTitle(a)));
  for (const b of banners) push(spelled(b), 'banner');
  push(metaValue(md, ['application-name', 'apple-mobile-web-app-title', 'al:ios:app_name', 'dc.publisher', 'publisher'])?.value, 'meta');
  if (titleSegs.length > 1) {
    const host = hostKey(url);
    const last = titleSegs[titleSegs.length - 1];
    const first = titleSegs[0];
    // a short segment spelling the host (`Börsen-Zeitung` for boersen-zeitung.de), not a headline that happens to contain it
    const looksSite = (s: string): boolean => {
      const k = looseKey(s).replace(/ /g, '');
      if (!host || !k || s.split(/\s+/).length > 5) return false;
      return k === host || (host.length >= 4 && (k.includes(host) || host.includes(k)) && Math.min(k.length, host.length) / Math.max(k.length, host.length) >= 0.5);
    };
    if (looksSite(last) || ORG_START.test(last) || PORTAL_KIND.test(last)) push(last, 'title');
    else if (looksSite(first)) push(first, 'title');
  } else if (md.titleTag && (PORTAL_KIND.test(md.titleTag) || out.some((o) => looseKey(o).endsWith(looseKey(md.titleTag))) || ownerNamedInChrome(model, md.titleTag))) {
    // (`SỞ NỘI VỤ TỈNH HÀ TĨNH`: a portal whose every page carries the owner's name, often in capitals)
    push(isAllCaps(md.titleTag) ? fixCaps(md.titleTag) : md.titleTag, 'title');
  }
  const host = hostOf(url).replace(/^www\./, '');
  push(homeLinkName(model, host), 'home-link');
  if (host) push(host, 'host');
  return { names: out, sources, source };
}

/** A footer line that names the site's owner: `Bản quyền thuộc Sở Nội vụ tỉnh …`, `Cơ quan chủ quản: …`, `© 2024 …`. */
const OWNER_LINE = /bản quyền|cơ quan chủ quản|đơn vị chủ quản|cơ quan quản lý|đơn vị quản lý|chịu trách nhiệm|giấy phép|©|copyright/iu;
/** Blocks that carry the site's name: logo, banner, brand. */
const BRAND_BLOCK = /logo|banner|brand|site-?name|sitename|site-?title|masthead|tencoquan|ten-co-quan|tendonvi|ten-don-vi|(?:^|\s)(?:header|top|topbar|top-bar)(?:\s|$)/;

/**
 * A one-segment `<title>` that is only the owner's name (`Sở Nội vụ tỉnh Hà Tĩnh`): an organisation's
 * name that the footer's copyright/owner line or the banner repeats. Such portals give every page
 * the same `<title>`, so it names the site, never the article.
 */
function ownerNamedInChrome(model: PageModel, title: string): boolean {
  if (!ORG_START.test(title) || title.split(/\s+/).length > 12) return false;
  // a headline in capitals is rare; an organisation's name in capitals is the portal's standard `<title>`
  if (isAllCaps(title)) return true;
  const k = looseKey(title);
  if (k.length < 6) return false;
  const n = model.lines.length;
  // the banner: a line of its own in a logo/brand block near the top
  for (let i = 0; i < Math.min(n, 40); i++) {
    const l = model.lines[i];
    if (l.text.length > 200 || looseKey(l.text) !== k || /^h[1-3]$/.test(l.block.tag)) continue;
    for (let a: typeof l.block | null = l.block, d = 0; a && d < 4; a = a.parent, d++) if (a.tag === 'header' || (a.cid && BRAND_BLOCK.test(a.cid))) return true;
  }
  // the footer: the copyright or owner line
  for (let i = Math.max(0, n - 40); i < n; i++) {
    const l = model.lines[i];
    if (l.text.length <= 300 && OWNER_LINE.test(l.text) && looseKey(l.text).includes(k)) return true;
  }
  return false;
}

/** Link texts that say "home", not the site's name. */
const HOME_WORDS = /^(?:home|homepage|home page|start|startseite|accueil|inicio|início|trang chủ|trang chu|main page|back|zurück|menu|skip to content|zum inhalt springen|logo)$/i;

/** The name on the first link home near the top (`<nav><a href="/">MDN</a></nav>`, a logo's alt text). */
function homeLinkName(model: PageModel, pageHost: string): string {
  const limit = Math.min(model.infos.length, 400);
  for (let i = 0; i < limit; i++) {
    const info = model.infos[i];
    if (info.tag !== 'a') continue;
    const href = attr(info.el, 'href').trim();
    if (!HOME_LINK.test(href)) continue;
    // an absolute link home counts only to this site's own host (`google.com` is not the SRE book's site)
    if (/^https?:/i.test(href) && hostOf(href).replace(/^www\./, '') !== pageHost) continue;
    let name = cleanText(rawText(info.el, 200));
    if (!name) {
      const img = info.el.querySelector?.('img[alt]');
      name = cleanText(attr(info.el, 'aria-label') || attr(info.el, 'title') || (img ? attr(img, 'alt') : ''));
    }
    name = name.replace(/\s+(?:homepage|home page|home|startseite)$/i, '').replace(/^(?:logo|zur startseite)\s+/i, '').replace(/\s*\(?\blogo\)?$/i, '').trim();
    // a sentence (`Hi, I'm Nicolas.`), a control (`[ up ]`) or "go to the homepage" names no site
    const plain = !/[[\]{}<>|,.!?]$|[[\]{}<>|]|,\s/.test(name) && !/首页|主页|homepage/i.test(name);
    // a Vietnamese organisation's name is longer (`SỞ NỘI VỤ TỈNH HÀ TĨNH` on the logo link)
    const org = (ORG_START.test(name) || PORTAL_KIND.test(name)) && name.length <= 80 && name.split(' ').length <= 12;
    if (name && plain && org) return isAllCaps(name) ? fixCaps(name) : name;
    if (name && plain && name.length <= 40 && name.split(' ').length <= 4 && !HOME_WORDS.test(name)) return name;
    return '';
  }
  return '';
}

/** Portal banner names near the top of the page: `Cổng thông tin điện tử huyện X`, or the owner on the next line. */
function bannerNames(model: PageModel): string[] {
  const limit = Math.min(model.lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const t = model.lines[i].text;
    if (t.length > 100) continue;
    const m = PORTAL_KIND.exec(t);
    if (!m) continue;
    if (m[1]) return portalNames(t.slice(0, t.length - m[1].length).trim(), m[1]);
    const next = model.lines[i + 1]?.text ?? '';
    if (next && next.length <= 80 && (ORG_START.test(next) || isAllCaps(next) || /^\p{Lu}/u.test(next)) && !/\d{1,2}\/\d{1,2}/.test(next)) return portalNames(t, next);
    return [];
  }
  return [];
}

/** A place's own name (`huyện Tân Khê`), not an organisation's: it names no site on its own. */
const BARE_PLACE = /^(?:xã|phường|huyện|quận|tỉnh|thị xã|thị trấn|thành phố)\s/iu;

/**
 * The owner and the portal's full name (`Sở Nội vụ tỉnh X`, `Cổng thông tin điện tử Sở Nội vụ tỉnh X`), in
 * the official spelling whatever the banner's capitals. An organisation names the site; a bare place does
 * not (`Huyện Tân Khê` reads as the district, not its portal), so there the full name comes first.
 */
function portalNames(kind: string, owner: string): string[] {
  const o = isAllCaps(owner) ? fixCaps(owner) : owner;
  const k = isAllCaps(kind) ? sentenceCase(kind) : kind;
  if (!BARE_PLACE.test(o)) return [o, `${k} ${o}`];
  return [`${k} ${o.charAt(0).toLocaleLowerCase('vi')}${o.slice(1)}`, `${o.charAt(0).toLocaleUpperCase('vi')}${o.slice(1)}`];
}

/** `CỔNG THÔNG TIN ĐIỆN TỬ` → `Cổng thông tin điện tử`; a word without a vowel is an abbreviation and stays (`Cổng TTĐT`). */
function sentenceCase(s: string): string {
  const words = s.split(/\s+/).map((w) => (VOWEL.test(w.toLocaleLowerCase('vi')) ? w.toLocaleLowerCase('vi') : w));
  const first = words[0] ?? '';
  words[0] = first.charAt(0).toLocaleUpperCase('vi') + first.slice(1);
  return words.join(' ');
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * A name written in capitals, spelt the official way: `TỈNH HÀ LÂM` → `tỉnh Hà Lâm`,
 * `SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH NAM ĐỊNH` → `Sở Kế hoạch và Đầu tư tỉnh Nam Định`: administrative words
 * lower case, acronyms kept, an organisation's field in sentence case, place names title case.
 */
export function fixCaps(s: string): string {
  const words = s.split(/\s+/).map((w) => w.toLocaleLowerCase('vi'));
  const out: string[] = [];
  // in an organisation's name only the type and the field's first word are capitalised: `Sở Nội vụ`, `Ủy ban nhân dân`
  let field: 'none' | 'first' | 'rest' = 'none';
  for (let i = 0; i < words.length; i++) {
    const lower = words[i];
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    if (isAdminWord(lower, prev, next) && words.length > 1) {
      out.push(lower);
      field = 'none';
      continue;
    }
    // `Văn thư - Lưu trữ`, `Kế hoạch và Đầu tư`: a second field word after a joiner is capitalised
    if (field !== 'none' && (lower === '-' || lower === 'và' || lower === '–')) {
      out.push(lower);
      field = 'first';
      continue;
    }
    if (ACRONYMS.has(lower) || !VOWEL.test(lower)) {
      out.push(lower.toLocaleUpperCase('vi'));
      field = 'none';
      continue;
    }
    const twoWordType = ORG_TYPES.has(`${prev} ${lower}`);
    out.push(field === 'rest' || twoWordType ? lower : lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1));
    if (field === 'first') field = 'rest';
    else if ((ORG_TYPES.has(lower) || twoWordType) && !ORG_TYPES.has(`${lower} ${next}`)) field = /^(?:nhân|mặt)$/.test(next) ? 'rest' : 'first';
  }
  return out.join(' ');
}

function isAdminWord(lower: string, prev: string, next: string): boolean {
  if (!ADMIN_WORDS.has(lower)) return false;
  if (lower === 'thị') return /^(?:xã|trấn)$/.test(next);
  if (lower === 'thành') return next === 'phố';
  if (lower === 'trấn') return prev === 'thị';
  if (lower === 'phố') return prev === 'thành';
  return true;
}

const VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/u;
/** Acronyms with a vowel in them, kept in capitals. */
const ACRONYMS = new Set(['ubnd', 'ubmttq', 'tand', 'vksnd', 'cand', 'qđnd', 'ubkt']);
/** Organisation types whose field name follows in sentence case (`Sở Nội vụ`, `Bộ Tài chính`). */
const ORG_TYPES = new Set(['sở', 'bộ', 'ban', 'phòng', 'cục', 'chi cục', 'tổng cục', 'trung tâm', 'văn phòng', 'ủy ban', 'uỷ ban', 'hội đồng', 'viện', 'đài']);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function hostKey(url: string): string {
  return stripDiacritics(hostMainLabel(hostOf(url).replace(/^www\d?\./, ''))).replace(/-/g, '');
}
