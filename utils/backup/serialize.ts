/**
 * Writes a backup as JSON in pieces, one record per line, so a big library never needs one giant
 * intermediate array and the UI can hand the pieces straight to a Blob.
 */
import type { BackupFile } from './format';

const RECORDS_PER_CHUNK = 500;

function* section(name: string, records: readonly unknown[], last: boolean): Generator<string> {
  yield `"${name}":[`;
  for (let start = 0; start < records.length; start += RECORDS_PER_CHUNK) {
    let chunk = '';
    const end = Math.min(records.length, start + RECORDS_PER_CHUNK);
    for (let i = start; i < end; i++) chunk += (i === 0 ? '\n' : ',\n') + JSON.stringify(records[i]);
    yield chunk;
  }
  yield records.length ? `\n]${last ? '' : ',\n'}` : `]${last ? '' : ',\n'}`;
}

/** The backup's JSON text in pieces (each a few hundred records); joined they parse as one document. */
export function* backupChunks(file: BackupFile): Generator<string> {
  yield `{"format":${JSON.stringify(file.format)},"version":${file.version},"exportedAt":${JSON.stringify(file.exportedAt)},\n`;
  yield `"settings":${JSON.stringify(file.settings)},\n`;
  yield* section('tags', file.tags, false);
  yield* section('clips', file.clips, false);
  yield* section('highlights', file.highlights, false);
  yield* section('snapshots', file.snapshots, true);
  yield '}\n';
}

/** The whole backup as one JSON string. */
export function serializeBackup(file: BackupFile): string {
  let text = '';
  for (const chunk of backupChunks(file)) text += chunk;
  return text;
}
