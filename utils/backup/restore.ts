/**
 * Merges a backup into the library in one transaction: the same article (by any of its URLs) or
 * the same highlight (by id) keeps the newer version, everything else is added, nothing local is
 * deleted. If any write fails, the transaction aborts and the library is exactly as before.
 */
import { ProtocolError } from '../messages';
import type { Highlight, Snapshot } from '../model';
import type { IdGenerator } from '../ids';
import { inParallel, write } from '../db/errors';
import { refreshHighlightSummary } from '../db/highlights';
import { ensureTags } from '../db/tags';
import type { ClipRecord, Clock, LibraryDB } from '../db/types';
import { validateBackup } from './validate';

export interface MergeCounts {
  added: number;
  /** The file's version was newer and replaced the local one. */
  updated: number;
  /** The local version was newer or the same and was kept (a kept clip still gains the file's URLs as aliases). */
  skipped: number;
}

export interface RestoreReport {
  clips: MergeCounts;
  highlights: MergeCounts;
  snapshots: MergeCounts;
  tags: MergeCounts;
  settings: MergeCounts;
}

const counts = (): MergeCounts => ({ added: 0, updated: 0, skipped: 0 });

/**
 * Validate `file` (anything: the parsed JSON) and merge it into the library. Throws
 * ProtocolError `invalid` (listing the first problems) without writing anything when the file
 * is not valid; use validateBackup/parseBackup first to show the user every problem.
 */
export async function restoreBackup(db: LibraryDB, file: unknown, clock: Clock, ids: IdGenerator): Promise<RestoreReport> {
  const checked = validateBackup(file);
  if (!checked.ok) {
    const shown = checked.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
    const more = checked.errors.length + checked.more - shown.length;
    throw new ProtocolError('invalid', `Invalid backup: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
  }
  const backup = checked.file;
  const report: RestoreReport = { clips: counts(), highlights: counts(), snapshots: counts(), tags: counts(), settings: counts() };

  return write(db, ['clips', 'highlights', 'tags', 'settings', 'snapshots'], async (tx) => {
    const now = clock();
    const clips = tx.objectStore('clips');
    const highlights = tx.objectStore('highlights');
    const snapshots = tx.objectStore('snapshots');

    // Clips: match by canonical URL first, then by any alias.
    const local = await clips.getAll();
    const owner = new Map<string, ClipRecord>();
    const register = (clip: ClipRecord) => {
      for (const url of [clip.url, ...clip.aliases]) owner.set(url, clip);
    };
    local.forEach(register);
    const takenIds = new Set(local.map((c) => c.id));
    const target = new Map<string, ClipRecord>();
    const matched = new Set<string>();
    const fallbackText = new Map<string, string>();
    const clipWrites: ClipRecord[] = [];

    for (const incoming of backup.clips) {
      const urls = [incoming.url, ...incoming.aliases];
      const existing = owner.get(incoming.url) ?? urls.map((u) => owner.get(u)).find((c) => c !== undefined);
      const detected = { ...incoming.detected, bodyText: '' };
      if (incoming.detected.bodyText) fallbackText.set(incoming.id, incoming.detected.bodyText);
      if (!existing) {
        const id = takenIds.has(incoming.id) ? ids() : incoming.id;
        const record: ClipRecord = { ...incoming, id, detected, highlightCount: 0, highlightColours: [] };
        takenIds.add(id);
        register(record);
        clipWrites.push(record);
        target.set(incoming.id, record);
        report.clips.added++;
        continue;
      }
      // URLs of the incoming clip that no other local clip owns become aliases of the match.
      const newAliases = urls.filter((u) => u !== existing.url && !existing.aliases.includes(u) && (owner.get(u) ?? existing) === existing);
      let record: ClipRecord;
      if (incoming.updatedAt > existing.updatedAt) {
        record = {
          ...incoming,
          id: existing.id,
          url: existing.url,
          aliases: [...existing.aliases, ...newAliases],
          detected,
          highlightCount: existing.highlightCount,
          highlightColours: existing.highlightColours,
        };
        report.clips.updated++;
      } else {
        record = newAliases.length ? { ...existing, aliases: [...existing.aliases, ...newAliases] } : existing;
        report.clips.skipped++;
      }
      if (record !== existing) {
        register(record);
        clipWrites.push(record);
      }
      matched.add(existing.id);
      target.set(incoming.id, record);
    }
    await inParallel(clipWrites, (record) => clips.put(record));

    // Highlights: by id, newer wins; each follows its clip to the local clip it was merged into.
    const touched = new Set<string>();
    const localHighlightIds = new Set(await highlights.getAllKeys());
    const collisions = backup.highlights.filter((h) => localHighlightIds.has(h.id));
    const localVersions = new Map<string, Highlight>();
    for (const h of await inParallel(collisions, (c) => highlights.get(c.id))) if (h) localVersions.set(h.id, h);
    const highlightWrites: Highlight[] = [];
    for (const incoming of backup.highlights) {
      const clip = target.get(incoming.clipId)!;
      const record: Highlight = { ...incoming, clipId: clip.id, url: clip.url };
      const existing = localVersions.get(incoming.id);
      if (!existing) report.highlights.added++;
      else if (incoming.updatedAt > existing.updatedAt) {
        report.highlights.updated++;
        touched.add(existing.clipId);
      } else {
        report.highlights.skipped++;
        continue;
      }
      highlightWrites.push(record);
      touched.add(clip.id);
    }
    await inParallel(highlightWrites, (record) => highlights.put(record));

    // Snapshots: the newer capture wins; a clip that had none gets the file's.
    const snapshotOf = new Map(backup.snapshots.map((s) => [s.clipId, s]));
    for (const [incomingId, text] of fallbackText) {
      if (!snapshotOf.has(incomingId)) snapshotOf.set(incomingId, { clipId: incomingId, html: '', text, takenAt: now });
    }
    const incomingSnapshots = [...snapshotOf.values()].map((s): Snapshot => ({ ...s, clipId: target.get(s.clipId)!.id }));
    const localSnapshots = await inParallel(incomingSnapshots, (s) =>
      matched.has(s.clipId) ? snapshots.get(s.clipId) : Promise.resolve(undefined),
    );
    const snapshotWrites: Snapshot[] = [];
    incomingSnapshots.forEach((s, i) => {
      const existing = localSnapshots[i];
      if (!existing) report.snapshots.added++;
      else if (s.takenAt > existing.takenAt) report.snapshots.updated++;
      else {
        report.snapshots.skipped++;
        return;
      }
      snapshotWrites.push(s);
    });
    await inParallel(snapshotWrites, (s) => snapshots.put(s));

    // Tags: union; a local tag keeps its colour and description.
    const tagStore = tx.objectStore('tags');
    const localTags = new Set(await tagStore.getAllKeys());
    const newTags = backup.tags.filter((t) => !localTags.has(t.name));
    report.tags.added = newTags.length;
    report.tags.skipped = backup.tags.length - newTags.length;
    await inParallel(newTags, (t) => tagStore.put(t));
    await ensureTags(tx, [...clipWrites.flatMap((c) => c.tags), ...highlightWrites.flatMap((h) => h.tags)], now);

    // Settings: a local setting is kept; one the library lacks is added.
    const settingStore = tx.objectStore('settings');
    const localSettings = new Set(await settingStore.getAllKeys());
    for (const [key, value] of Object.entries(backup.settings)) {
      if (localSettings.has(key)) report.settings.skipped++;
      else {
        await settingStore.put({ key, value } as never);
        report.settings.added++;
      }
    }

    await inParallel(touched, (clipId) => refreshHighlightSummary(tx, clipId));
    return report;
  });
}
