/**
 * A full consistency check of the library, for end-to-end tests (stop the service worker mid-burst,
 * then verify) and for a "check library" action: every link between records and every derived
 * field, reported as a list of problems.
 */
import { COLOURS } from '../model';
import { read } from './errors';
import type { LibraryDB } from './types';

export interface IntegrityReport {
  counts: { clips: number; highlights: number; tags: number; snapshots: number; settings: number };
  /** Empty when the library is consistent. */
  problems: string[];
}

/** Read every store in one transaction and check how the records fit together. */
export async function verifyLibrary(db: LibraryDB): Promise<IntegrityReport> {
  return read(db, ['clips', 'highlights', 'tags', 'settings', 'snapshots'], async (tx) => {
    const [clips, highlights, tagNames, snapshotIds, settings] = await Promise.all([
      tx.objectStore('clips').getAll(),
      tx.objectStore('highlights').getAll(),
      tx.objectStore('tags').getAllKeys(),
      tx.objectStore('snapshots').getAllKeys(),
      tx.objectStore('settings').count(),
    ]);
    const problems: string[] = [];
    const byId = new Map(clips.map((c) => [c.id, c]));
    const tags = new Set(tagNames);
    const urlOwner = new Map<string, string>();
    const summaries = new Map<string, { count: number; colours: Set<string> }>();
    for (const clip of clips) {
      for (const url of [clip.url, ...clip.aliases]) {
        const owner = urlOwner.get(url);
        if (owner && owner !== clip.id) problems.push(`URL ${url} belongs to clips ${owner} and ${clip.id}`);
        urlOwner.set(url, clip.id);
      }
      for (const tag of clip.tags) if (!tags.has(tag)) problems.push(`clip ${clip.id} has tag "${tag}" with no tag record`);
      summaries.set(clip.id, { count: 0, colours: new Set() });
    }
    for (const h of highlights) {
      const clip = byId.get(h.clipId);
      if (!clip) {
        problems.push(`highlight ${h.id} points to missing clip ${h.clipId}`);
        continue;
      }
      if (h.url !== clip.url) problems.push(`highlight ${h.id} has URL ${h.url}, its clip has ${clip.url}`);
      for (const tag of h.tags) if (!tags.has(tag)) problems.push(`highlight ${h.id} has tag "${tag}" with no tag record`);
      const s = summaries.get(h.clipId)!;
      s.count++;
      s.colours.add(h.colour);
    }
    for (const clip of clips) {
      const s = summaries.get(clip.id)!;
      const colours = COLOURS.filter((c) => s.colours.has(c)).join();
      if (clip.highlightCount !== s.count || clip.highlightColours.join() !== colours) {
        problems.push(`clip ${clip.id} summary says ${clip.highlightCount} highlight(s) [${clip.highlightColours.join()}], found ${s.count} [${colours}]`);
      }
    }
    for (const id of snapshotIds) if (!byId.has(id)) problems.push(`snapshot of missing clip ${id}`);
    return {
      counts: { clips: clips.length, highlights: highlights.length, tags: tags.size, snapshots: snapshotIds.length, settings },
      problems,
    };
  });
}
