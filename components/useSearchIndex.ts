/**
 * Keeps a SearchIndex in step with a list of search documents: the first build (and any large
 * change) runs in chunks after the page has painted; when most documents of a built index change,
 * a fresh index is built aside and swapped in; small changes (one clip saved, a highlight edited)
 * are applied at once by comparing documents by identity.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SearchIndex, type SearchDocument } from '../utils/search/search-index';
import { nextMacrotask } from '../utils/search/build';

/** Changes up to this size are applied synchronously. */
const SYNC_LIMIT = 300;
/**
 * Index for at most this long (ms) before giving the page a turn: a keystroke during a build waits
 * this long at most. A time budget rather than a count, since a clip with its article text takes
 * a hundred times longer to index than one with its title only.
 */
const SLICE_MS = 8;
/** Re-render (progress, partial results) only every this many documents. */
const REPORT_EVERY = 1500;

/**
 * Call `add` for each of `docs` in time slices, yielding to the page between slices; `onSlice`
 * after each with how many are done. Resolves false when `cancelled()` stopped it.
 */
async function inSlices(docs: readonly SearchDocument[], add: (doc: SearchDocument) => void, onSlice: (done: number) => void, cancelled: () => boolean): Promise<boolean> {
  for (let i = 0; i < docs.length; ) {
    await nextMacrotask();
    if (cancelled()) return false;
    const stop = performance.now() + SLICE_MS;
    do add(docs[i++]);
    while (i < docs.length && performance.now() < stop);
    onSlice(i);
  }
  return true;
}

export interface SearchIndexState {
  index: SearchIndex;
  /** Increases whenever the index's content changes (use it as a memo dependency). */
  version: number;
  /** Documents indexed / total, while a chunked build runs. */
  progress: { done: number; total: number } | null;
}

/** The index of `docs`, maintained incrementally. */
export function useSearchIndex(docs: readonly SearchDocument[]): SearchIndexState {
  const indexRef = useRef<SearchIndex>(new SearchIndex());
  const indexed = useRef(new Map<string, SearchDocument>());
  const [version, setVersion] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    const index = indexRef.current;
    const current = indexed.current;
    const wanted = new Set<string>();
    const pending: SearchDocument[] = [];
    for (const d of docs) {
      wanted.add(d.id);
      if (current.get(d.id) !== d) pending.push(d);
    }
    const removed = [...current.keys()].filter((id) => !wanted.has(id));
    for (const id of removed) {
      index.remove(id);
      current.delete(id);
    }
    if (pending.length <= SYNC_LIMIT) {
      for (const d of pending) {
        index.add(d);
        current.set(d.id, d);
      }
      if (pending.length || removed.length) setVersion((v) => v + 1);
      setProgress(null);
      return;
    }
    let cancelled = false;
    const isCancelled = () => cancelled;
    const replace = current.size * 2 >= docs.length && pending.length * 2 > docs.length;
    if (replace) {
      // Most of an index that covers most clips changes (article texts arriving, a restore): build a
      // fresh index aside while the current one keeps answering over every clip, then swap.
      // Re-adding in place would leave half-updated results meanwhile and pay for removing and
      // compacting every document.
      const next = new SearchIndex();
      let reported = 0;
      void inSlices(
        docs,
        (d) => next.add(d),
        (done) => {
          if (done < docs.length && done - reported >= REPORT_EVERY) {
            reported = done;
            setProgress({ done, total: docs.length });
          }
        },
        isCancelled,
      ).then((finished) => {
        if (!finished) return;
        indexRef.current = next;
        indexed.current = new Map(docs.map((d) => [d.id, d]));
        setProgress(null);
        setVersion((v) => v + 1);
      });
    } else {
      let reported = 0;
      void inSlices(
        pending,
        (d) => {
          index.add(d);
          current.set(d.id, d);
        },
        (done) => {
          if (done === pending.length || done - reported >= REPORT_EVERY) {
            reported = done;
            setProgress(done < pending.length ? { done, total: pending.length } : null);
            setVersion((v) => v + 1);
          }
        },
        isCancelled,
      );
    }
    setProgress({ done: 0, total: replace ? docs.length : pending.length });
    return () => {
      cancelled = true;
    };
  }, [docs]);

  return { index: indexRef.current, version, progress };
}
