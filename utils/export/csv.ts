/**
 * CSV for Excel: one row per highlight with its article's columns. UTF-8 with a BOM (without it Excel
 * reads Vietnamese as mojibake), CRLF, RFC 4180 quoting, and formula-looking cells neutralised.
 */
import { isoDate, isoDateTimeMinutes } from './dates';
import { highlightTable, type TableCell } from './table';
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

/** A typed cell as CSV text: ISO dates (`2020-07-24`, instants as `2026-11-29 14:05`) so Excel sorts them. */
function cellText(cell: TableCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return isoDate(cell.date);
    case 'datetime':
      return isoDateTimeMinutes(cell.at);
  }
}

/**
 * The CSV text (starting with U+FEFF). Article columns first, then the highlight's; an article without
 * highlights still gets one row (empty highlight cells) so "export everything" lists every clip.
 */
export function buildCsv(input: ExportInput): string {
  const table = highlightTable(input);
  const lines = [table.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of table.rows) lines.push(row.map((cell) => csvField(cellText(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
