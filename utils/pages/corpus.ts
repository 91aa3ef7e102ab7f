/**
 * The Library's search corpus: clip metadata and highlights at once, article texts read from the
 * snapshots in chunks after the first paint (so opening the Library stays fast), and one search
 * document per clip kept as the same object until its clip, highlights or text change.
 */
import type { ClipRecord, LibraryDB } from '../db';
import type { Highlight } from '../model';
import { buildSearchDocument } from '../search/corpus';
import type { SearchDocument } from '../search/search-index';
import { readInChunks, type ChunkedReadOptions } from './chunked-read';

export type SnapshotLoadOptions = ChunkedReadOptions;

/**
 * Read every snapshot's text in key order, `chunkSize` (default 500) at a time, each read its own
 * short transaction so the database is never held while the page works. Calls `onChunk` per read;
 * resolves with the number of snapshots read.
 */
export function loadSnapshotTexts(
  db: LibraryDB,
  onChunk: (texts: [clipId: string, text: string][]) => void,
  options: SnapshotLoadOptions = {},
): Promise<number> {
  return readInChunks(db, 'snapshots', (batch) => onChunk(batch.map((s) => [s.clipId, s.text])), options);
}

interface Entry {
  clip: ClipRecord;
  highlights: readonly Highlight[];
  body: string;
  doc: SearchDocument;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Builds the corpus, reusing each clip's document while its inputs are the same objects. */
export class CorpusBuilder {
  private entries = new Map<string, Entry>();

  /** One document per clip, in the order of `clips`. */
  build(clips: readonly ClipRecord[], highlights: readonly Highlight[], bodies: ReadonlyMap<string, string>): SearchDocument[] {
    const byClip = new Map<string, Highlight[]>();
    for (const h of highlights) {
      const list = byClip.get(h.clipId);
      if (list) list.push(h);
      else byClip.set(h.clipId, [h]);
    }
    const next = new Map<string, Entry>();
    const docs = clips.map((clip) => {
      const hs = byClip.get(clip.id) ?? [];
      const body = bodies.get(clip.id) ?? '';
      const old = this.entries.get(clip.id);
      const entry =
        old && old.clip === clip && old.body === body && sameList(old.highlights, hs)
          ? old
          : { clip, highlights: hs, body, doc: buildSearchDocument(clip, hs, body) };
      next.set(clip.id, entry);
      return entry.doc;
    });
    this.entries = next;
    return docs;
  }
}
