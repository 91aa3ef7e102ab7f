/**
 * Site profiles: a small table of selectors for portal families we know (SharePoint, Liferay,
 * NukeViet, DNN, WordPress, custom CMSs). A profile only points the generic steps at the right
 * elements; everything still works without one, since most portals will be unknown to us.
 * Each profile lists the fixture pages (tests/fixtures/pages) it was built against.
 */
import type { ElInfo, Line, PageModel } from './page';
import { selectAll, selectExists, selectFirst } from './select';

export interface SiteProfile {
  id: string;
  /** What the family is, for people reading the table. */
  name: string;
  /** URL shapes that identify the family (any may match). */
  urls: RegExp[];
  /** Elements that identify the family when the URL does not (any may match). */
  markers: string[];
  /** `<meta name=generator>` content that identifies the family. */
  generator: RegExp | null;
  /** Main content, most specific first. */
  body: string[];
  /** Title element, most specific first; its line goes before any h1 when the page declares no title of its own. */
  title: string[];
  /** Element holding the publication date line; a date line in the first one near the article ranks as high as a date line goes. */
  date: string[];
  /** Fixture pages (file names in tests/fixtures/pages) this profile was checked against. */
  fixtures: string[];
}

export const PROFILES: SiteProfile[] = [
  {
    id: 'sharepoint',
    name: 'SharePoint portals (/Pages/*.aspx, View_Detail.aspx?ItemID=…, /Lists/…)',
    urls: [/\/Pages\/[^?#]*\.aspx/i, /View_Detail\.aspx/i, /\/Lists\/[^/]+\//i],
    markers: ['#s4-workspace', '.ms-rtestate-field', '[id^="ctl00_PlaceHolderMain"]', '#MSO_ContentTable'],
    generator: null,
    body: ['.ms-rtestate-field .ExternalClass', '.ms-rtestate-field', '.news-detail .content', '#MSO_ContentTable .content'],
    title: ['.ms-rtestate-field h1', '.news-detail .title', '.title-news', 'h1'],
    date: ['.date', '.time', '.news-date'],
    fixtures: ['sharepoint-snv.html'],
  },
  {
    id: 'liferay',
    name: 'Liferay / WebSphere portals (/wps/portal/…, /web/guest/…)',
    urls: [/\/wps\/portal\//i, /\/web\/guest\//i, /\/wps\/wcm\//i],
    markers: ['.portlet-body', '.journal-content-article', '[id^="portlet_"]'],
    generator: null,
    body: ['.journal-content-article', '.asset-full-content', '.portlet-body .content'],
    title: ['.asset-title', '.header-title', 'h1', 'h2'],
    date: ['.asset-metadata', '.publish-date', '.date'],
    fixtures: ['liferay-province.html'],
  },
  {
    id: 'nukeviet',
    name: 'NukeViet sites (news module: #news-bodyhtml, .bodytext)',
    urls: [/\/news\/[^/]+\/[^/]+-\d+\.html/i],
    markers: ['#news-bodyhtml', '.news_column .bodytext'],
    generator: /nukeviet/i,
    body: ['#news-bodyhtml', '.bodytext'],
    title: ['.news_column h1', '.title', 'h1'],
    date: ['.news_column .time', '.time'],
    fixtures: ['nukeviet-district.html'],
  },
  {
    id: 'dnn',
    name: 'DNN / ASP.NET modules',
    urls: [/\/tabid\/\d+/i, /\/ArticleId\/\d+/i],
    markers: ['[id^="dnn_ctr"]', '.DNNModuleContent'],
    generator: null,
    body: ['.DNNModuleContent .Normal', '.news-detail-content', '.DNNModuleContent'],
    title: ['.news-detail-title', 'h1', '.Head'],
    date: ['.news-detail-date', '.date'],
    fixtures: ['dnn-portal.html'],
  },
  {
    id: 'aspnet-webforms',
    name: 'ASP.NET Web Forms portals (server-control ids such as ctl00_…_lblTieuDe / _lblNgayDang / _lblNoiDung)',
    urls: [/\.aspx(?:[?#]|$)/i],
    markers: ['[id$="lblNoiDung" i]', '[id$="lblTieuDe" i]', '[id^="ctl00_" i]'],
    generator: null,
    body: ['[id$="lblNoiDung" i]', '[id$="lblContent" i]', '[id$="lblChiTiet" i]', '[id*="NoiDung" i]'],
    title: ['[id$="lblTieuDe" i]', '[id$="lblTitle" i]'],
    date: ['[id$="lblNgayDang" i]', '[id$="lblDate" i]'],
    fixtures: ['aspnet-legacy.html'],
  },
  {
    id: 'wordpress',
    name: 'WordPress sites and department blogs',
    urls: [/\/\d{4}\/\d{2}\/[^/]+\/?$/],
    markers: ['body.single-post', '.entry-content'],
    generator: /^wordpress/i,
    body: ['.entry-content', '.post-content', 'article .content'],
    title: ['.entry-title', 'h1'],
    date: ['time.entry-date', '.entry-date', '.posted-on'],
    fixtures: ['wordpress-blog.html'],
  },
  {
    id: 'x-article',
    name: 'Long-form articles on X (Twitter): x.com/<user>/article/<id>',
    urls: [/^\/[^/]+\/articles?\/\d+/],
    markers: ['[data-testid="twitterArticleRichTextView"]'],
    generator: null,
    body: ['[data-testid="twitterArticleRichTextView"]'],
    title: ['[data-testid="twitter-article-title"]'],
    date: ['time'],
    fixtures: ['x-article.html'],
  },
  {
    id: 'custom-vn-cms',
    name: 'Vietnamese custom CMSs (/tin-tuc/<slug>-<id>.html, /trang/TinTuc/…, /bm/print/<id>)',
    urls: [/\/tin-tuc\/[^?#]*-\d+\.html?/i, /\/trang\/TinTuc\//i, /\/bm\/print\/\d+/i, /\/chi-tiet[-/]/i],
    markers: ['.detail-content', '.news-content', '.noidung', '.chitiet', '.content-detail', '#ContentDetail'],
    generator: null,
    body: ['.detail-content', '.news-content', '.content-detail', '.chitiet', '.noidung', '#ContentDetail', '.article-content'],
    title: ['.detail-title', '.news-title', '.title-detail', 'h1'],
    date: ['.detail-time', '.news-date', '.date', '.time'],
    fixtures: ['chinhphu-news.html', 'nodate-portal.html', 'win1258-portal.html'],
  },
];

/** Content containers common to many CMSs, tried when no profile matches. */
export const GENERIC_BODY = [
  '[itemprop="articleBody"]', '.article-body', '.article__body', '.articleBody', '.story-body', '.entry-content',
  '.post-content', '.post-body', '.article-content', '.news-content', '.detail-content', '.content-detail', '#articleBody',
];

/** The profile matching this page (by URL shape, then by marker elements), or null. */
export function matchProfile(model: PageModel, url: string, generator = '', profiles: readonly SiteProfile[] = PROFILES): SiteProfile | null {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    /* keep the raw string */
  }
  for (const p of profiles) {
    if (p.urls.some((re) => re.test(path)) && selectFirst(model, p.body)) return p;
  }
  for (const p of profiles) {
    const byGenerator = !!generator && !!p.generator && p.generator.test(generator);
    if ((byGenerator || p.markers.some((m) => selectExists(model, m))) && selectFirst(model, p.body)) return p;
  }
  return null;
}

/**
 * The content container named by the first selector that matches: of its matches, the one with the
 * most unlinked text (a teaser or excerpt box may carry the same class ahead of the article).
 */
export function firstMatch(model: PageModel, selectors: string[]): ElInfo | null {
  for (const s of selectors) {
    let best: ElInfo | null = null;
    for (const info of selectAll(model, s)) {
      if (!best || info.textLen - info.linkLen > best.textLen - best.linkLen) best = info;
    }
    if (best) return best;
  }
  return null;
}

/** A bare tag name (`h1`): the generic heuristics already rank those, so a profile adds nothing with it. */
const BARE_TAG = /^[a-z][a-z0-9]*$/i;

/**
 * The line a profile's title selectors point at: the first selector (bare tags aside) with a match
 * that shows a title-sized line. Null when the profile names none on this page.
 */
export function profileTitleLine(model: PageModel, profile: SiteProfile | null): Line | null {
  if (!profile) return null;
  for (const s of profile.title) {
    if (BARE_TAG.test(s.trim())) continue;
    for (const info of selectAll(model, s)) {
      for (let i = info.firstLine; i < info.lastLine && i < model.lines.length; i++) {
        const l = model.lines[i];
        if (l.text.length >= 4 && l.text.length <= 400 && l.linkLen < l.text.length * 0.5) return l;
      }
    }
  }
  return null;
}

/** The elements a profile's date selectors point at (a few; the date ranking still weighs each one). */
export function profileDateElements(model: PageModel, profile: SiteProfile | null): ElInfo[] {
  if (!profile) return [];
  const out: ElInfo[] = [];
  for (const s of profile.date) {
    for (const info of selectAll(model, s)) {
      if (out.length >= 20) return out;
      if (!out.includes(info)) out.push(info);
    }
  }
  return out;
}
