/**
 * Reading a whole store without holding up the page: records in key order, a few hundred per short
 * read transaction, with a macrotask between reads so input and painting get their turn (one
 * `getAll` of 50,000 highlights would block the page for the whole deserialisation).
 */
import type { StoreValue } from 'idb';
import type { LibraryDB, LibrarySchema } from '../db/types';
import { nextMacrotask } from '../search/build';

/** The stores read whole by the pages, with their primary-key field. */
const KEY_FIELD = { clips: 'id', highlights: 'id', snapshots: 'clipId' } as const;
export type ChunkedStore = keyof typeof KEY_FIELD;

export interface ChunkedReadOptions {
  /** Records per read (default 500). */
  chunkSize?: number;
  /** Give the page a turn between reads (default: the next macrotask). */
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * Read every record of `store` in key order, `chunkSize` at a time, each read its own transaction
 * so the database is never held while the page works. Calls `onChunk` per read; resolves with the
 * number of records read.
 */
export async function readInChunks<N extends ChunkedStore>(
  db: LibraryDB,
  store: N,
  onChunk: (records: StoreValue<LibrarySchema, N>[]) => void,
  options: ChunkedReadOptions = {},
): Promise<number> {
  const size = options.chunkSize ?? 500;
  const pause = options.pause ?? nextMacrotask;
  const keyOf = (record: StoreValue<LibrarySchema, N>) => (record as unknown as Record<string, string>)[KEY_FIELD[store]];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = (await db.getAll(store, range, size)) as StoreValue<LibrarySchema, N>[];
    if (batch.length === 0) break;
    onChunk(batch);
    total += batch.length;
    after = keyOf(batch[batch.length - 1]);
    if (batch.length < size) break;
    await pause();
  }
  return total;
}

/** Every record of `store`, read in chunks (see `readInChunks`). */
export async function readAllInChunks<N extends ChunkedStore>(db: LibraryDB, store: N, options: ChunkedReadOptions = {}): Promise<StoreValue<LibrarySchema, N>[]> {
  const out: StoreValue<LibrarySchema, N>[] = [];
  await readInChunks(db, store, (records) => {
    for (const r of records) out.push(r);
  }, options);
  return out;
}
