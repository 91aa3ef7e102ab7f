/**
 * Markdown for Obsidian and other note apps: YAML front matter with the article's fields, then the
 * highlights as block quotes with their notes. Page text is escaped so it can never become markup.
 */
import { humanDate, isoDate, zonedDateTime } from './dates';
import { prepareExport, type PreparedArticle, type PreparedExport, type PreparedHighlight } from './prepare';
import { fieldLabels } from './labels';
import { slugify } from './text';
import type { ExportInput } from './types';
import { buildZip } from './zip';

/** A YAML double-quoted scalar that parses back to exactly `value` (JSON-style escapes, valid YAML 1.2). */
export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Characters that are markup anywhere in a line (CommonMark, GFM and Obsidian: `==`, `%%`, `$`, `^`, `[[`). */
const INLINE_ACTIVE = /[\\`*_[\]<|~$#&^]/g;
/** Line starts that open a block: lists, quotes, setext underlines, numbered lists. */
const LINE_START_ACTIVE = /^([-+>=]|\d+(?=[.)]))/;

/** One line of page text made inert in Markdown (the text still reads the same when rendered). */
function escapeMarkdownLine(line: string): string {
  const escaped = line
    .trimStart()
    .replace(INLINE_ACTIVE, '\\$&')
    .replace(/==/g, '=\\=')
    .replace(/%%/g, '%\\%');
  return escaped.replace(LINE_START_ACTIVE, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * Page or user text made inert in Markdown. Newlines are kept as hard line breaks (`joiner`) so a
 * hostile line can never start a heading, list or code block.
 */
export function escapeMarkdown(text: string, joiner = '  \n'): string {
  return text.split('\n').map(escapeMarkdownLine).join(joiner);
}

/** An http(s) URL safe inside `(...)` of a link, or null for any other scheme (no `javascript:` links). */
function linkTarget(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return url.replace(/[\s<>()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Obsidian tag rules: no spaces or punctuation other than `_ - /`, and not all digits. */
export function obsidianTag(name: string): string {
  const tag = name
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '');
  return /^\d+$/.test(tag) ? `_${tag}` : tag;
}

function yamlList(values: string[]): string {
  return values.length === 0 ? ' []' : values.map((v) => `\n  - ${yamlString(v)}`).join('');
}

function articleFrontMatter(a: PreparedArticle, p: PreparedExport): string {
  const tags = [...new Set(a.tags.map(obsidianTag).filter(Boolean))];
  const lines = ['---', `title: ${yamlString(a.title)}`, `url: ${yamlString(a.url)}`];
  if (a.site) lines.push(`site: ${yamlString(a.site)}`);
  if (a.documentNumber) lines.push(`number: ${yamlString(a.documentNumber)}`);
  if (a.published) lines.push(`published: ${isoDate(a.published)}`);
  // a document's issue date or a question's answer date, under the same key so one query sorts every note
  if (a.published && a.dateKind !== 'published') lines.push(`date_type: ${a.dateKind}`);
  lines.push(`authors:${yamlList(a.authors)}`);
  if (a.unit) lines.push(`unit: ${yamlString(a.unit)}`);
  if (a.attachments.length) lines.push(`attachments:${yamlList(a.attachments.map((f) => f.url))}`);
  lines.push(`tags:${yamlList(tags)}`);
  lines.push(`saved: ${isoDate(zonedDateTime(a.savedAt, p.timeZone))}`);
  lines.push('---');
  return lines.join('\n');
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(level, 6))} ${text}`;
}

function renderHighlight(h: PreparedHighlight, p: PreparedExport): string {
  const l = p.labels;
  const parts = [escapeMarkdown(h.quote, '\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')];
  if (h.note) parts.push(`**${l.note}:** ${escapeMarkdown(h.note)}`);
  const meta = [`${l.colour}: ${escapeMarkdown(h.colourLabel, ' ')}`];
  if (h.tags.length) meta.push(`${l.tags}: ${escapeMarkdown(h.tags.join(', '), ' ')}`);
  parts.push(`*${meta.join(' · ')}*`);
  return parts.join('\n\n');
}

function renderArticle(a: PreparedArticle, level: number, p: PreparedExport): string {
  const l = p.labels;
  const target = linkTarget(a.url);
  const siteText = escapeMarkdown(a.site || a.url, ' ');
  const f = fieldLabels(a, l);
  const meta: string[] = [`- **${l.source}:** ${target ? `[${siteText}](${target})` : siteText}`];
  if (a.documentNumber) meta.push(`- **${l.documentNumber}:** ${escapeMarkdown(a.documentNumber, ' ')}`);
  if (a.published) meta.push(`- **${f.date}:** ${humanDate(a.published, p.locale)}`);
  for (const d of a.recordDetails) meta.push(`- **${escapeMarkdown(d.label, ' ')}:** ${escapeMarkdown(d.value, ' ')}`);
  if (a.authors.length) meta.push(`- **${f.authors}:** ${escapeMarkdown(a.authors.join(', '), ' ')}`);
  if (a.unit) meta.push(`- **${f.unit}:** ${escapeMarkdown(a.unit, ' ')}`);
  if (a.signature) meta.push(`- **${l.signature}:** ${escapeMarkdown(a.signature, ' / ')}`);
  for (const f of a.attachments) {
    const target = linkTarget(f.url);
    const name = escapeMarkdown(f.name, ' ');
    meta.push(`- **${l.attachments}:** ${target ? `[${name}](${target})` : name}`);
  }
  if (a.tags.length) meta.push(`- **${l.tags}:** ${escapeMarkdown(a.tags.join(', '), ' ')}`);
  meta.push(`- **${l.saved}:** ${humanDate(zonedDateTime(a.savedAt, p.timeZone), p.locale)}`);
  const blocks = [heading(level, escapeMarkdown(a.title, ' ')), meta.join('\n'), heading(level + 1, l.highlights)];
  if (a.highlights.length === 0) blocks.push(`*${l.noHighlights}*`);
  for (const h of a.highlights) blocks.push(renderHighlight(h, p));
  return blocks.join('\n\n');
}

function articleDocument(a: PreparedArticle, p: PreparedExport): string {
  return `${articleFrontMatter(a, p)}\n\n${renderArticle(a, 1, p)}\n`;
}

function combinedDocument(p: PreparedExport): string {
  const l = p.labels;
  const exported = zonedDateTime(p.now, p.timeZone);
  const front = [
    '---',
    `title: ${yamlString(l.reportTitle)}`,
    `exported: ${isoDate(exported)}`,
    `articles: ${p.articles.length}`,
    `highlights: ${p.highlightCount}`,
    '---',
  ].join('\n');
  const blocks = [front, heading(1, l.reportTitle), `${l.exportedOn}: ${humanDate(exported, p.locale)} · ${l.counts(p.articles.length, p.highlightCount)}`];
  for (const group of p.groups) {
    const level = group.heading === null ? 2 : 3;
    if (group.heading !== null) blocks.push(heading(2, escapeMarkdown(group.heading, ' ')));
    for (const a of group.articles) blocks.push(renderArticle(a, level, p));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * One Markdown document. A single article gives that article's note (front matter: title, url, site,
 * published, authors, unit, tags, saved); several give one combined report grouped by `groupBy`.
 */
export function buildMarkdown(input: ExportInput): string {
  const p = prepareExport(input);
  return p.articles.length === 1 ? articleDocument(p.articles[0], p) : combinedDocument(p);
}

/** A file for a multi-file export. */
export interface ExportFile {
  name: string;
  content: string;
}

/**
 * One note per article, named `<published or saved date>_<ascii-slug>.md` (unique: `-2`, `-3` … on clashes),
 * ready for an Obsidian vault.
 */
export function buildMarkdownFiles(input: ExportInput): ExportFile[] {
  const p = prepareExport(input);
  const used = new Set<string>();
  return p.articles.map((a) => {
    const date = isoDate(a.published ?? zonedDateTime(a.savedAt, p.timeZone));
    const base = `${date}_${slugify(a.title) || 'bai-viet'}`;
    let name = `${base}.md`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.md`;
    used.add(name);
    return { name, content: articleDocument(a, p) };
  });
}

/** `buildMarkdownFiles` packed in one .zip (stored, no compression). */
export function buildMarkdownZip(input: ExportInput): Uint8Array {
  return buildZip(buildMarkdownFiles(input), input.now, input.timeZone);
}
