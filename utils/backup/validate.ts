/**
 * Checks a backup before anything is written: format and version, every field of every record
 * (types, sizes, hostile keys), and the links between records. Reports each problem with its
 * path (`clips[12].published`) so the user learns exactly what is wrong.
 */
import { Issues, INVALID, array, describe, literal, object, string } from '../db/shapes';
import type { ValidationIssue } from '../db/shapes';
import { settingsShape } from '../db/settings';
import { clipShape, highlightShape, snapshotShape, tagShape } from '../db/validate';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES } from './format';
import type { BackupFile } from './format';

export type { ValidationIssue };

export type BackupValidation =
  | { ok: true; file: BackupFile }
  | {
      ok: false;
      /** The first problems found (at most 100), each with its path. */
      errors: ValidationIssue[];
      /** How many more problems were found but not listed. */
      more: number;
    };

const LIMITS = { clips: 1_000_000, highlights: 5_000_000, tags: 100_000, snapshots: 1_000_000 };

const fileShape = object({
  format: literal(BACKUP_FORMAT),
  version: literal(BACKUP_VERSION),
  exportedAt: string({
    max: 40,
    nfc: false,
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/,
    patternName: 'an ISO 8601 date-time',
  }),
  clips: array(clipShape, { max: LIMITS.clips }),
  highlights: array(highlightShape, { max: LIMITS.highlights }),
  tags: array(tagShape, { max: LIMITS.tags }),
  settings: settingsShape,
  snapshots: array(snapshotShape, { max: LIMITS.snapshots }),
});

function fail(issues: Issues): BackupValidation {
  return { ok: false, errors: issues.list, more: issues.omitted };
}

/** A foreign or newer file gets one clear message instead of a list of every field that differs. */
function checkEnvelope(value: unknown, issues: Issues): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.add('', `expected a Portal Notes backup (a JSON object), got ${describe(value)}`);
    return false;
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    issues.add('format', `not a Portal Notes backup: expected format "${BACKUP_FORMAT}", got ${format === undefined ? 'no format field' : JSON.stringify(String(format).slice(0, 80))}`);
    return false;
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    issues.add('version', `made by a newer version of Portal Notes (backup version ${version}); this version reads version ${BACKUP_VERSION}. Update the extension first.`);
    return false;
  }
  if (version !== BACKUP_VERSION) {
    issues.add('version', `unknown backup version ${JSON.stringify(version)}; expected ${BACKUP_VERSION}`);
    return false;
  }
  return true;
}

/** Links between records: unique ids and URLs, highlights and snapshots pointing at clips in the file. */
function checkLinks(file: BackupFile, issues: Issues): void {
  const clipIndex = new Map<string, number>();
  const urlOwner = new Map<string, number>();
  file.clips.forEach((clip, i) => {
    const seen = clipIndex.get(clip.id);
    if (seen !== undefined) issues.add(`clips[${i}].id`, `duplicate id, also used by clips[${seen}]`);
    else clipIndex.set(clip.id, i);
    [clip.url, ...clip.aliases].forEach((url, j) => {
      const path = j === 0 ? `clips[${i}].url` : `clips[${i}].aliases[${j - 1}]`;
      const owner = urlOwner.get(url);
      if (owner !== undefined && owner !== i) issues.add(path, `URL also belongs to clips[${owner}]`);
      else urlOwner.set(url, i);
    });
  });
  const highlightIndex = new Map<string, number>();
  file.highlights.forEach((h, i) => {
    const seen = highlightIndex.get(h.id);
    if (seen !== undefined) issues.add(`highlights[${i}].id`, `duplicate id, also used by highlights[${seen}]`);
    else highlightIndex.set(h.id, i);
    if (!clipIndex.has(h.clipId)) issues.add(`highlights[${i}].clipId`, 'no clip with this id in the file');
  });
  const snapshotIndex = new Map<string, number>();
  file.snapshots.forEach((s, i) => {
    const seen = snapshotIndex.get(s.clipId);
    if (seen !== undefined) issues.add(`snapshots[${i}].clipId`, `duplicate snapshot, also at snapshots[${seen}]`);
    else snapshotIndex.set(s.clipId, i);
    if (!clipIndex.has(s.clipId)) issues.add(`snapshots[${i}].clipId`, 'no clip with this id in the file');
  });
  const tagIndex = new Map<string, number>();
  file.tags.forEach((t, i) => {
    const seen = tagIndex.get(t.name);
    if (seen !== undefined) issues.add(`tags[${i}].name`, `duplicate tag, also at tags[${seen}]`);
    else tagIndex.set(t.name, i);
  });
}

/**
 * Validate a parsed backup. On success `file` is a fresh copy holding only known fields, strings
 * in NFC, tag names normalised, derived clip fields removed.
 */
export function validateBackup(value: unknown): BackupValidation {
  const issues = new Issues(100);
  if (!checkEnvelope(value, issues)) return fail(issues);
  const file = fileShape(value, '', issues);
  if (file === INVALID || issues.count) return fail(issues);
  const clean = file as BackupFile;
  clean.clips = clean.clips.map((clip) => {
    const { highlightCount: _count, highlightColours: _colours, ...rest } = clip as typeof clip & { highlightCount?: number; highlightColours?: unknown };
    return rest;
  });
  checkLinks(clean, issues);
  return issues.count ? fail(issues) : { ok: true, file: clean };
}

function mb(chars: number): string {
  return chars >= 1048576 ? `${(chars / 1048576).toFixed(1)} MB` : `${chars.toLocaleString('en')} characters`;
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1} (character ${position.toLocaleString('en')})`;
}

/** Parse and validate the text of a backup file: size, JSON syntax (with position), then content. */
export function parseBackup(text: string, maxChars: number = MAX_BACKUP_BYTES): BackupValidation {
  const issues = new Issues(100);
  if (text.length > maxChars) {
    issues.add('', `the file is too large: ${mb(text.length)}; backups up to ${mb(maxChars)} can be restored`);
    return fail(issues);
  }
  if (text.trim() === '') {
    issues.add('', 'the file is empty');
    return fail(issues);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(message);
    if (/end of JSON input|Unterminated/.test(message) && !at) {
      issues.add('', `the file ends early at ${lineAndColumn(text, text.length)}: it looks truncated`);
    } else if (at) {
      const position = Number(at[1]);
      const truncated = position >= text.trimEnd().length - 1;
      issues.add('', `not valid JSON at ${lineAndColumn(text, position)}${truncated ? ': the file ends early, it looks truncated' : ''}: ${message.replace(/ in JSON at position \d+.*$/s, '')}`);
    } else {
      issues.add('', `not valid JSON: ${message.slice(0, 200)}`);
    }
    return fail(issues);
  }
  return validateBackup(value);
}
