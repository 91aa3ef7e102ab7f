/**
 * Article detection as the content script runs it: one extraction of the live page, wrapped in
 * performance marks so the e2e benchmark can read how long it held the page's main thread.
 */
import { extractArticle, toArticleData } from '../extract';
import type { Article } from '../extract';
import type { ArticleData } from '../model';
import { pageIdentity } from '../url';
import type { PageIdentity } from '../url';

/** The performance entry names (marks and the measure between them). */
export const DETECT_MARK_START = 'portal-notes:detect:start';
export const DETECT_MARK_END = 'portal-notes:detect:end';
export const DETECT_MEASURE = 'portal-notes:detect';

/** What one detection found: the live article (DOM references) and its serialisable form. */
export interface Detection {
  article: Article;
  data: ArticleData;
  identity: PageIdentity;
}

/** The part of `Performance` used for the marks (absent in some test environments). */
export interface PerformanceLike {
  mark(name: string): unknown;
  measure(name: string, start: string, end: string): unknown;
}

/**
 * Detect the article on `doc` loaded from `href`, measured as `portal-notes:detect` when a
 * `performance` is given. Never throws (the extractor falls back to a low-confidence result).
 */
export function detectPage(doc: Document, href: string, performance?: PerformanceLike, options: { visibleOnly?: boolean } = {}): Detection {
  performance?.mark(DETECT_MARK_START);
  const article = extractArticle(doc, href, options);
  const data = toArticleData(article);
  const identity = pageIdentity(doc, href);
  if (performance) {
    performance.mark(DETECT_MARK_END);
    performance.measure(DETECT_MEASURE, DETECT_MARK_START, DETECT_MARK_END);
  }
  return { article, data, identity };
}
