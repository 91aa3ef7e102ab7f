/**
 * RIS, the tagged citation format every reference manager imports (Zotero, EndNote, Mendeley).
 * Newspapers are `NEWS`, other pages `ELEC`; highlights can ride along as notes (`N1`).
 */
import { citationItems, type CitationItem } from './citation';
import type { DateParts } from './dates';
import type { CitationName } from './names';
import { prepareExport, type PreparedExport } from './prepare';
import type { ExportInput } from './types';

/** Choices for the RIS export. */
export interface RisOptions {
  /** Add one `N1` note per highlight (quote and note). Default true: Zotero makes each a child note. */
  highlights?: boolean;
}

/** A RIS value is one line: a newline inside it would let page text start a tag of its own. */
const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** `2020/07/24/`, `2020/07//` or `2020///`: RIS dates keep the slashes for unknown parts. */
function risDate(d: DateParts): string {
  const pad = (n: number | undefined): string => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(d.year).padStart(4, '0')}/${pad(d.month)}/${d.month === undefined ? '' : pad(d.day)}/`;
}

/**
 * `Family, Given` for people. Institutional authors are written without commas (`, ` → ` - `):
 * Zotero reads a comma in `AU` as the family/given split and would cut `Ban Thi đua, Khen thưởng` in two.
 */
function risName(name: CitationName): string {
  return 'literal' in name ? oneLine(name.literal).replace(/\s*,\s*/g, ' - ') : `${oneLine(name.family)}, ${oneLine(name.given)}`;
}

function record(item: CitationItem, p: PreparedExport, withHighlights: boolean): string {
  const lines: [string, string][] = [
    ['TY', item.type === 'newspaper' ? 'NEWS' : 'ELEC'],
    ['ID', item.key],
    ['TI', item.title],
    ...item.authors.map((a): [string, string] => ['AU', risName(a)]),
  ];
  if (item.container) lines.push(['T2', item.container]);
  if (item.issued) lines.push(['PY', String(item.issued.year)], ['DA', risDate(item.issued)]);
  lines.push(['Y2', risDate(item.accessed)], ['UR', item.url]);
  // the files the page offered (a decision's PDF): RIS links attachments with L1, which Zotero reads as links
  for (const f of item.article.attachments) lines.push(['L1', f.url]);
  if (item.language) lines.push(['LA', item.language]);
  for (const tag of item.article.tags) lines.push(['KW', tag]);
  if (withHighlights) {
    for (const h of item.article.highlights) {
      lines.push(['N1', `“${h.quote}”${h.note ? ` — ${p.labels.note}: ${h.note}` : ''}`]);
    }
  }
  const body = lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return [...body, 'ER  - '].join('\r\n');
}

/** The RIS text (UTF-8, CRLF), one record per article in export order. */
export function buildRis(input: ExportInput, options: RisOptions = {}): string {
  const p = prepareExport(input);
  const withHighlights = options.highlights ?? true;
  return `${citationItems(p).map((item) => record(item, p, withHighlights)).join('\r\n\r\n')}\r\n`;
}
