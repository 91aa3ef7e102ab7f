/**
 * Backup and restore from the Library page: the backup file as a Blob built from the serializer's
 * chunks (no single giant string), and restore from a chosen file with the size limit, the parse
 * and validation errors listed by path, and the merge counts in the backup panel's shape.
 */
import type { RestoreIssue, RestoreProgress, RestoreReport as PanelReport } from '../../components/BackupPanel';
import { MAX_BACKUP_BYTES, backupChunks, backupFileName, exportBackup, parseBackup, restoreBackup } from '../backup';
import type { RestoreReport as MergeReport, ValidationIssue } from '../backup';
import type { Clock, LibraryDB } from '../db';
import type { IdGenerator } from '../ids';
import type { ExportFile } from './export';

/** The whole library as a backup file. */
export async function buildBackupFile(db: LibraryDB, now: Clock): Promise<ExportFile> {
  const file = await exportBackup(db, now);
  return { blob: new Blob([...backupChunks(file)], { type: 'application/json' }), filename: backupFileName(file) };
}

/**
 * A validator issue as the panel lists it: the record (`clips[12]`) apart from the field at fault
 * (`published`, `signature.authors[0]`); a problem with the file as a whole has the path `(root)`.
 */
export function toRestoreIssue(issue: ValidationIssue): RestoreIssue {
  const record = /^([A-Za-z]+\[\d+\])(?:\.(.+))?$/.exec(issue.path);
  if (record) return { path: record[1], field: record[2] ?? '', message: issue.message };
  if (issue.path === '' || issue.path === '(root)') return { path: '(root)', field: '', message: issue.message };
  return { path: '(root)', field: issue.path, message: issue.message };
}

/** Added / updated / skipped over every kind of record in the file. */
export function totalCounts(report: MergeReport): { added: number; updated: number; skipped: number } {
  const total = { added: 0, updated: 0, skipped: 0 };
  for (const part of Object.values(report)) {
    total.added += part.added;
    total.updated += part.updated;
    total.skipped += part.skipped;
  }
  return total;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/**
 * Restore a backup file: refuse files over MAX_BACKUP_BYTES before reading them, list every
 * problem of an invalid file (nothing is written then), else merge it in one transaction.
 */
export async function restoreFromFile(
  deps: { db: LibraryDB; now: Clock; ids: IdGenerator },
  file: Pick<Blob, 'size' | 'text'>,
  onProgress: (p: RestoreProgress) => void,
  maxBytes: number = MAX_BACKUP_BYTES,
): Promise<PanelReport> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      errors: [{ path: '(root)', field: '', message: `the file is too large: ${megabytes(file.size)}; backups up to ${megabytes(maxBytes)} can be restored` }],
    };
  }
  onProgress({ phase: 'reading', done: 0, total: file.size });
  const text = await file.text();
  onProgress({ phase: 'validating', done: 0, total: 1 });
  const parsed = parseBackup(text, maxBytes);
  if (!parsed.ok) {
    const errors = parsed.errors.map(toRestoreIssue);
    if (parsed.more > 0) errors.push({ path: '(root)', field: '', message: `${parsed.more} more problem(s) not listed` });
    return { ok: false, errors };
  }
  const b = parsed.file;
  const total = b.clips.length + b.highlights.length + b.tags.length + b.snapshots.length + Object.keys(b.settings).length;
  onProgress({ phase: 'writing', done: 0, total });
  const report = await restoreBackup(deps.db, b, deps.now, deps.ids);
  onProgress({ phase: 'writing', done: total, total });
  return { ok: true, counts: totalCounts(report) };
}

/** When the last backup was saved on this machine, and until when the user asked not to be reminded. */
export interface BackupHistory {
  lastBackupAt: number | null;
  snoozeUntil: number | null;
}

const DAY = 86_400_000;
/** A library whose newest backup is older than this is reminded of it. */
export const BACKUP_REMINDER_DAYS = 30;
/** "Remind me later" waits this long. */
export const BACKUP_SNOOZE_DAYS = 7;

/**
 * Whether the Library should suggest a backup: there is something to lose (clips, the oldest saved
 * over a week ago when there never was a backup), the last backup is older than 30 days, and the user
 * did not just ask to be reminded later.
 */
export function backupReminderDue(h: BackupHistory, library: { clipCount: number; oldestSavedAt: number | null }, now: number): boolean {
  if (library.clipCount === 0 || library.oldestSavedAt === null) return false;
  if (h.snoozeUntil !== null && now < h.snoozeUntil) return false;
  if (h.lastBackupAt === null) return now - library.oldestSavedAt >= 7 * DAY;
  return now - h.lastBackupAt >= BACKUP_REMINDER_DAYS * DAY;
}

/** Where the history is kept: extension storage (machine state, not part of the library or its backups). */
export interface HistoryStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const HISTORY_KEY = 'backupHistory';

export async function readBackupHistory(store: HistoryStore): Promise<BackupHistory> {
  const raw = (await store.get(HISTORY_KEY))[HISTORY_KEY] as Partial<BackupHistory> | undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return { lastBackupAt: num(raw?.lastBackupAt), snoozeUntil: num(raw?.snoozeUntil) };
}

export async function recordBackup(store: HistoryStore, now: number): Promise<void> {
  await store.set({ [HISTORY_KEY]: { lastBackupAt: now, snoozeUntil: null } satisfies BackupHistory });
}

export async function snoozeBackupReminder(store: HistoryStore, now: number): Promise<void> {
  const h = await readBackupHistory(store);
  await store.set({ [HISTORY_KEY]: { ...h, snoozeUntil: now + BACKUP_SNOOZE_DAYS * DAY } satisfies BackupHistory });
}
