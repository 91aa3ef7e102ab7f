/**
 * Download names: `portal-notes_2026-11-29_hoi-nghi-so-ket.docx` — the product, the export date and a
 * short ASCII slug (safe on every file system and in every mail client).
 */
import { isoDate, zonedDateTime } from './dates';
import { exportFormatInfo, type ExportFormatId } from './formats';
import { slugify } from './text';
import { DEFAULT_TIME_ZONE, type ExportLocale, type ExportScope } from './types';

/** What the file name is made from. */
export interface ExportFilenameOptions {
  scope: ExportScope;
  /** The article's title (scope `article`) or a name for the selection (a tag, a search); optional. */
  title?: string;
  format: ExportFormatId;
  now: Date;
  /** Words used when there is no title: vi `tat-ca`/`da-chon`/`bai-viet`, en `all`/`selection`/`article`. */
  locale?: ExportLocale;
  timeZone?: string;
}

const SCOPE_WORDS: Record<ExportLocale, Record<ExportScope, string>> = {
  vi: { all: 'tat-ca', selection: 'da-chon', article: 'bai-viet' },
  en: { all: 'all', selection: 'selection', article: 'article' },
};

/** The file name for an export (slug at most 40 characters, Vietnamese folded to ASCII: `đ` → `d`). */
export function exportFilename(options: ExportFilenameOptions): string {
  const date = isoDate(zonedDateTime(options.now, options.timeZone ?? DEFAULT_TIME_ZONE));
  const slug = slugify(options.title ?? '', 40) || SCOPE_WORDS[options.locale ?? 'vi'][options.scope];
  return `portal-notes_${date}_${slug}.${exportFormatInfo(options.format).extension}`;
}
