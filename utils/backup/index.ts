/** Backup and restore of the whole library as one versioned JSON file. */
export { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, backupFileName } from './format';
export type { BackupFile } from './format';
export { parseBackup, validateBackup } from './validate';
export type { BackupValidation, ValidationIssue } from './validate';
export { backupChunks, serializeBackup } from './serialize';
export { exportBackup } from './export';
export { restoreBackup } from './restore';
export type { MergeCounts, RestoreReport } from './restore';
