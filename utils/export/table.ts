/**
 * The spreadsheet exports' one table: a row per highlight with its article's columns (an article
 * without highlights still gets a row), cells typed so each format writes them its own way — CSV as
 * text, .xlsx with real dates Excel can sort and filter.
 */
import type { DateParts, ZonedDateTime } from './dates';
import { zonedDateTime } from './dates';
import { attachmentLine, dateLabelOf } from './labels';
import { prepareExport, type PreparedArticle, type PreparedExport, type PreparedHighlight } from './prepare';
import type { ExportInput } from './types';

/** One cell: text, a calendar date (maybe only a year or month), a wall-clock date-time, or a whole number. */
export type TableCell =
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: DateParts }
  | { kind: 'datetime'; at: ZonedDateTime }
  | { kind: 'number'; value: number };

/** How wide a column should show (spreadsheets): a short code, a name, a line, or running text. */
export type ColumnWidth = 'narrow' | 'medium' | 'wide' | 'text';

export interface TableColumn {
  label: string;
  width: ColumnWidth;
}

export interface ExportTable {
  prepared: PreparedExport;
  columns: TableColumn[];
  rows: TableCell[][];
}

const text = (value: string | null | undefined): TableCell => ({ kind: 'text', text: value ?? '' });
const join = (values: readonly string[]): TableCell => text(values.join('; '));
const EMPTY = text('');

/** The highlight table of an export. Rows follow the article order; `groupBy` does not repeat rows. */
export function highlightTable(input: ExportInput): ExportTable {
  const prepared = prepareExport(input);
  const { labels: l, timeZone } = prepared;
  const columns: TableColumn[] = [
    { label: l.title, width: 'wide' },
    { label: l.url, width: 'wide' },
    { label: l.source, width: 'medium' },
    // any clip's date (an article's publication, a document's issue, a question's answer), one column to sort by
    { label: l.date, width: 'narrow' },
    { label: l.dateKind, width: 'narrow' },
    { label: l.documentNumber, width: 'narrow' },
    { label: l.authors, width: 'medium' },
    { label: l.unit, width: 'medium' },
    { label: l.signature, width: 'wide' },
    { label: l.recordDetails, width: 'wide' },
    { label: l.attachments, width: 'wide' },
    { label: l.articleTags, width: 'medium' },
    { label: l.saved, width: 'narrow' },
    { label: l.number, width: 'narrow' },
    { label: l.highlight, width: 'text' },
    { label: l.colour, width: 'narrow' },
    { label: l.note, width: 'text' },
    { label: l.highlightTags, width: 'medium' },
    { label: l.highlighted, width: 'narrow' },
    { label: l.articleId, width: 'medium' },
    { label: l.highlightId, width: 'medium' },
  ];
  const articleCells = (a: PreparedArticle): TableCell[] => {
    const published = a.published;
    return [
      text(a.title),
      text(a.url),
      text(a.site),
      published ? { kind: 'date', date: published } : EMPTY,
      published ? text(dateLabelOf(a.dateKind, l)) : EMPTY,
      text(a.documentNumber),
      join(a.authors),
      text(a.unit),
      text(a.signature),
      // one row of the record a line, as the page labels it
      text(a.recordDetails.map((d) => `${d.label}: ${d.value}`).join('\n')),
      // one file a line: its name, then its address
      text(a.attachments.map(attachmentLine).join('\n')),
      join(a.tags),
      { kind: 'datetime', at: zonedDateTime(a.savedAt, timeZone) },
    ];
  };
  const highlightCells = (h: PreparedHighlight, index: number): TableCell[] => [
    { kind: 'number', value: index + 1 },
    text(h.quote),
    text(h.colourLabel),
    text(h.note),
    join(h.tags),
    { kind: 'datetime', at: zonedDateTime(h.createdAt, timeZone) },
  ];
  const rows: TableCell[][] = [];
  for (const a of prepared.articles) {
    const base = articleCells(a);
    if (a.highlights.length === 0) {
      rows.push([...base, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, text(a.id), EMPTY]);
      continue;
    }
    a.highlights.forEach((h, i) => rows.push([...base, ...highlightCells(h, i), text(a.id), text(h.id)]));
  }
  return { prepared, columns, rows };
}
