/** Reads the whole library into a BackupFile in one read transaction, so the export is a consistent picture. */
import { read } from '../db/errors';
import type { Clip } from '../model';
import type { Clock, LibraryDB, Settings } from '../db/types';
import { isSettingKey } from '../db/settings';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
import type { BackupFile } from './format';

/** Export every clip, highlight, tag, setting and snapshot. */
export async function exportBackup(db: LibraryDB, clock: Clock): Promise<BackupFile> {
  return read(db, ['clips', 'highlights', 'tags', 'settings', 'snapshots'], async (tx) => {
    // All five requests are queued at once, so the database reads the next store while this
    // thread copies out the previous one.
    const [clips, highlights, tags, settingRecords, snapshots] = await Promise.all([
      tx.objectStore('clips').getAll(),
      tx.objectStore('highlights').getAll(),
      tx.objectStore('tags').getAll(),
      tx.objectStore('settings').getAll(),
      tx.objectStore('snapshots').getAll(),
    ]);
    const settings: Partial<Settings> = {};
    for (const { key, value } of settingRecords) {
      if (isSettingKey(key)) (settings as Record<string, unknown>)[key] = value;
    }
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(clock()).toISOString(),
      clips: clips.map(({ highlightCount: _count, highlightColours: _colours, ...clip }): Clip => clip),
      highlights,
      tags,
      settings,
      snapshots,
    };
  });
}
