/**
 * BibTeX for biblatex (UTF-8 kept as is): `@article` with `entrysubtype = {newspaper}` for newspapers,
 * `@online` for other pages. Special characters are escaped so page text can never break an entry.
 */
import { citationItems, type CitationItem } from './citation';
import { isoDate } from './dates';
import type { CitationName } from './names';
import { prepareExport } from './prepare';
import type { ExportInput } from './types';

/**
 * LaTeX special characters as commands. Braces become `\textbraceleft{}`/`\textbraceright{}` rather than
 * `\{`: BibTeX counts braces even when escaped, so a lone `\{` in a title would unbalance the entry.
 */
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '`': '\\textasciigrave{}',
};

/**
 * Text safe inside a braced BibTeX field: specials escaped, whitespace (newlines too) collapsed, and
 * TeX's ligatures broken with `{}` (`--` would print as a dash, `''` as a closing quote).
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_^~<>|`]/g, (c) => BIBTEX_ESCAPES[c])
    .replace(/-(?=-)|'(?=')/g, '$&{}');
}

/** A URL for the verbatim `url` field: only characters that would unbalance the braces are percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s%]/g, (c, i: number, s: string) =>
    c === '%' && /^%[0-9A-Fa-f]{2}/.test(s.slice(i)) ? c : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * `Family, Given` for people, parts braced when they hold a comma or the word "and"; institutional
 * authors in double braces so biblatex never splits or abbreviates them.
 */
function bibtexName(name: CitationName): string {
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  const part = (s: string): string => {
    const e = escapeBibtex(s);
    return /,|\band\b/i.test(e) ? `{${e}}` : e;
  };
  return `${part(name.family)}, ${part(name.given)}`;
}

const LANGID: Record<string, string> = { vi: 'vietnamese', en: 'english', fr: 'french', de: 'german', zh: 'chinese', ru: 'russian' };

function entry(item: CitationItem): string {
  const newspaper = item.type === 'newspaper';
  const fields: [string, string][] = [];
  if (item.authors.length) fields.push(['author', item.authors.map(bibtexName).join(' and ')]);
  // The inner braces keep the title's capitals: styles that lower-case titles would mangle proper names.
  fields.push(['title', `{${escapeBibtex(item.title)}}`]);
  if (item.container) {
    const site = escapeBibtex(item.container);
    if (newspaper) fields.push(['journaltitle', site]);
    // biblatex prints `organization` for @online; Zotero and citation-js read the site from `booktitle`.
    else fields.push(['organization', site], ['booktitle', site]);
  }
  if (newspaper) fields.push(['entrysubtype', 'newspaper']);
  if (item.issued) fields.push(['date', isoDate(item.issued)], ['year', String(item.issued.year)]);
  fields.push(['urldate', isoDate(item.accessed)], ['url', bibtexUrl(item.url)]);
  const langid = LANGID[item.language.toLowerCase().split('-')[0]];
  if (langid) fields.push(['langid', langid]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@${newspaper ? 'article' : 'online'}{${item.key},\n${body}\n}`;
}

/** The .bib text, one entry per article in export order, keys like `nguyen2020hoi` (unique, ASCII). */
export function buildBibtex(input: ExportInput): string {
  return `${citationItems(prepareExport(input)).map(entry).join('\n\n')}\n`;
}
