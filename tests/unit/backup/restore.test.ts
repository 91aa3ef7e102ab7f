import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProtocolError } from '@/utils/messages';
import { exportBackup } from '@/utils/backup/export';
import { restoreBackup } from '@/utils/backup/restore';
import { backupChunks, serializeBackup } from '@/utils/backup/serialize';
import { parseBackup } from '@/utils/backup/validate';
import type { BackupFile } from '@/utils/backup/format';
import { getClip, getClipByUrl, getSnapshot, saveClip, setCorrections } from '@/utils/db/clips';
import { getClipWithHighlights, saveHighlight, updateHighlight } from '@/utils/db/highlights';
import { getSettings, setSetting, DEFAULT_SETTINGS } from '@/utils/db/settings';
import { createTag } from '@/utils/db/tags';
import { article, dumpAll, freshDb, makeClock, makeIds, quoteSelectors } from '../db/helpers';
import { URL_A, URL_B, seedLibrary } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

const copy = (file: BackupFile): BackupFile => JSON.parse(JSON.stringify(file));

async function exported() {
  const db = await freshDb();
  const seeded = await seedLibrary(db, 'src');
  return { db, seeded, file: await exportBackup(db, makeClock(1_711_000_000_000)) };
}

describe('export and serialise', () => {
  it('exports every record without derived fields, and the chunks join into parseable JSON', async () => {
    const { file } = await exported();
    expect(file).toMatchObject({ format: 'portal-notes-backup', version: 1, exportedAt: new Date(1_711_000_000_000).toISOString() });
    expect([file.clips.length, file.highlights.length, file.snapshots.length]).toEqual([2, 2, 2]);
    expect(file.tags.map((t) => t.name).sort()).toEqual(['Chính sách', 'Quan trọng', 'Thi đua']);
    expect(file.settings).toEqual({ colourLabels: { ...DEFAULT_SETTINGS.colourLabels, yellow: 'Cần làm' } });
    expect(file.clips[0]).not.toHaveProperty('highlightCount');
    const text = serializeBackup(file);
    expect([...backupChunks(file)].join('')).toBe(text);
    expect(JSON.parse(text)).toEqual(file);
  });

  it('serialises an empty library', async () => {
    const file = await exportBackup(await freshDb(), makeClock());
    expect(JSON.parse(serializeBackup(file))).toEqual(file);
  });
});

describe('restoreBackup', () => {
  it('into an empty library adds everything; exporting again gives the same file', async () => {
    const { file } = await exported();
    const target = await freshDb();
    const report = await restoreBackup(target, file, makeClock(), makeIds('new'));
    expect(report).toEqual({
      clips: { added: 2, updated: 0, skipped: 0 },
      highlights: { added: 2, updated: 0, skipped: 0 },
      snapshots: { added: 2, updated: 0, skipped: 0 },
      tags: { added: 3, updated: 0, skipped: 0 },
      settings: { added: 1, updated: 0, skipped: 0 },
    });
    expect(await exportBackup(target, makeClock(1_711_000_000_000))).toEqual(file);
    // Derived summaries were recomputed.
    expect(await getClipByUrl(target, URL_A)).toMatchObject({ highlightCount: 1, highlightColours: ['yellow'] });
  });

  it('carries a document\'s number (and the user\'s correction of it), its files and its other rows through a backup', async () => {
    const db = await freshDb();
    const url = 'https://snv.example.gov.vn/van-ban/245-qd-snv.html';
    const record = article({
      url,
      canonicalUrl: null,
      documentNumber: '245/QĐ-SNV',
      attachments: [{ name: '245-QD-SNV.pdf', url: 'https://snv.example.gov.vn/files/245-QD-SNV.pdf' }],
      recordDetails: [{ label: 'Ngày có hiệu lực', value: '15/11/2026' }],
    });
    const { clip } = await saveClip(db, { article: record, url }, makeClock(), makeIds('vb'));
    await setCorrections(db, clip.id, { documentNumber: '245/QĐ-SNV-TĐKT' }, makeClock());
    const parsed = parseBackup(serializeBackup(await exportBackup(db, makeClock())));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const file = parsed.file;
    const target = await freshDb();
    await restoreBackup(target, file, makeClock(), makeIds('new'));
    const restored = await getClipByUrl(target, url);
    expect(restored?.documentNumber).toBe('245/QĐ-SNV-TĐKT');
    expect(restored?.corrections).toEqual({ documentNumber: '245/QĐ-SNV-TĐKT' });
    expect(restored?.detected.attachments).toEqual(record.attachments);
    expect(restored?.detected.recordDetails).toEqual(record.recordDetails);
  });

  it('restoring the same file twice adds nothing the second time', async () => {
    const { file } = await exported();
    const target = await freshDb();
    await restoreBackup(target, file, makeClock(), makeIds('new'));
    const before = await dumpAll(target);
    const report = await restoreBackup(target, file, makeClock(), makeIds('new'));
    expect(report.clips).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(report.highlights).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await dumpAll(target)).toEqual(before);
  });

  it('merges by URL: newer clip wins, highlights follow the local clip id, nothing local is lost', async () => {
    const { file } = await exported();
    // Another machine: the same article A saved later under a different id, from an alias URL, with its own highlight.
    const local = await freshDb();
    const clock = makeClock(1_600_000_000_000);
    const ids = makeIds('loc');
    const mine = await saveClip(
      local,
      { article: article({ url: `${URL_A}?fbclid=1`, canonicalUrl: null, title: 'Tiêu đề cũ' }), url: `${URL_A}?fbclid=1`, aliases: [URL_A + '#top'] },
      clock,
      ids,
    );
    const myHighlight = await saveHighlight(local, { clipId: mine.clip.id, selectors: quoteSelectors('Sáng'), quote: 'Sáng', colour: 'green' }, clock, ids);
    // The file's clip A lists my URL as an alias, so they are the same article.
    const f = copy(file);
    f.clips[0].aliases.push(`${URL_A}?fbclid=1`);
    const report = await restoreBackup(local, f, clock, ids);
    expect(report.clips).toEqual({ added: 1, updated: 1, skipped: 0 });

    const merged = await getClipWithHighlights(local, mine.clip.id);
    expect(merged?.clip.title).toBe(f.clips[0].title); // the file's version was newer
    expect(merged?.clip.url).toBe(`${URL_A}?fbclid=1`); // identity kept
    expect([...merged!.clip.aliases].sort()).toEqual([URL_A, URL_A + '#top'].sort());
    expect(merged?.highlights.map((h) => h.id).sort()).toEqual([myHighlight.id, f.highlights[0].id].sort());
    expect(merged?.highlights.every((h) => h.clipId === mine.clip.id && h.url === `${URL_A}?fbclid=1`)).toBe(true);
    expect(merged?.clip).toMatchObject({ highlightCount: 2, highlightColours: ['yellow', 'green'] });
    expect(await getClip(local, f.clips[0].id)).toBeNull(); // no duplicate clip under the file's id
    expect(await getSnapshot(local, mine.clip.id)).toMatchObject({ html: '<p>Hội nghị</p>' });
    expect(await getClipByUrl(local, URL_B)).not.toBeNull();
  });

  it('keeps the local clip and highlight when they are newer, still adding the file URLs as aliases', async () => {
    const { file } = await exported();
    const local = await freshDb();
    const clock = makeClock(1_800_000_000_000); // later than everything in the file
    const ids = makeIds('loc');
    const mine = await saveClip(local, { article: article({ url: URL_B, canonicalUrl: null, title: 'Bản của tôi' }), url: URL_B }, clock, ids);
    const report = await restoreBackup(local, file, clock, ids);
    expect(report.clips).toEqual({ added: 1, updated: 0, skipped: 1 });
    const kept = await getClip(local, mine.clip.id);
    expect(kept?.title).toBe('Bản của tôi');
    expect(kept?.aliases).toContain(`${URL_B}?utm_source=zalo`);
    // The file's highlight on B is new to this library: added, attached to my clip.
    expect((await getClipWithHighlights(local, mine.clip.id))?.highlights).toHaveLength(1);
  });

  it('highlight with the same id: the newer one wins either way', async () => {
    const { db, seeded, file } = await exported();
    const later = makeClock(1_750_000_000_000);
    await updateHighlight(db, seeded.h1.id, { note: 'sửa sau' }, later);
    const f = copy(file);
    f.highlights[1].updatedAt = 1_760_000_000_000;
    f.highlights[1].note = 'bản trong tệp mới hơn';
    const report = await restoreBackup(db, f, later, makeIds('z'));
    expect(report.highlights).toEqual({ added: 0, updated: 1, skipped: 1 });
    expect((await db.get('highlights', seeded.h1.id))?.note).toBe('sửa sau');
    expect((await db.get('highlights', seeded.h2.id))?.note).toBe('bản trong tệp mới hơn');
  });

  it('tags and settings: union, local values kept', async () => {
    const { file } = await exported();
    const local = await freshDb();
    const clock = makeClock();
    await createTag(local, { name: 'Thi đua', colour: '#000000', description: 'của tôi' }, clock);
    await setSetting(local, 'locale', 'en');
    await setSetting(local, 'colourLabels', { ...DEFAULT_SETTINGS.colourLabels, yellow: 'Của tôi' });
    const report = await restoreBackup(local, file, clock, makeIds());
    expect(report.tags).toEqual({ added: 2, updated: 0, skipped: 1 });
    expect(report.settings).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await local.get('tags', 'Thi đua')).toMatchObject({ colour: '#000000', description: 'của tôi' });
    expect(await getSettings(local)).toMatchObject({ locale: 'en', colourLabels: { yellow: 'Của tôi' } });
  });

  it('a clip id already used by a different local article gets a new id; its highlights follow', async () => {
    const { file } = await exported();
    const local = await freshDb();
    const clock = makeClock();
    const other = 'https://khac.example.vn/bai.html';
    await saveClip(local, { article: article({ url: other, canonicalUrl: null }), url: other }, clock, () => file.clips[0].id);
    await restoreBackup(local, file, clock, makeIds('fresh'));
    const restoredA = await getClipByUrl(local, URL_A);
    expect(restoredA?.id).toMatch(/^fresh/);
    expect((await getClipByUrl(local, other))?.id).toBe(file.clips[0].id);
    expect((await getClipWithHighlights(local, restoredA!.id))?.highlights.map((h) => h.id)).toEqual([file.highlights[0].id]);
  });

  it('an invalid file is refused before any write', async () => {
    const { file } = await exported();
    const local = await freshDb();
    const f = copy(file) as unknown as Record<string, any>;
    f.highlights[1].colour = 'red';
    const err = await restoreBackup(local, f, makeClock(), makeIds()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as ProtocolError).code).toBe('invalid');
    expect((err as ProtocolError).message).toContain('highlights[1].colour');
    expect(await dumpAll(local)).toEqual({ clips: [], highlights: [], tags: [], settings: [], snapshots: [] });
  });

  it.each([
    ['clip put', 'put', 2],
    ['highlight put', 'put', 4],
    ['snapshot put', 'put', 6],
    ['settings put', 'put', 10],
    ['highlight summary put (the last write)', 'put', 12],
  ])('a failed restore (failing %s) changes nothing', async (_name, method, n) => {
    const { file } = await exported();
    const local = await freshDb();
    const clock = makeClock(1_600_000_000_000);
    await saveClip(local, { article: article({ url: URL_B, canonicalUrl: null, title: 'Bản của tôi' }), url: URL_B }, clock, makeIds('loc'));
    const before = await dumpAll(local);
    const proto = globalThis.IDBObjectStore.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const original = proto[method];
    let calls = 0;
    vi.spyOn(proto, method as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    } as never);
    const err = await restoreBackup(local, file, clock, makeIds('new')).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(calls).toBeGreaterThanOrEqual(n);
    expect(err).toMatchObject({ code: 'quota' });
    expect(await dumpAll(local)).toEqual(before);
  });

  it('a hostile file parsed from text never pollutes Object.prototype, even when rejected', async () => {
    const { file } = await exported();
    const text = serializeBackup(file).replace('"settings":{', '"settings":{"__proto__":{"polluted":"yes"},');
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    await expect(restoreBackup(await freshDb(), JSON.parse(text), makeClock(), makeIds())).rejects.toMatchObject({ code: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
