/**
 * Exports from the pages: assemble the builders' input from what the page holds (or from the
 * database for one article), build the file with the export registry loaded on demand (the .docx
 * library is large and most sessions never export), and name it.
 */
import type { ClipRecord, LibraryDB } from '../db';
import { getClipWithHighlights, listTags } from '../db';
import type { ExportGroupBy, ExportInput, ExportLocale, ExportScope } from '../export/types';
import { exportFilename } from '../export/filename';
import { EXPORT_FORMAT_INFO, exportFormatInfo, type ExportFormatId } from '../export/formats';
import { COLOURS, type Clip, type Colour, type Highlight, type Tag } from '../model';
import { buildReferenceList } from '../export/reference';
import { localTimeZone } from '../format';

/** A finished export, ready to save. */
export interface ExportFile {
  blob: Blob;
  filename: string;
}

/** The choices of one export besides the data. */
export interface ExportOptions {
  colourLabels: Record<Colour, string>;
  locale: ExportLocale;
  now: Date;
  groupBy?: ExportGroupBy;
  /** The zone of the export's dates (saved, accessed, the file name's). Default: the viewer's, as the UI shows them. */
  timeZone?: string;
}

/** The formats as the ExportMenu lists them, named in the UI language. */
export function exportFormatOptions(locale: ExportLocale): { id: ExportFormatId; label: string }[] {
  return EXPORT_FORMAT_INFO.map((f) => ({ id: f.id, label: f.label[locale] }));
}

/** Whether `id` names a known export format (the views pass plain strings). */
export function isExportFormatId(id: string): id is ExportFormatId {
  return EXPORT_FORMAT_INFO.some((f) => f.id === id);
}

/** A stored clip without the derived highlight summary, as the export model expects. */
export function toClip(record: Clip | ClipRecord): Clip {
  const { highlightCount: _count, highlightColours: _colours, ...clip } = record as ClipRecord;
  return clip;
}

/** A tag without its usage counts. */
function toTag(tag: Tag & { clipCount?: number; highlightCount?: number }): Tag {
  return { name: tag.name, colour: tag.colour, description: tag.description, createdAt: tag.createdAt };
}

/**
 * The builders' input for the clips `clipIds` (in that order) out of data the page already holds:
 * only those clips, only their highlights.
 */
export function assembleExportInput(
  data: { clips: readonly (Clip | ClipRecord)[]; highlights: readonly Highlight[]; tags: readonly Tag[] },
  clipIds: readonly string[],
  options: ExportOptions,
): ExportInput {
  const byId = new Map(data.clips.map((c) => [c.id, c]));
  const clips = clipIds.map((id) => byId.get(id)).filter((c): c is Clip | ClipRecord => c !== undefined).map(toClip);
  const chosen = new Set(clips.map((c) => c.id));
  return {
    clips,
    highlights: data.highlights.filter((h) => chosen.has(h.clipId)),
    tags: data.tags.map(toTag),
    colourLabels: options.colourLabels,
    locale: options.locale,
    groupBy: options.groupBy ?? 'article',
    now: options.now,
    timeZone: options.timeZone ?? localTimeZone(),
  };
}

/** The builders' input for one article, read from the database (the popup holds no library). */
export async function articleExportInput(db: LibraryDB, clipId: string, options: ExportOptions): Promise<ExportInput> {
  const [found, tags] = await Promise.all([getClipWithHighlights(db, clipId), listTags(db)]);
  if (!found) throw new Error(`No clip with id ${clipId}`);
  return assembleExportInput({ clips: [found.clip], highlights: found.highlights, tags }, [clipId], options);
}

/**
 * Build one export and name it. Text is saved as UTF-8 as the builder wrote it (the CSV's byte
 * order mark included, so Excel reads Vietnamese correctly); bytes are saved unchanged.
 */
export async function buildExportFile(
  format: ExportFormatId,
  input: ExportInput,
  scope: ExportScope,
  title?: string,
): Promise<ExportFile> {
  const { buildExport } = await import('../export');
  const info = exportFormatInfo(format);
  const output = await buildExport(format, input);
  const part: BlobPart = typeof output === 'string' ? output : new Uint8Array(output);
  return {
    blob: new Blob([part], { type: info.mimeType }),
    filename: exportFilename({ scope, title, format, now: input.now, locale: input.locale, timeZone: input.timeZone }),
  };
}

/** A clip's formatted reference in the UI language (the Library's and popup's "Copy citation"), dated in `timeZone` (default: the viewer's). */
export function clipCitation(clip: Clip | ClipRecord, locale: ExportLocale, now: Date, timeZone?: string): string {
  const input = assembleExportInput({ clips: [clip], highlights: [], tags: [] }, [clip.id], { colourLabels: NO_LABELS, locale, now, timeZone });
  return buildReferenceList(input).trim();
}

const NO_LABELS = Object.fromEntries(COLOURS.map((c) => [c, ''])) as Record<Colour, string>;
