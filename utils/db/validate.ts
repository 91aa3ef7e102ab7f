/**
 * The shapes of stored records and repository inputs, with their size limits. Shared by the
 * repository (input from content scripts) and backup restore (input from a file), so both reject
 * the same things with the same messages.
 */
import { COLOURS } from '../model';
import type { ArticleData, ArticleField, Clip, Corrections, Highlight, Selector, SignatureData, Snapshot, Tag } from '../model';
import { INVALID, array, boolean, literal, nullable, number, object, optional, partialRecord, string, tagged } from './shapes';
import type { Shape } from './shapes';

/** Size limits, in UTF-16 code units (string length) or items. */
export const LIMITS = {
  url: 8_192,
  id: 64,
  short: 1_024,
  text: 65_536,
  tagName: 100,
  /** A highlight's note or quote. */
  note: 1_048_576,
  /** Article text (detected body, snapshot text). */
  bodyText: 4_194_304,
  snapshotHtml: 8_388_608,
  aliases: 200,
  tagsPerItem: 100,
  authors: 100,
  selectors: 10,
  candidates: 100,
  eventDates: 1_000,
  /** Files a page offers (extraction keeps 20). */
  attachments: 50,
  /** A record's other rows. */
  recordDetails: 50,
} as const;

const ARTICLE_FIELDS: readonly ArticleField[] = ['title', 'published', 'modified', 'authors', 'signature', 'documentNumber', 'body', 'site', 'lang'];

export const idShape = string({ max: LIMITS.id, nfc: false, pattern: /^[A-Za-z0-9_-]+$/, patternName: 'an id of letters, digits, - and _' });

/** Absolute http(s) URLs only: a stored `javascript:` URL would become a live link in the library page. */
export const urlShape: Shape<string> = (value, path, issues) => {
  const url = string({ max: LIMITS.url, nfc: false, min: 1 })(value, path, issues);
  if (url === INVALID) return INVALID;
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    issues.add(path, 'expected an absolute http(s) URL');
    return INVALID;
  }
  return url;
};

/** ISO 8601 date or date-time, as detection writes it (`2024-01-22`, `2024-01-22T15:32:00+07:00`). */
export const isoDateShape = string({
  max: 64,
  nfc: false,
  pattern: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  patternName: 'an ISO 8601 date such as 2024-01-22 or 2024-01-22T15:32:00+07:00',
});

/** Epoch milliseconds. */
export const timestampShape = number({ min: 0, max: 8.64e15, integer: true });

const shortText = string({ max: LIMITS.short });
const text = string({ max: LIMITS.text });

/** NFC, trimmed, inner whitespace collapsed: the one spelling a tag is stored under. */
export function normaliseTagName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

export const tagNameShape: Shape<string> = (value, path, issues) => {
  const name = string({ max: LIMITS.tagName, min: 1 })(value, path, issues);
  return name === INVALID ? INVALID : normaliseTagName(name);
};

export const tagListShape: Shape<string[]> = (value, path, issues) => {
  const tags = array(tagNameShape, { max: LIMITS.tagsPerItem })(value, path, issues);
  return tags === INVALID ? INVALID : [...new Set(tags)];
};

/** Only hex colours: a tag colour ends up in a style attribute, where free text could inject CSS. */
export const cssColourShape = string({
  max: 64,
  nfc: false,
  pattern: /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/,
  patternName: 'a hex colour such as #2563eb',
});

export const colourShape = literal(...COLOURS);

export const signatureShape: Shape<SignatureData> = object({
  text,
  authors: array(shortText, { max: LIMITS.authors }),
  unit: nullable(shortText),
  source: nullable(shortText),
});

export const articleShape: Shape<ArticleData> = object({
  url: urlShape,
  canonicalUrl: nullable(urlShape),
  title: text,
  published: nullable(isoDateShape),
  publishedText: nullable(text),
  modified: nullable(isoDateShape),
  modifiedText: nullable(text),
  dateCandidates: array(
    object({ iso: isoDateShape, text, source: shortText, score: number() }),
    { max: LIMITS.candidates },
  ),
  authors: array(shortText, { max: LIMITS.authors }),
  signature: nullable(signatureShape),
  documentNumber: optional(nullable(shortText)),
  attachments: optional(array(object({ name: shortText, url: urlShape }), { max: LIMITS.attachments })),
  recordDetails: optional(array(object({ label: shortText, value: shortText }), { max: LIMITS.recordDetails })),
  bodyText: string({ max: LIMITS.bodyText }),
  eventDates: array(object({ iso: isoDateShape, text }), { max: LIMITS.eventDates }),
  lang: string({ max: 35, nfc: false, pattern: /^[A-Za-z0-9-]*$/, patternName: 'a BCP 47 language tag' }),
  site: shortText,
  titleCandidates: optional(array(object({ text, source: shortText }), { max: LIMITS.candidates })),
  siteCandidates: optional(array(object({ text: shortText, source: shortText }), { max: LIMITS.candidates })),
  isArticle: boolean,
  provenance: partialRecord(ARTICLE_FIELDS, object({ source: shortText, confidence: number({ min: 0, max: 1 }) })),
});

export const correctionsShape: Shape<Corrections> = object({
  title: optional(string({ max: LIMITS.text, min: 1 })),
  published: optional(nullable(isoDateShape)),
  authors: optional(array(shortText, { max: LIMITS.authors })),
  signature: optional(nullable(signatureShape)),
  site: optional(shortText),
  documentNumber: optional(nullable(shortText)),
});

// Anchoring data stays byte-exact (no NFC): it must match the page text as the anchorer reads it.
const selectorShape: Shape<Selector> = tagged<Selector>('type', {
  TextQuoteSelector: object({
    type: literal('TextQuoteSelector'),
    exact: string({ max: LIMITS.note, nfc: false }),
    prefix: string({ max: LIMITS.text, nfc: false }),
    suffix: string({ max: LIMITS.text, nfc: false }),
  }),
  TextPositionSelector: object({
    type: literal('TextPositionSelector'),
    start: number({ min: 0, integer: true }),
    end: number({ min: 0, integer: true }),
    scope: literal('article', 'document'),
  }),
  RangeSelector: object({
    type: literal('RangeSelector'),
    startContainer: string({ max: LIMITS.short, nfc: false }),
    startOffset: number({ min: 0, integer: true }),
    endContainer: string({ max: LIMITS.short, nfc: false }),
    endOffset: number({ min: 0, integer: true }),
  }),
});

export const selectorsShape = array(selectorShape, { max: LIMITS.selectors, min: 1 });
export const quoteShape = string({ max: LIMITS.note, min: 1 });
export const noteShape = string({ max: LIMITS.note });
export const tagDescriptionShape = string({ max: LIMITS.text });

export const clipShape: Shape<Clip & { highlightCount?: number; highlightColours?: string[] }> = object({
  id: idShape,
  url: urlShape,
  aliases: array(urlShape, { max: LIMITS.aliases }),
  title: text,
  published: nullable(isoDateShape),
  modified: nullable(isoDateShape),
  authors: array(shortText, { max: LIMITS.authors }),
  signature: nullable(signatureShape),
  documentNumber: optional(nullable(shortText)),
  site: shortText,
  lang: string({ max: 35, nfc: false, pattern: /^[A-Za-z0-9-]*$/, patternName: 'a BCP 47 language tag' }),
  tags: tagListShape,
  detected: articleShape,
  corrections: correctionsShape,
  savedAt: timestampShape,
  updatedAt: timestampShape,
  // Derived summaries are recomputed on restore; accepted so a file from a store dump still reads.
  highlightCount: optional(number({ min: 0, integer: true })),
  highlightColours: optional(array(colourShape, { max: COLOURS.length })),
});

export const highlightShape: Shape<Highlight> = object({
  id: idShape,
  clipId: idShape,
  url: urlShape,
  selectors: selectorsShape,
  quote: quoteShape,
  colour: colourShape,
  note: noteShape,
  tags: tagListShape,
  createdAt: timestampShape,
  updatedAt: timestampShape,
});

export const tagShape: Shape<Tag> = object({
  name: tagNameShape,
  colour: cssColourShape,
  description: tagDescriptionShape,
  createdAt: timestampShape,
});

export const snapshotInputShape = object({
  html: string({ max: LIMITS.snapshotHtml, nfc: false }),
  text: string({ max: LIMITS.bodyText }),
});

export const snapshotShape: Shape<Snapshot> = object({
  clipId: idShape,
  html: string({ max: LIMITS.snapshotHtml, nfc: false }),
  text: string({ max: LIMITS.bodyText }),
  takenAt: timestampShape,
});
