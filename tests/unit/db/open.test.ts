import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { CURRENT_VERSION } from '@/utils/db/migrations';
import { createLibraryConnection, openLibrary } from '@/utils/db/open';
import { freshName } from './helpers';

describe('opening the library', () => {
  it('an open connection never blocks a newer version opened elsewhere (an extension update)', async () => {
    const name = freshName();
    const connection = createLibraryConnection(name);
    const db = await connection.get();
    expect(await connection.get()).toBe(db);
    let blocked = false;
    const newer = await openDB(name, CURRENT_VERSION + 1, {
      blocked() {
        blocked = true;
      },
    });
    expect(blocked).toBe(false);
    expect(newer.version).toBe(CURRENT_VERSION + 1);
    newer.close();
    // The old code now meets a newer database: a clear conflict, not a hang.
    await expect(connection.get()).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reopens after the connection was closed', async () => {
    const name = freshName();
    const connection = createLibraryConnection(name);
    const first = await connection.get();
    connection.close();
    const second = await connection.get();
    expect(second).not.toBe(first);
    expect(await second.count('clips')).toBe(0);
  });

  it('two contexts can use the database at once', async () => {
    const name = freshName();
    const a = await openLibrary(name);
    const b = await openLibrary(name);
    await a.put('tags', { name: 'A', colour: '#000000', description: '', createdAt: 1 });
    expect(await b.get('tags', 'A')).toBeDefined();
  });
});
