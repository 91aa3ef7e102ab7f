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
/** Documents per chunk: ~15-30 ms of work, so a keystroke during the build waits little. */
const CHUNK = 150;
/** Re-render (progress, partial results) only every this many documents. */
const REPORT_EVERY = 1500;

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
    if (current.size * 2 >= docs.length && pending.length * 2 > docs.length) {
      // Most of an index that covers most clips changes (article texts arriving, a restore): build a
      // fresh index aside while the current one keeps answering over every clip, then swap. Re-adding in place would
      // leave half-updated results meanwhile and pay for removing and compacting every document.
      const next = new SearchIndex();
      (async () => {
        for (let i = 0; i < docs.length; i += CHUNK) {
          await nextMacrotask();
          if (cancelled) return;
          const end = Math.min(docs.length, i + CHUNK);
          for (let k = i; k < end; k++) next.add(docs[k]);
          if (end < docs.length && Math.floor(end / REPORT_EVERY) > Math.floor(i / REPORT_EVERY)) setProgress({ done: end, total: docs.length });
        }
        indexRef.current = next;
        indexed.current = new Map(docs.map((d) => [d.id, d]));
        setProgress(null);
        setVersion((v) => v + 1);
      })();
      setProgress({ done: 0, total: docs.length });
      return () => {
        cancelled = true;
      };
    }
    (async () => {
      for (let i = 0; i < pending.length && !cancelled; i += CHUNK) {
        await nextMacrotask();
        if (cancelled) return;
        const end = Math.min(pending.length, i + CHUNK);
        for (let k = i; k < end; k++) {
          index.add(pending[k]);
          current.set(pending[k].id, pending[k]);
        }
        if (end === pending.length || Math.floor(end / REPORT_EVERY) > Math.floor(i / REPORT_EVERY)) {
          setProgress(end < pending.length ? { done: end, total: pending.length } : null);
          setVersion((v) => v + 1);
        }
      }
    })();
    setProgress({ done: 0, total: pending.length });
    return () => {
      cancelled = true;
    };
  }, [docs]);

  return { index: indexRef.current, version, progress };
}
