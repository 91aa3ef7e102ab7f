/**
 * The Library's search corpus: clip metadata and highlights at once, article texts read from the
 * snapshots in chunks after the first paint (so opening the Library stays fast), and one search
 * document per clip kept as the same object until its clip, highlights or text change.
 */
import type { ClipRecord, LibraryDB } from '../db';
import type { Highlight, Snapshot } from '../model';
import { buildSearchDocument } from '../search/corpus';
import { nextMacrotask } from '../search/build';
import type { SearchDocument } from '../search/search-index';

export interface SnapshotLoadOptions {
  /** Snapshots per read (default 500). */
  chunkSize?: number;
  /** Give the page a turn between reads (default: the next macrotask). */
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * Read every snapshot's text in key order, `chunkSize` at a time, each read its own short
 * transaction so the database is never held while the page works. Calls `onChunk` per read;
 * resolves with the number of snapshots read.
 */
export async function loadSnapshotTexts(
  db: LibraryDB,
  onChunk: (texts: [clipId: string, text: string][]) => void,
  options: SnapshotLoadOptions = {},
): Promise<number> {
  const size = options.chunkSize ?? 500;
  const pause = options.pause ?? nextMacrotask;
  let after: string | null = null;
  let total = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch: Snapshot[] = await db.getAll('snapshots', range, size);
    if (batch.length === 0) break;
    onChunk(batch.map((s) => [s.clipId, s.text]));
    total += batch.length;
    after = batch[batch.length - 1].clipId;
    if (batch.length < size) break;
    await pause();
  }
  return total;
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
