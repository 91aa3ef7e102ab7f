/**
 * The Word (.docx) summary for office staff: a title line with the export date, then per article its
 * heading, source, dates, signature and tags, and each highlight on its colour with its note.
 * Built with the `docx` library; Times New Roman 13 pt (the Vietnamese administrative standard) has
 * full Vietnamese coverage.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, ShadingType, TextRun, type ParagraphChild } from 'docx';
import { humanDate, zonedDateTime } from './dates';
import { COLOUR_HEX, attachmentLine, fieldLabels } from './labels';
import { prepareExport, type PreparedArticle, type PreparedExport, type PreparedHighlight } from './prepare';
import type { ExportInput } from './types';

const FONT = 'Times New Roman';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

type RunStyle = Omit<ConstructorParameters<typeof TextRun>[0] & object, 'text'>;
type ParagraphStyle = Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children' | 'text'>;

/**
 * Text as paragraphs, one per line, the first led by `lead` (a label or a number). Word ignores `\n`
 * inside a run, and readers (and mammoth) keep paragraphs where they may drop line breaks.
 */
function lines(lead: ParagraphChild[], text: string, run: RunStyle = {}, paragraph: ParagraphStyle = {}): Paragraph[] {
  return text.split('\n').map(
    (line, i) => new Paragraph({ ...paragraph, children: [...(i === 0 ? lead : []), new TextRun({ ...run, text: line })] }),
  );
}

const label = (text: string): TextRun => new TextRun({ text: `${text}: `, bold: true });

/** `Label: value` paragraphs. */
function field(name: string, value: string): Paragraph[] {
  return lines([label(name)], value);
}

function sourceRuns(a: PreparedArticle): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  if (a.site) children.push(new TextRun(`${a.site} – `));
  if (/^https?:\/\//i.test(a.url)) {
    children.push(new ExternalHyperlink({ link: a.url, children: [new TextRun({ text: a.url, style: 'Hyperlink' })] }));
  } else {
    children.push(new TextRun(a.url));
  }
  return children;
}

function highlightParagraphs(h: PreparedHighlight, index: number, p: PreparedExport): Paragraph[] {
  const l = p.labels;
  const shading = { type: ShadingType.CLEAR, fill: COLOUR_HEX[h.colour], color: 'auto' };
  const out = lines([new TextRun({ text: `${index + 1}. `, bold: true })], h.quote, { shading }, { spacing: { before: 160 } });
  const indent = { indent: { left: 360 } };
  if (h.note) out.push(...lines([label(l.note)], h.note, {}, indent));
  const meta = `${l.colour}: ${h.colourLabel}${h.tags.length ? ` · ${l.tags}: ${h.tags.join(', ')}` : ''}`;
  out.push(...lines([], meta, { italics: true, size: 22, color: '444444' }, indent));
  return out;
}

function articleParagraphs(a: PreparedArticle, level: number, p: PreparedExport): Paragraph[] {
  const l = p.labels;
  const f = fieldLabels(a, l);
  const out = [
    new Paragraph({ heading: HEADINGS[level], children: [new TextRun(a.title)] }),
    new Paragraph({ children: [label(l.source), ...sourceRuns(a)] }),
  ];
  if (a.documentNumber) out.push(...field(l.documentNumber, a.documentNumber));
  if (a.published) out.push(...field(f.date, humanDate(a.published, p.locale)));
  for (const d of a.recordDetails) out.push(...field(d.label, d.value));
  if (a.authors.length) out.push(...field(f.authors, a.authors.join(', ')));
  if (a.unit) out.push(...field(f.unit, a.unit));
  if (a.signature) out.push(...field(l.signature, a.signature));
  if (a.attachments.length) out.push(...field(l.attachments, a.attachments.map(attachmentLine).join('\n')));
  if (a.tags.length) out.push(...field(l.tags, a.tags.join(', ')));
  out.push(...field(l.saved, humanDate(zonedDateTime(a.savedAt, p.timeZone), p.locale)));
  if (a.highlights.length === 0) out.push(new Paragraph({ children: [new TextRun({ text: l.noHighlights, italics: true })] }));
  a.highlights.forEach((h, i) => out.push(...highlightParagraphs(h, i, p)));
  return out;
}

const heading = (size: number) => ({ run: { font: FONT, size, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } });

/** The .docx bytes. Grouped by `groupBy` (tag headings above article headings in tag mode). */
export async function buildDocx(input: ExportInput): Promise<Uint8Array> {
  const p = prepareExport(input);
  const l = p.labels;
  const exported = humanDate(zonedDateTime(p.now, p.timeZone), p.locale);
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(l.reportTitle)] }),
    new Paragraph({ children: [new TextRun({ text: `${l.exportedOn}: ${exported} · ${l.counts(p.articles.length, p.highlightCount)}`, italics: true })] }),
  ];
  for (const group of p.groups) {
    if (group.heading !== null) children.push(new Paragraph({ heading: HEADINGS[0], children: [new TextRun(group.heading)] }));
    for (const a of group.articles) children.push(...articleParagraphs(a, group.heading === null ? 0 : 1, p));
  }
  const doc = new Document({
    creator: 'Portal Notes',
    title: l.reportTitle,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 26, language: { value: p.locale === 'vi' ? 'vi-VN' : 'en-GB' } },
          paragraph: { spacing: { after: 80 } },
        },
        title: { run: { font: FONT, size: 36, bold: true, color: '000000' } },
        heading1: heading(32),
        heading2: heading(28),
        heading3: heading(26),
      },
    },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
