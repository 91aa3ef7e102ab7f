/**
 * Range <-> selectors: `describe` turns a user's selection into W3C selectors, `anchor` finds them
 * again on a later visit (range, then position, then fuzzy quote), or reports an orphan.
 * Pure over the DOM passed in; every offset counts characters of the text model (text-index.ts).
 */

import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../model';
import { matchQuote } from './match-quote';
import { normaliseContext, normaliseText } from './normalise';
import { buildTextIndex, type ModelSpan, type TextIndex } from './text-index';
import { containerElement, elementFromXPath, xpathFromElement } from './xpath';

/** Where positions count from: the article body (when detected) and the document body. */
export interface AnchorScopes {
  article: Element | null;
  document: Element;
}

/** Reuse one index for many calls in the same pass (it must be of `scopes.document`). */
export interface AnchorOptions {
  index?: TextIndex;
}

/** A highlight placed on the page. */
export interface AnchorResult {
  /** A live range over the highlighted text. */
  range: Range;
  /** Which selector placed it. */
  via: 'range' | 'position' | 'quote';
  /** The anchored text, in the text model (NFC, whitespace collapsed). */
  text: string;
  /** Model offsets in `scopes.document`. */
  start: number;
  end: number;
}

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Selectors for `range`: a TextQuoteSelector (exact NFC text + 32 characters each side), a
 * TextPositionSelector for the document (and for the article when the range lies inside it) and a
 * RangeSelector (element XPaths relative to `scopes.document` + model offsets inside those elements).
 * Whitespace at either end of the selection is left out. Returns [] for a range with no text.
 */
export function describe(range: Range, scopes: AnchorScopes, options: AnchorOptions = {}): Selector[] {
  const index = indexFor(scopes, options);
  const text = index.text;
  let { start, end } = index.spanOf(range);
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  if (start >= end) return [];

  const selectors: Selector[] = [];
  const rangeSelector = describeRange(index, scopes.document, start, end);
  if (rangeSelector) selectors.push(rangeSelector);
  const article = articleSpan(index, scopes);
  if (article && start >= article.start && end <= article.end) {
    selectors.push({ type: 'TextPositionSelector', start: start - article.start, end: end - article.start, scope: 'article' });
  }
  selectors.push({ type: 'TextPositionSelector', start, end, scope: 'document' });
  selectors.push({
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  });
  return selectors;
}

/**
 * Place `selectors` on the page, or return null (an orphan). Order:
 * 1. the RangeSelector, kept only if its text equals the stored quote;
 * 2. the article position, then the document position, each kept only if its text equals the quote;
 * 3. a fuzzy search for the quote (match-quote.ts) inside the article the highlight was made in
 *    (or the document), refusing weak and ambiguous matches; outside that article only a near-exact
 *    match with its context is taken.
 */
export function anchor(selectors: Selector[], scopes: AnchorScopes, options: AnchorOptions = {}): AnchorResult | null {
  const index = indexFor(scopes, options);
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const exact = quote ? normaliseText(quote.exact) : null;
  const fits = (span: ModelSpan | null): span is ModelSpan =>
    !!span && span.start < span.end && span.end <= index.text.length && (exact === null || index.text.slice(span.start, span.end) === exact);

  const rangeSelector = selectors.find((s): s is RangeSelector => s.type === 'RangeSelector');
  if (rangeSelector) {
    const span = resolveRange(index, scopes.document, rangeSelector);
    if (fits(span)) return result(index, span, 'range');
  }

  const article = articleSpan(index, scopes);
  const positions = selectors.filter((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const inArticle = positions.find((p) => p.scope === 'article');
  const inDocument = positions.find((p) => p.scope === 'document');
  if (inArticle && article) {
    const span = { start: article.start + inArticle.start, end: article.start + inArticle.end };
    if (span.end <= article.end && fits(span)) return result(index, span, 'position');
  }
  if (inDocument) {
    const span = { start: inDocument.start, end: inDocument.end };
    if (fits(span)) return result(index, span, 'position');
  }

  if (!quote || !exact) return null;
  const context = {
    prefix: normaliseContext(quote.prefix).slice(-CONTEXT_LENGTH),
    suffix: normaliseContext(quote.suffix).slice(0, CONTEXT_LENGTH),
    hint: inArticle && article ? article.start + inArticle.start : inDocument ? inDocument.start : null,
  };
  const whole = { from: 0, to: index.text.length };
  if (inArticle && article) {
    const found = matchQuote(index.text, exact, context, { from: article.start, to: article.end, strict: false });
    if (found) return result(index, found, 'quote');
    const outside = matchQuote(index.text, exact, context, { ...whole, strict: true });
    return outside ? result(index, outside, 'quote') : null;
  }
  const found = matchQuote(index.text, exact, context, { ...whole, strict: false });
  return found ? result(index, found, 'quote') : null;
}

/** Anchor many highlights against one text index (one pass). Orphans map to null. */
export function anchorAll<T extends { id: string; selectors: Selector[] }>(
  items: readonly T[],
  scopes: AnchorScopes,
): Map<string, AnchorResult | null> {
  const index = buildTextIndex(scopes.document);
  const out = new Map<string, AnchorResult | null>();
  for (const item of items) out.set(item.id, anchor(item.selectors, scopes, { index }));
  return out;
}

/** The stored quote of a highlight's selectors ('' when there is none). */
export function quoteOf(selectors: readonly Selector[]): string {
  const q = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return q ? normaliseText(q.exact) : '';
}

function indexFor(scopes: AnchorScopes, options: AnchorOptions): TextIndex {
  if (options.index && options.index.root !== scopes.document) {
    throw new Error('the text index must be built for scopes.document');
  }
  return options.index ?? buildTextIndex(scopes.document);
}

function articleSpan(index: TextIndex, scopes: AnchorScopes): ModelSpan | null {
  const article = scopes.article;
  if (!article || !scopes.document.contains(article)) return null;
  // Count from the article's first character, not from the separator before it.
  const span = index.spanOfElement(article);
  while (span.start < span.end && index.text.charCodeAt(span.start) === 0x20) span.start++;
  return span;
}

function describeRange(index: TextIndex, root: Element, start: number, end: number): RangeSelector | null {
  const a = index.startPoint(start);
  const b = index.endPoint(end);
  if (!a || !b) return null;
  const startEl = containerElement(a.node, root);
  const endEl = containerElement(b.node, root);
  return {
    type: 'RangeSelector',
    startContainer: xpathFromElement(startEl, root),
    startOffset: start - index.spanOfElement(startEl).start,
    endContainer: xpathFromElement(endEl, root),
    endOffset: end - index.spanOfElement(endEl).start,
  };
}

function resolveRange(index: TextIndex, root: Element, selector: RangeSelector): ModelSpan | null {
  const startEl = elementFromXPath(selector.startContainer, root);
  const endEl = elementFromXPath(selector.endContainer, root);
  if (!startEl || !endEl) return null;
  const a = index.spanOfElement(startEl);
  const b = index.spanOfElement(endEl);
  const start = a.start + selector.startOffset;
  const end = b.start + selector.endOffset;
  if (start < a.start || start > a.end || end < b.start || end > b.end) return null;
  return { start, end };
}

function result(index: TextIndex, found: ModelSpan, via: AnchorResult['via']): AnchorResult | null {
  // A fuzzy match may start or end on the space next to the words it found.
  const span = { ...found };
  while (span.start < span.end && index.text.charCodeAt(span.start) === 0x20) span.start++;
  while (span.end > span.start && index.text.charCodeAt(span.end - 1) === 0x20) span.end--;
  const range = index.toRange(span.start, span.end);
  if (!range) return null;
  return { range, via, text: index.text.slice(span.start, span.end), start: span.start, end: span.end };
}
