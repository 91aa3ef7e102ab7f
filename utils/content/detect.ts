/**
 * Article detection as the content script runs it: one extraction of the live page, wrapped in
 * performance marks so the e2e benchmark can read how long it held the page's main thread.
 */
import { extractArticle, extractArticleSliced, toArticleData } from '../extract';
import type { Article } from '../extract';
import type { ArticleData } from '../model';
import { pageIdentity } from '../url';
import type { PageIdentity } from '../url';

/** The performance entry names (marks and the measure between them). */
export const DETECT_MARK_START = 'portal-notes:detect:start';
export const DETECT_MARK_END = 'portal-notes:detect:end';
export const DETECT_MEASURE = 'portal-notes:detect';
/** A sliced detection measures each slice under this name: the longest is how long it held the main thread. */
export const DETECT_SLICE_MEASURE = 'portal-notes:detect:slice';

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
 * The page's first detection, in slices with `pause` between them (a macrotask: the page handles input
 * and paints in between), so no slice holds the main thread for the whole detection. Each slice is
 * measured as `portal-notes:detect:slice`, the whole run (pauses included) as `portal-notes:detect`.
 */
export async function detectPageSliced(doc: Document, href: string, pause: () => Promise<void>, performance?: PerformanceLike, options: { visibleOnly?: boolean } = {}): Promise<Detection> {
  performance?.mark(DETECT_MARK_START);
  let n = 0;
  const slice = (phase: 'start' | 'end'): void => {
    if (!performance) return;
    const mark = `${DETECT_SLICE_MEASURE}:${n}:${phase}`;
    performance.mark(mark);
    if (phase === 'end') performance.measure(DETECT_SLICE_MEASURE, `${DETECT_SLICE_MEASURE}:${n++}:start`, mark);
  };
  const article = await extractArticleSliced(doc, href, pause, { ...options, slice });
  slice('start');
  const data = toArticleData(article);
  const identity = pageIdentity(doc, href);
  slice('end');
  if (performance) {
    performance.mark(DETECT_MARK_END);
    performance.measure(DETECT_MEASURE, DETECT_MARK_START, DETECT_MARK_END);
  }
  return { article, data, identity };
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
