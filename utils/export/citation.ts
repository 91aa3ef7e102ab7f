/**
 * What CSL-JSON, RIS and BibTeX share: the item type (newspaper article or web page), the creators
 * (people, else the unit as institutional author; the issuing body for a signed document), the dates and a
 * stable citation key per article.
 */
import { zonedDateTime, type DateParts } from './dates';
import { personName, type CitationName } from './names';
import type { PreparedArticle, PreparedExport } from './prepare';
import { foldAscii } from './text';

/** How reference managers file the article. */
export type CitationType = 'newspaper' | 'webpage';

/** One article as the three citation formats need it. */
export interface CitationItem {
  key: string;
  type: CitationType;
  title: string;
  authors: CitationName[];
  issued: DateParts | null;
  accessed: DateParts;
  url: string;
  /** The site (newspaper or portal) as container title. */
  container: string;
  /** BCP 47 tag, or ''. */
  language: string;
  article: PreparedArticle;
}

/** National and city outlets whose domain does not say `bao…`. */
const NEWS_HOSTS = [
  'nhandan.vn', 'qdnd.vn', 'vietnamplus.vn', 'hanoimoi.vn', 'sggp.org.vn', 'vnexpress.net', 'tuoitre.vn',
  'thanhnien.vn', 'dantri.com.vn', 'vietnamnet.vn', 'laodong.vn', 'tienphong.vn', 'nld.com.vn', 'vov.vn',
  'vtv.vn', 'cand.com.vn', 'dangcongsan.vn', 'znews.vn', 'plo.vn', 'congly.vn', 'nguoilaodong.vn',
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Newspaper or web page. Government portals (`.gov.vn`, chinhphu.vn) are web pages; party and provincial
 * newspapers (`bao<tinh>.vn`, baochinhphu.vn) and the known national outlets are newspapers, as is any
 * site that calls itself `Báo …`, `Tạp chí …` or a newspaper.
 */
export function citationType(a: PreparedArticle): CitationType {
  const host = hostOf(a.url);
  if (host.endsWith('.gov.vn') || host === 'chinhphu.vn') return 'webpage';
  if (/^bao[a-z]/.test(host) || NEWS_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return 'newspaper';
  if (/^(báo|tạp chí|thông tấn)\s/iu.test(a.site) || /\b(newspaper|news|times|post|tribune|gazette)\b/i.test(a.site)) return 'newspaper';
  return 'webpage';
}

/**
 * People named in the article; when none, the unit as an institutional author; else nobody. A signed
 * document is cited under the body that issued it (`Sở Nội vụ tỉnh …`), not under the official who signed.
 */
export function citationAuthors(a: PreparedArticle): CitationName[] {
  if (a.signedDocument && a.unit) return [{ literal: a.unit }];
  if (a.authors.length) return a.authors.map((n) => personName(n, a.lang));
  return a.unit ? [{ literal: a.unit }] : [];
}

/** First author's family name (or the literal's first word), year, first title word of 3+ letters: `nguyen2020hoi`. */
function baseKey(item: Omit<CitationItem, 'key'>): string {
  const word = (s: string): string[] => foldAscii(s).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const first = item.authors[0];
  const who = first ? word('literal' in first ? first.literal : first.family)[0] : word(item.container)[0];
  const titleWords = word(item.title);
  const what = titleWords.find((w) => w.length >= 3 && !/^\d+$/.test(w)) ?? titleWords[0] ?? '';
  return `${who ?? 'anon'}${item.issued ? item.issued.year : 'nd'}${what}`;
}

/** Letters a, b, … z, aa, ab … for clashing keys, as biblatex and Better BibTeX do. */
function suffix(n: number): string {
  let out = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) out = String.fromCharCode(97 + (i % 26)) + out;
  return out;
}

/** One citation item per article, in export order, with keys unique within the export. */
export function citationItems(p: PreparedExport): CitationItem[] {
  const drafts = p.articles.map((a) => {
    const saved = zonedDateTime(a.savedAt, p.timeZone);
    return {
      type: citationType(a),
      title: a.title,
      authors: citationAuthors(a),
      issued: a.published,
      accessed: { year: saved.year, month: saved.month, day: saved.day },
      url: a.url,
      container: a.site,
      language: a.lang,
      article: a,
    };
  });
  const bases = drafts.map(baseKey);
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  const taken = new Set(bases.filter((b) => counts.get(b) === 1));
  const next = new Map<string, number>();
  return drafts.map((d, i) => {
    const base = bases[i];
    if (counts.get(base) === 1) return { ...d, key: base };
    let n = next.get(base) ?? 0;
    let key: string;
    do key = `${base}${suffix(n++)}`;
    while (taken.has(key));
    next.set(base, n);
    taken.add(key);
    return { ...d, key };
  });
}
