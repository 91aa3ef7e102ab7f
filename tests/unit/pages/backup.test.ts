import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@/utils/backup';
import { saveClip, saveHighlight, setSetting, verifyLibrary } from '@/utils/db';
import type { LibraryDB } from '@/utils/db';
import type { RestoreProgress } from '@/components/BackupPanel';
import { BACKUP_SNOOZE_DAYS, backupReminderDue, buildBackupFile, readBackupHistory, recordBackup, restoreFromFile, snoozeBackupReminder, toRestoreIssue, totalCounts } from '@/utils/pages/backup';
import { article, freshDb, makeClock, makeIds } from './helpers';

let source: LibraryDB;
let target: LibraryDB;
const clock = makeClock();
const ids = makeIds('b');

beforeEach(async () => {
  source = await freshDb();
  target = await freshDb();
  for (const n of [1, 2]) {
    const url = `https://snv.example.gov.vn/tin/${n}.html`;
    const { clip } = await saveClip(source, { article: article({ url, canonicalUrl: null, title: `Bài số ${n}` }), url, tags: ['thi đua'] }, clock, ids);
    await saveHighlight(source, { clipId: clip.id, selectors: [{ type: 'TextQuoteSelector', exact: 'hội nghị', prefix: '', suffix: '' }], quote: 'hội nghị', colour: 'blue' }, clock, ids);
  }
  await setSetting(source, 'locale', 'en');
});
afterEach(() => {
  source.close();
  target.close();
});

async function backupText(): Promise<string> {
  return (await buildBackupFile(source, clock)).blob.text();
}

describe('backup file', () => {
  it('is one valid backup document named by its date', async () => {
    const file = await buildBackupFile(source, () => Date.UTC(2024, 2, 28, 9, 15));
    expect(file.filename).toBe('portal-notes-backup-2024-03-28.json');
    expect(file.blob.type).toBe('application/json');
    const parsed = parseBackup(await file.blob.text());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect([parsed.file.clips.length, parsed.file.highlights.length, parsed.file.snapshots.length]).toEqual([2, 2, 2]);
  });
});

describe('restoreFromFile', () => {
  it('restores into an empty library and reports the counts over every kind of record', async () => {
    const phases: RestoreProgress['phase'][] = [];
    const report = await restoreFromFile({ db: target, now: clock, ids }, new Blob([await backupText()]), (p) => phases.push(p.phase));
    // 2 clips + 2 highlights + 2 snapshots + 1 tag + 1 setting.
    expect(report).toEqual({ ok: true, counts: { added: 8, updated: 0, skipped: 0 } });
    expect(phases).toEqual(['reading', 'validating', 'writing', 'writing']);
    const check = await verifyLibrary(target);
    expect(check.problems).toEqual([]);
    expect(check.counts).toMatchObject({ clips: 2, highlights: 2, snapshots: 2, tags: 1 });

    const again = await restoreFromFile({ db: target, now: clock, ids }, new Blob([await backupText()]), () => undefined);
    expect(again).toEqual({ ok: true, counts: { added: 0, updated: 0, skipped: 8 } });
  });

  it('lists the problems of an invalid file by record and field, and writes nothing', async () => {
    const file = JSON.parse(await backupText());
    file.clips[1].published = 'hôm qua';
    file.highlights[0].colour = 'purple';
    const report = await restoreFromFile({ db: target, now: clock, ids }, new Blob([JSON.stringify(file)]), () => undefined);
    expect(report.ok).toBe(false);
    if (!report.ok) {
      expect(report.errors.map((e) => [e.path, e.field])).toEqual([
        ['clips[1]', 'published'],
        ['highlights[0]', 'colour'],
      ]);
    }
    expect((await verifyLibrary(target)).counts.clips).toBe(0);
  });

  it('says where a truncated file ends', async () => {
    const text = await backupText();
    const report = await restoreFromFile({ db: target, now: clock, ids }, new Blob([text.slice(0, text.length / 2)]), () => undefined);
    expect(report.ok).toBe(false);
    if (!report.ok) {
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0].path).toBe('(root)');
      expect(report.errors[0].message).toMatch(/truncated|ends early/);
    }
  });

  it('refuses a file over the size limit without reading it', async () => {
    let read = false;
    const big = { size: 2048, text: async () => ((read = true), '') };
    const report = await restoreFromFile({ db: target, now: clock, ids }, big, () => undefined, 1024);
    expect(read).toBe(false);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.errors[0].message).toMatch(/too large/);
  });
});

describe('toRestoreIssue', () => {
  it.each([
    [{ path: 'clips[12].published', message: 'm' }, { path: 'clips[12]', field: 'published', message: 'm' }],
    [{ path: 'clips[3].signature.authors[0]', message: 'm' }, { path: 'clips[3]', field: 'signature.authors[0]', message: 'm' }],
    [{ path: 'highlights[0]', message: 'm' }, { path: 'highlights[0]', field: '', message: 'm' }],
    [{ path: 'format', message: 'm' }, { path: '(root)', field: 'format', message: 'm' }],
    [{ path: 'settings.locale', message: 'm' }, { path: '(root)', field: 'settings.locale', message: 'm' }],
    [{ path: '(root)', message: 'm' }, { path: '(root)', field: '', message: 'm' }],
  ])('%o', (issue, expected) => {
    expect(toRestoreIssue(issue)).toEqual(expected);
  });

  it('sums the merge counts', () => {
    const part = (added: number, updated: number, skipped: number) => ({ added, updated, skipped });
    expect(totalCounts({ clips: part(1, 2, 3), highlights: part(4, 0, 1), snapshots: part(0, 1, 0), tags: part(2, 0, 0), settings: part(0, 0, 1) })).toEqual({
      added: 7,
      updated: 3,
      skipped: 5,
    });
  });
});

describe('backup reminder', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 10, 29);
  const never = { lastBackupAt: null, snoozeUntil: null };

  it('is due when the last backup is 30 days old, or there never was one and the oldest clip is a week old', () => {
    const lib = { clipCount: 12, oldestSavedAt: now - 60 * DAY };
    expect(backupReminderDue({ lastBackupAt: now - 30 * DAY, snoozeUntil: null }, lib, now)).toBe(true);
    expect(backupReminderDue({ lastBackupAt: now - 29 * DAY, snoozeUntil: null }, lib, now)).toBe(false);
    expect(backupReminderDue(never, lib, now)).toBe(true);
    expect(backupReminderDue(never, { clipCount: 3, oldestSavedAt: now - 2 * DAY }, now)).toBe(false);
    expect(backupReminderDue(never, { clipCount: 0, oldestSavedAt: null }, now)).toBe(false);
  });

  it('waits after "remind me later", and a backup resets it; the history lives in extension storage', async () => {
    const data: Record<string, unknown> = {};
    const store = { get: async (k: string) => ({ [k]: data[k] }), set: async (items: Record<string, unknown>) => void Object.assign(data, items) };
    const lib = { clipCount: 5, oldestSavedAt: now - 90 * DAY };
    expect(await readBackupHistory(store)).toEqual(never);
    await snoozeBackupReminder(store, now);
    const snoozed = await readBackupHistory(store);
    expect(snoozed.snoozeUntil).toBe(now + BACKUP_SNOOZE_DAYS * DAY);
    expect(backupReminderDue(snoozed, lib, now + 6 * DAY)).toBe(false);
    expect(backupReminderDue(snoozed, lib, now + 7 * DAY)).toBe(true);
    await recordBackup(store, now + 7 * DAY);
    expect(backupReminderDue(await readBackupHistory(store), lib, now + 8 * DAY)).toBe(false);
    // a corrupt entry reads as no history rather than breaking the Library
    data.backupHistory = { lastBackupAt: 'yesterday', snoozeUntil: Infinity };
    expect(await readBackupHistory(store)).toEqual(never);
  });
});
