/**
 * CSL-JSON, the citation format of Zotero, Mendeley and citeproc: one item per article.
 */
import { citationItems, type CitationItem } from './citation';
import type { DateParts } from './dates';
import type { CitationName } from './names';
import { prepareExport } from './prepare';
import type { ExportInput } from './types';

/** A CSL date: one `date-parts` entry of year, month, day (as known). */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON fields we write (CSL 1.0.2 variable names). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CitationName[];
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  'container-title'?: string;
  /** A document's number and symbol (`245/QĐ-SNV`). */
  number?: string;
  language?: string;
}

/** CSL `date-parts` with as much of the date as is known. */
export function cslDate(parts: DateParts): CslDate {
  const out = [parts.year];
  if (parts.month !== undefined) {
    out.push(parts.month);
    if (parts.day !== undefined) out.push(parts.day);
  }
  return { 'date-parts': [out] };
}

function toCsl(item: CitationItem): CslItem {
  return {
    id: item.key,
    'citation-key': item.key,
    type: item.type === 'newspaper' ? 'article-newspaper' : 'webpage',
    title: item.title,
    ...(item.authors.length ? { author: item.authors } : {}),
    ...(item.issued ? { issued: cslDate(item.issued) } : {}),
    accessed: cslDate(item.accessed),
    URL: item.url,
    ...(item.container ? { 'container-title': item.container } : {}),
    ...(item.article.documentNumber ? { number: item.article.documentNumber } : {}),
    ...(item.language ? { language: item.language } : {}),
  };
}

/** The CSL items: persons as `{family, given}`, the unit as `{literal}` when no person is named. */
export function buildCslItems(input: ExportInput): CslItem[] {
  return citationItems(prepareExport(input)).map(toCsl);
}

/** `buildCslItems` as JSON text (an array, what Zotero's "Import from Clipboard/File" expects). */
export function buildCslJson(input: ExportInput): string {
  return `${JSON.stringify(buildCslItems(input), null, 2)}\n`;
}
