/**
 * The export registry: every format with its names, MIME type, extension and builder, so the UI can
 * list formats and build one without knowing any of them. Builders return content; saving is the UI's job.
 */
import { buildAnnotationsJson } from './annotations';
import { buildBibtex } from './bibtex';
import { buildCslJson } from './csl';
import { buildCsv } from './csv';
import { buildDocx } from './docx';
import { EXPORT_FORMAT_INFO, type ExportFormatId, type ExportFormatInfo } from './formats';
import { buildHtml } from './html';
import { buildMarkdown, buildMarkdownZip } from './markdown';
import { buildReferenceList } from './reference';
import { buildRis } from './ris';
import type { ExportInput } from './types';
import { buildXlsx } from './xlsx';

/** What a builder returns: text (save as UTF-8) or bytes. */
export type ExportOutput = string | Uint8Array;

/** A registry entry: the format's description and its builder. */
export interface ExportFormat extends ExportFormatInfo {
  /** Builds the file's content: text (UTF-8 when saved) or bytes; .docx is asynchronous. */
  build(input: ExportInput): ExportOutput | Promise<ExportOutput>;
}

const BUILDERS: Record<ExportFormatId, ExportFormat['build']> = {
  docx: buildDocx,
  xlsx: buildXlsx,
  csv: buildCsv,
  markdown: buildMarkdown,
  'markdown-zip': buildMarkdownZip,
  html: buildHtml,
  annotations: buildAnnotationsJson,
  csl: buildCslJson,
  ris: (input) => buildRis(input),
  bibtex: buildBibtex,
  // a byte order mark so Word and Notepad read the Vietnamese as UTF-8
  references: (input) => `\uFEFF${buildReferenceList(input)}`,
};

/** Every format, in the order the UI should list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMAT_INFO.map((info) => ({ ...info, build: BUILDERS[info.id] }));

/** One format by id (throws on an unknown id). */
export function getExportFormat(id: ExportFormatId): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`Unknown export format: ${id}`);
  return format;
}

/** Builds one format; always a Promise so callers need not care which formats are synchronous. */
export async function buildExport(id: ExportFormatId, input: ExportInput): Promise<ExportOutput> {
  return getExportFormat(id).build(input);
}

export { exportFilename, type ExportFilenameOptions } from './filename';
export type { ExportFormatId, ExportFormatInfo } from './formats';
export type { ExportGroupBy, ExportInput, ExportLocale, ExportScope } from './types';
export { buildAnnotationCollection, buildAnnotationsJson } from './annotations';
export { buildBibtex } from './bibtex';
export { buildReferenceList, formatReference } from './reference';
export { buildCslItems, buildCslJson } from './csl';
export { buildCsv } from './csv';
export { buildXlsx } from './xlsx';
export { buildDocx } from './docx';
export { buildHtml } from './html';
export { buildMarkdown, buildMarkdownFiles, buildMarkdownZip, type ExportFile } from './markdown';
export { buildRis, type RisOptions } from './ris';
export { buildZip, type ZipEntry } from './zip';
