/**
 * A self-contained, printable HTML report. Every piece of page or user text passes through
 * `escapeHtml` and lands only in element content (links: http(s) URLs in an escaped href), never in tags.
 */
import { COLOURS } from '../model';
import { humanDate, zonedDateTime } from './dates';
import { COLOUR_HEX, fieldLabels } from './labels';
import { prepareExport, type PreparedArticle, type PreparedExport, type PreparedHighlight } from './prepare';
import type { ExportInput } from './types';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values: & < > " ' become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Times New Roman", "Noto Serif", "Liberation Serif", serif; font-size: 13pt; line-height: 1.5;
  color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2, h3 { line-height: 1.3; }
.report-meta { color: #444; margin-top: 0; }
.group > h2 { border-bottom: 2px solid #333; padding-bottom: .2rem; }
article { margin: 1.5rem 0 2rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .5rem 0 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
.user { unicode-bidi: isolate; white-space: pre-wrap; overflow-wrap: anywhere; }
.files a { display: block; overflow-wrap: anywhere; }
ol.highlights { padding-left: 1.5rem; }
ol.highlights > li { margin: .75rem 0; }
blockquote { margin: 0; padding: .3rem .6rem; border-left: 4px solid #888; }
.note { margin: .3rem 0 0; }
.hl-meta { margin: .2rem 0 0; color: #444; font-size: .9em; }
.empty { color: #666; font-style: italic; }
${COLOURS.map((c) => `.hl-${c} blockquote { background: #${COLOUR_HEX[c]}; }`).join('\n')}
@media print {
  body { margin: 0; max-width: none; font-size: 12pt; }
  a { color: inherit; text-decoration: none; }
  article { break-inside: avoid-page; }
  blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid-page; }
}
`;

/** Escaped text inside an isolating span that keeps newlines, so RTL marks cannot reorder the page. */
const userText = (text: string): string => `<span class="user">${escapeHtml(text)}</span>`;

function link(url: string, text: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${userText(text)}</a>` : userText(text);
}

function renderHighlight(h: PreparedHighlight, p: PreparedExport): string {
  const l = p.labels;
  const meta = [`${escapeHtml(l.colour)}: ${userText(h.colourLabel)}`];
  if (h.tags.length) meta.push(`${escapeHtml(l.tags)}: ${userText(h.tags.join(', '))}`);
  return [
    `<li class="hl-${h.colour}">`,
    `<blockquote>${userText(h.quote)}</blockquote>`,
    h.note ? `<p class="note"><strong>${escapeHtml(l.note)}:</strong> ${userText(h.note)}</p>` : '',
    `<p class="hl-meta">${meta.join(' · ')}</p>`,
    '</li>',
  ].join('');
}

function renderArticle(a: PreparedArticle, level: number, p: PreparedExport): string {
  const l = p.labels;
  const f = fieldLabels(a, l);
  const rows: [string, string][] = [[l.source, link(a.url, a.site || a.url)]];
  if (a.documentNumber) rows.push([l.documentNumber, userText(a.documentNumber)]);
  if (a.published) rows.push([f.date, escapeHtml(humanDate(a.published, p.locale))]);
  for (const d of a.recordDetails) rows.push([d.label, userText(d.value)]);
  if (a.authors.length) rows.push([f.authors, userText(a.authors.join(', '))]);
  if (a.unit) rows.push([f.unit, userText(a.unit)]);
  if (a.signature) rows.push([l.signature, userText(a.signature)]);
  if (a.attachments.length) rows.push([l.attachments, `<span class="files">${a.attachments.map((f) => link(f.url, f.name)).join('')}</span>`]);
  if (a.tags.length) rows.push([l.tags, userText(a.tags.join(', '))]);
  rows.push([l.saved, escapeHtml(humanDate(zonedDateTime(a.savedAt, p.timeZone), p.locale))]);
  const body = a.highlights.length
    ? `<ol class="highlights">${a.highlights.map((h) => renderHighlight(h, p)).join('')}</ol>`
    : `<p class="empty">${escapeHtml(l.noHighlights)}</p>`;
  return [
    '<article>',
    `<h${level}>${userText(a.title)}</h${level}>`,
    `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    body,
    '</article>',
  ].join('\n');
}

/**
 * The report as one HTML page: inline CSS (with print rules), `lang` from the locale, highlights on
 * their colour, grouped by article or tag. Links only to http(s) pages; nothing is loaded from outside.
 */
export function buildHtml(input: ExportInput): string {
  const p = prepareExport(input);
  const l = p.labels;
  const exported = humanDate(zonedDateTime(p.now, p.timeZone), p.locale);
  const sections = p.groups.map((g) => {
    const articles = g.articles.map((a) => renderArticle(a, g.heading === null ? 2 : 3, p)).join('\n');
    return g.heading === null ? articles : `<section class="group">\n<h2>${userText(g.heading)}</h2>\n${articles}\n</section>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${p.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The report is opened from disk: forbid every remote load and script, whatever the text contains.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(l.reportTitle)} – ${escapeHtml(exported)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(l.reportTitle)}</h1><p class="report-meta">${escapeHtml(`${l.exportedOn}: ${exported} · ${l.counts(p.articles.length, p.highlightCount)}`)}</p></header>`,
    '<main>',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
