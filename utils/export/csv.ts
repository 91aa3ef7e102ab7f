/**
 * CSV for Excel: one row per highlight with its article's columns. UTF-8 with a BOM (without it Excel
 * reads Vietnamese as mojibake), CRLF, RFC 4180 quoting, and formula-looking cells neutralised.
 */
import { isoDate, isoDateTimeMinutes, zonedDateTime } from './dates';
import { prepareExport, type PreparedArticle, type PreparedHighlight } from './prepare';
import type { ExportInput } from './types';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[\s\u00A0]*[=+\-@]|^[\t\r]/;

/**
 * Prefixes a `'` to a cell that a spreadsheet would run as a formula: it starts with = + - @ (after any
 * spaces), a tab or a carriage return. This is OWASP's recommendation; the apostrophe stays visible in
 * the cell, which is the accepted price for text that can never execute.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: always quoted (so commas, quotes and newlines are inert), inner quotes doubled. */
export function csvField(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

const join = (values: string[]): string => values.join('; ');

/**
 * The CSV text (starting with U+FEFF). Article columns first, then the highlight's; an article without
 * highlights still gets one row (empty highlight cells) so "export everything" lists every clip.
 * Dates are ISO (`2020-07-24`; instants as `2026-11-29 14:05` in the export's zone) so Excel sorts them.
 * Rows follow the article order; `groupBy` does not repeat rows.
 */
export function buildCsv(input: ExportInput): string {
  const prepared = prepareExport(input);
  const { labels: l, timeZone } = prepared;
  const header = [
    l.title, l.url, l.source, l.published, l.authors, l.unit, l.signature, l.articleTags, l.saved,
    l.number, l.highlight, l.colour, l.note, l.highlightTags, l.highlighted, l.articleId, l.highlightId,
  ];
  const articleCells = (a: PreparedArticle): string[] => [
    a.title,
    a.url,
    a.site,
    a.published ? isoDate(a.published) : '',
    join(a.authors),
    a.unit ?? '',
    a.signature,
    join(a.tags),
    isoDateTimeMinutes(zonedDateTime(a.savedAt, timeZone)),
  ];
  const highlightCells = (h: PreparedHighlight, index: number): string[] => [
    String(index + 1),
    h.quote,
    h.colourLabel,
    h.note,
    join(h.tags),
    isoDateTimeMinutes(zonedDateTime(h.createdAt, timeZone)),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const a of prepared.articles) {
    const base = articleCells(a);
    if (a.highlights.length === 0) {
      lines.push([...base, '', '', '', '', '', '', a.id, ''].map(csvField).join(','));
      continue;
    }
    a.highlights.forEach((h, i) => {
      lines.push([...base, ...highlightCells(h, i), a.id, h.id].map(csvField).join(','));
    });
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
