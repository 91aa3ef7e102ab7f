/**
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD in one
 * AnnotationCollection, so other annotation tools (Hypothesis-style clients, archives) can read them.
 */
import type { RangeSelector, Selector } from '../model';
import { COLOUR_HEX } from './labels';
import { prepareExport, type PreparedArticle, type PreparedHighlight } from './prepare';
import type { ExportInput } from './types';

/** The JSON-LD context every W3C Web Annotation document names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A text body: the note (`commenting`) or one tag (`tagging`). */
export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format: 'text/plain';
  language?: string;
}

/** The W3C selectors we emit (a subset of the model's). */
export type W3CSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
  | { type: 'TextPositionSelector'; start: number; end: number }
  | { type: 'XPathSelector'; value: string; refinedBy?: W3CSelector }
  | { type: 'RangeSelector'; startSelector: W3CSelector; endSelector: W3CSelector }
  | { type: 'CssSelector'; value: string; refinedBy?: W3CSelector };

/** One highlight as a W3C Annotation (embedded in a page, so without its own `@context`). */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: W3CTextualBody[];
  target: { type: 'SpecificResource'; source: string; styleClass: string; selector: W3CSelector[] };
  stylesheet: { type: 'CssStylesheet'; value: string };
}

/** The export: one collection whose single page holds every annotation. */
export interface W3CAnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `urn:uuid:<id>` for UUID ids (what the store makes); any other id in the project's own URN space. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:portal-notes:highlight:${encodeURIComponent(id)}`;
}

/**
 * Our XPaths are relative to the document body (the Hypothesis convention); W3C XPathSelectors are
 * evaluated against the document, so body-relative paths get `/html/body` in front.
 */
function documentXPath(path: string): string {
  if (/^\/html(\[1\])?(\/|$)/i.test(path)) return path;
  return `/html[1]/body[1]${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A Range as the W3C model writes it: start and end points, each an element (XPath) refined by a
 * zero-length text position at the character offset inside it.
 */
function rangeSelector(s: RangeSelector): W3CSelector {
  const point = (xpath: string, offset: number): W3CSelector => ({
    type: 'XPathSelector',
    value: documentXPath(xpath),
    refinedBy: { type: 'TextPositionSelector', start: offset, end: offset },
  });
  return { type: 'RangeSelector', startSelector: point(s.startContainer, s.startOffset), endSelector: point(s.endContainer, s.endOffset) };
}

/**
 * Selectors in W3C form. A TextPositionSelector counted from the article element (scope `article`) is
 * left out: the model counts from the start of the document, and another tool would land elsewhere.
 */
function w3cSelectors(selectors: Selector[], quote: string): W3CSelector[] {
  const out: W3CSelector[] = [];
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector') {
      out.push({ type: 'TextQuoteSelector', exact: s.exact.normalize('NFC'), ...(s.prefix ? { prefix: s.prefix.normalize('NFC') } : {}), ...(s.suffix ? { suffix: s.suffix.normalize('NFC') } : {}) });
    } else if (s.type === 'TextPositionSelector') {
      if (s.scope === 'document') out.push({ type: 'TextPositionSelector', start: s.start, end: s.end });
    } else if (s.type === 'RangeSelector') {
      out.push(rangeSelector(s));
    }
  }
  // Every annotation keeps at least its text: a target without selectors would mean the whole page.
  if (!out.some((s) => s.type === 'TextQuoteSelector') && quote) out.unshift({ type: 'TextQuoteSelector', exact: quote });
  return out;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function toAnnotation(h: PreparedHighlight, a: PreparedArticle): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  const language = a.lang || undefined;
  if (h.note) body.push({ type: 'TextualBody', value: h.note, purpose: 'commenting', format: 'text/plain', ...(language ? { language } : {}) });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging', format: 'text/plain' });
  return {
    id: annotationIri(h.id),
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: iso(h.createdAt),
    modified: iso(h.updatedAt || h.createdAt),
    ...(body.length ? { body } : {}),
    target: { type: 'SpecificResource', source: a.url, styleClass: `hl-${h.colour}`, selector: w3cSelectors(h.selectors, h.quote) },
    stylesheet: { type: 'CssStylesheet', value: `.hl-${h.colour} { background-color: #${COLOUR_HEX[h.colour]}; }` },
  };
}

/**
 * Every highlight as an Annotation in one AnnotationCollection (its single AnnotationPage lists them in
 * article then reading order). Body: the note (purpose `commenting`) and one body per tag (`tagging`);
 * target: the article URL with the stored selectors; the colour as a CSS class with its stylesheet.
 */
export function buildAnnotationCollection(input: ExportInput): W3CAnnotationCollection {
  const p = prepareExport(input);
  const items = p.articles.flatMap((a) => a.highlights.map((h) => toAnnotation(h, a)));
  const id = `urn:portal-notes:export:${input.now.toISOString()}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Portal Notes – ${p.labels.reportTitle}`,
    total: items.length,
    first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** `buildAnnotationCollection` as pretty-printed JSON-LD text. */
export function buildAnnotationsJson(input: ExportInput): string {
  return `${JSON.stringify(buildAnnotationCollection(input), null, 2)}\n`;
}
