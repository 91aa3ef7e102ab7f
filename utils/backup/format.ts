/** The backup file format: one versioned JSON document holding the whole library. */
import type { Clip, Highlight, Snapshot, Tag } from '../model';
import type { Settings } from '../db/types';

export const BACKUP_FORMAT = 'portal-notes-backup';
/** Bump when the file layout changes; restore then needs a step that reads the older layout. */
export const BACKUP_VERSION = 1;

/** Largest backup file accepted, in bytes (check `File.size` before reading it). */
export const MAX_BACKUP_BYTES = 400 * 1024 * 1024;

/** A whole library. Clips carry no derived fields (highlight summaries are recomputed on restore). */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 UTC, e.g. `2024-03-28T09:15:00.000Z`. */
  exportedAt: string;
  clips: Clip[];
  highlights: Highlight[];
  tags: Tag[];
  settings: Partial<Settings>;
  snapshots: Snapshot[];
}

/** A suggested file name: `portal-notes-backup-2024-03-28.json`. */
export function backupFileName(file: Pick<BackupFile, 'exportedAt'>): string {
  return `${BACKUP_FORMAT}-${file.exportedAt.slice(0, 10)}.json`;
}
