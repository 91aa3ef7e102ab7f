/**
 * Turns IndexedDB failures into ProtocolErrors with codes the UI translates, and runs writes so
 * that a failure anywhere (a request, our own check, the commit) leaves nothing half-written.
 */
import { ProtocolError } from '../messages';
import type { IDBPTransaction } from 'idb';
import type { LibraryDB, LibrarySchema, StoreName } from './types';
import type { Issues } from './shapes';

/** Map a thrown value to a ProtocolError: quota, conflict, invalid, not-found or internal. */
export function toDbError(err: unknown): ProtocolError {
  if (err instanceof ProtocolError) return err;
  const name = (err as { name?: unknown } | null)?.name;
  const message = err instanceof Error ? err.message : String(err);
  switch (name) {
    case 'QuotaExceededError':
      return new ProtocolError('quota', `Storage is full: the browser refused the write (${message || 'quota exceeded'}). Nothing was saved.`);
    case 'ConstraintError':
      return new ProtocolError('conflict', `The write conflicts with a saved record: ${message}`);
    case 'DataError':
    case 'DataCloneError':
      return new ProtocolError('invalid', `The record cannot be stored: ${message}`);
    case 'VersionError':
      return new ProtocolError('conflict', `The database was opened by a newer version of the extension: ${message}`);
    default:
      return new ProtocolError('internal', `Database error${typeof name === 'string' ? ` (${name})` : ''}: ${message}`);
  }
}

/** A ProtocolError `invalid` listing the first issues found in an input. */
export function invalidInput(what: string, issues: Issues): ProtocolError {
  const shown = issues.list.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  if (issues.count > shown.length) shown.push(`and ${issues.count - shown.length} more`);
  return new ProtocolError('invalid', `Invalid ${what}: ${shown.join('; ')}`);
}

/** A readwrite transaction; which stores it covers is decided where it is opened. */
export type WriteTx = IDBPTransaction<LibrarySchema, StoreName[], 'readwrite'>;
/** Any transaction that can read (readonly or readwrite). */
export type ReadTx = IDBPTransaction<LibrarySchema, StoreName[], IDBTransactionMode>;

/**
 * Run `body` in one readwrite transaction (durability 'strict': committed data survives a crash
 * of the browser, not just of the page). If anything throws, the transaction is aborted and the
 * error rethrown as a ProtocolError. `body` must await only IndexedDB requests of `tx`: awaiting
 * anything else lets the transaction commit early.
 */
export async function write<T>(db: LibraryDB, stores: StoreName[], body: (tx: WriteTx) => Promise<T>): Promise<T> {
  let tx: WriteTx;
  try {
    tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  } catch (err) {
    throw toDbError(err);
  }
  // Observe the outcome from the start so an abort never surfaces as an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (err: unknown) => err ?? tx.error ?? new Error('transaction aborted'),
  );
  try {
    const result = await body(tx);
    const failure = await done;
    if (failure) throw failure;
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already finished (committed or aborted by the failing request).
    }
    await done;
    throw toDbError(err instanceof ProtocolError ? err : (tx.error ?? err));
  }
}

/** Run `body` in one readonly transaction: every read sees the same committed state. */
export async function read<T>(db: LibraryDB, stores: StoreName[], body: (tx: ReadTx) => Promise<T>): Promise<T> {
  try {
    const tx = db.transaction(stores, 'readonly');
    const done = tx.done.catch(() => undefined);
    const result = await body(tx);
    await done;
    return result;
  } catch (err) {
    throw toDbError(err);
  }
}

/**
 * Start one request per item and await them all. Unlike a bare `Promise.all(items.map(fn))`, a
 * request started before a synchronous throw is never left without a handler when the
 * transaction aborts.
 */
export function inParallel<T, R>(items: Iterable<T>, fn: (item: T) => Promise<R>): Promise<R[]> {
  const started: Promise<R>[] = [];
  try {
    for (const item of items) {
      const request = fn(item);
      request.catch(() => undefined);
      started.push(request);
    }
  } catch (err) {
    return Promise.reject(err);
  }
  return Promise.all(started);
}
