/**
 * A formatted reference, ready to paste into a report or thesis: in Vietnamese the way Vietnamese
 * theses cite web sources (author (year), “title”, site, date, URL, date of access), in English in
 * APA 7 form. Built from the same citation items as CSL-JSON, RIS and BibTeX, so all agree.
 */
import { citationItems, type CitationItem } from './citation';
import { humanDate, type DateParts } from './dates';
import type { CitationName } from './names';
import { prepareExport } from './prepare';
import type { ExportInput, ExportLocale } from './types';

const EN_MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA: `Nguyễn, T. M.` for a person, an institution as written. */
function apaName(name: CitationName): string {
  if ('literal' in name) return name.literal;
  const initials = name.given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => `${[...w][0].toLocaleUpperCase('vi')}.`)
    .join(' ');
  return initials ? `${name.family}, ${initials}` : name.family;
}

/** The authors as the reference names them: vi keeps each name whole, in its own order (`Nguyễn Tuyết Mai`). */
function authorNames(item: CitationItem, locale: ExportLocale): string[] {
  // (a signed document is cited under its issuing body, which the citation's creators already name)
  const people = item.article.authors.length && !(item.article.signedDocument && item.article.unit);
  if (locale === 'vi') return people ? item.article.authors : item.authors.map((n) => ('literal' in n ? n.literal : `${n.given} ${n.family}`));
  return item.authors.map(apaName);
}

function joinAuthors(names: string[], locale: ExportLocale): string {
  if (names.length <= 1) return names[0] ?? '';
  if (locale === 'vi') return names.join(', ');
  // APA: up to 20 names, "&" before the last
  const shown = names.length > 20 ? [...names.slice(0, 19), '…', names[names.length - 1]] : names;
  return `${shown.slice(0, -1).join(', ')}, & ${shown[shown.length - 1]}`;
}

function apaDate(d: DateParts | null): string {
  if (!d) return 'n.d.';
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}, ${EN_MONTHS_LONG[d.month - 1]}`;
  return `${d.year}, ${EN_MONTHS_LONG[d.month - 1]} ${d.day}`;
}

function longDate(d: DateParts): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${EN_MONTHS_LONG[d.month - 1]} ${d.year}`;
  return `${EN_MONTHS_LONG[d.month - 1]} ${d.day}, ${d.year}`;
}

/** A sentence ends with one full stop, even when the title brings its own ? or !. */
const stop = (s: string): string => (/[.?!…]$/.test(s) ? s : `${s}.`);

/** One reference as text. */
export function formatReference(item: CitationItem, locale: ExportLocale): string {
  const authors = joinAuthors(authorNames(item, locale), locale);
  if (locale === 'vi') {
    const year = item.issued ? String(item.issued.year) : 'không rõ năm';
    const parts = authors ? [`${authors} (${year})`, `“${item.title}”`] : [`“${item.title}” (${year})`];
    // a document is cited by its number too: `…”, số 245/QĐ-SNV, …`
    if (item.article.documentNumber) parts.push(`số ${item.article.documentNumber}`);
    if (item.container && item.container !== authors) parts.push(item.container);
    if (item.issued?.day !== undefined) parts.push(`ngày ${humanDate(item.issued, 'vi')}`);
    parts.push(item.url, `truy cập ngày ${humanDate(item.accessed, 'vi')}`);
    return `${parts.join(', ')}.`;
  }
  const date = `(${apaDate(item.issued)})`;
  // APA gives a report's or a document's number after its title: `Title (No. 245/QĐ-SNV).`
  const title = item.article.documentNumber ? `${item.title} (No. ${item.article.documentNumber})` : item.title;
  const site = item.container && item.container !== authors ? ` ${stop(item.container)}` : '';
  const where = item.issued ? item.url : `Retrieved ${longDate(item.accessed)}, from ${item.url}`;
  return authors ? `${stop(authors)} ${date}. ${stop(title)}${site} ${where}` : `${stop(title)} ${date}.${site} ${where}`;
}

/** The reference list of an export: one reference per paragraph, in the export's order. */
export function buildReferenceList(input: ExportInput): string {
  const prepared = prepareExport(input);
  return citationItems(prepared)
    .map((item) => formatReference(item, prepared.locale))
    .join('\n\n')
    .concat(prepared.articles.length ? '\n' : '');
}
