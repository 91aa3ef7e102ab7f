/**
 * Opening the library database: runs pending migrations, and keeps one connection per context
 * that reopens itself after the browser closes it or another context needs to upgrade.
 */
import { openDB } from 'idb';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { toDbError } from './errors';
import { CURRENT_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import type { LibraryDB } from './types';

/** The production database name; tests pass a fresh name each. */
export const LIBRARY_DB_NAME = 'portal-notes';

/**
 * Run MIGRATIONS from version `from` up to `to` inside an upgrade transaction. A step that throws
 * aborts the upgrade, so the database stays at its old version with its old records.
 */
export function runMigrations(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  from: number,
  to: number,
  steps: readonly Migration[] = MIGRATIONS,
): void {
  // The open request reports the outcome; this only keeps an aborted upgrade from being an unhandled rejection.
  tx.done.catch(() => undefined);
  void (async () => {
    for (let version = from + 1; version <= to; version++) await steps[version - 1](db, tx);
  })().catch((err: unknown) => {
    console.error('Library upgrade failed; the database keeps its previous version.', err);
    try {
      tx.abort();
    } catch {
      // The transaction already ended (a failed request aborted it).
    }
  });
}

/**
 * Open (creating or upgrading as needed) the library database. The connection closes itself when
 * another context asks for a newer version, so an extension update is never blocked by an open tab.
 */
export async function openLibrary(name: string = LIBRARY_DB_NAME): Promise<LibraryDB> {
  try {
    const db = await openDB<unknown>(name, CURRENT_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        runMigrations(db, tx, oldVersion, newVersion ?? CURRENT_VERSION);
      },
      blocking() {
        db.close();
      },
    });
    return db as unknown as LibraryDB;
  } catch (err) {
    throw toDbError(err);
  }
}

/**
 * A lazily opened, self-healing connection for a long-lived context (the background): `get()`
 * returns the open database, reopening it after a close. Nothing else is cached in memory, so a
 * stopped service worker loses nothing.
 */
export function createLibraryConnection(name: string = LIBRARY_DB_NAME): { get(): Promise<LibraryDB>; close(): void } {
  let current: Promise<LibraryDB> | null = null;
  return {
    get() {
      if (!current) {
        const opening = openLibrary(name).then((db) => {
          // 'close' fires when the browser closes the connection (storage cleared, disk error).
          (db as unknown as { addEventListener(t: string, f: () => void): void }).addEventListener('close', () => {
            if (current === opening) current = null;
          });
          (db as unknown as { addEventListener(t: string, f: () => void): void }).addEventListener('versionchange', () => {
            if (current === opening) current = null;
          });
          return db;
        });
        opening.catch(() => {
          if (current === opening) current = null;
        });
        current = opening;
      }
      return current;
    },
    close() {
      const closing = current;
      current = null;
      void closing?.then((db) => db.close()).catch(() => undefined);
    },
  };
}
