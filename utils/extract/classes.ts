/**
 * Keyword tests on `class`/`id` strings, shared by the body scorer and the decoy-zone detector.
 * Class names vary across sites, so these only nudge scores; text cues decide elsewhere.
 */

/** Boilerplate words: containers named like this rarely hold the article text. */
const NEGATIVE =
  /hidden|\bhid\b|banner|combx|comment|\bcom-|contact|footer|gdpr|masthead|\bmedia\b|\bmeta\b|outbrain|taboola|promo|related|relate|scroll|share|sharing|shoutbox|sidebar|skyscraper|sponsor|shopping|\btags?\b|widget|newsletter|subscribe|signup|cookie|consent|recommend|popular|trending|most-read|mostread|tinlienquan|tin-lien-quan|lienquan|tinkhac|tin-khac|othernews|other-news|cungchuyenmuc|breadcrumb|\bnav\b|navbar|navigation|\bmenu\b|toolbar|rating|vote|counter|social|\bad\b|\bads\b|advert|\bbanner/;

/** Content words: containers named like this usually hold it. */
const POSITIVE =
  /article|\bbody\b|content|entry|hentry|h-entry|\bmain\b|\bpage\b|pagination|\bpost\b|\btext\b|blog|story|detail|chitiet|chi-tiet|noidung|noi-dung|news-?content|\bnews-?body|\bfulltext|\bprose\b/;

/** Regions removed before scoring (unless the name also says it is content). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|tinlienquan|tin-lien-quan|tinkhac|othernews|newsletter/;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|detail|chitiet|noidung/;

const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** -25 … +25 from class/id keywords. */
export function classWeight(cid: string): number {
  if (!cid) return 0;
  let w = 0;
  if (NEGATIVE.test(cid)) w -= 25;
  if (POSITIVE.test(cid)) w += 25;
  return w;
}

/** True for navigation, sidebars, comment areas and the like (judged by name and ARIA role). */
export function isUnlikely(cid: string, role: string, tag: string): boolean {
  if (tag === 'body' || tag === 'a' || tag === 'html' || tag === 'article' || tag === 'main') return false;
  if (role && UNLIKELY_ROLES.has(role)) return true;
  // a bare grid class (`column`, `columns`: Bulma, Foundation) says nothing about content:
  // `comments-list columns is-multiline` is still a comment list
  return !!cid && UNLIKELY.test(cid) && !MAYBE.test(cid.includes('column') ? cid.replace(GRID_TOKEN, ' ') : cid);
}
const GRID_TOKEN = /(?<![\w-])columns?(?![\w-])/g;
