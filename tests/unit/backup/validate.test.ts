import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/utils/backup/export';
import { serializeBackup } from '@/utils/backup/serialize';
import { parseBackup, validateBackup } from '@/utils/backup/validate';
import type { BackupFile } from '@/utils/backup/format';
import { freshDb, makeClock } from '../db/helpers';
import { seedLibrary } from './fixtures';

async function sampleFile(): Promise<BackupFile> {
  const db = await freshDb();
  await seedLibrary(db);
  return exportBackup(db, makeClock(1_711_000_000_000));
}

/** A deep copy as plain JSON, for mutating into broken files. */
const copy = (file: BackupFile): Record<string, any> => JSON.parse(JSON.stringify(file));

function errorsOf(result: ReturnType<typeof validateBackup>) {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('validateBackup', () => {
  it('accepts an exported library and returns a clean copy', async () => {
    const file = await sampleFile();
    const result = parseBackup(serializeBackup(file));
    expect(result.ok).toBe(true);
    expect(result.ok && result.file).toEqual(file);
  });

  it.each([
    ['a wrong type', (f: Record<string, any>) => (f.clips[1].published = 20240701), 'clips[1].published', /expected a string/],
    ['a malformed date', (f: Record<string, any>) => (f.clips[0].published = '22/01/2024'), 'clips[0].published', /ISO 8601/],
    ['a missing field', (f: Record<string, any>) => delete f.highlights[0].quote, 'highlights[0].quote', /missing/],
    ['an unknown field', (f: Record<string, any>) => (f.tags[0].icon = 'x'), 'tags[0].icon', /unexpected field/],
    ['a bad colour', (f: Record<string, any>) => (f.highlights[1].colour = 'red'), 'highlights[1].colour', /expected one of/],
    ['a javascript: URL', (f: Record<string, any>) => (f.clips[0].url = 'javascript:alert(1)'), 'clips[0].url', /http\(s\) URL/],
    ['CSS in a tag colour', (f: Record<string, any>) => (f.tags[0].colour = 'red;background:url(//x)'), 'tags[0].colour', /hex colour/],
    ['a selector of unknown type', (f: Record<string, any>) => (f.highlights[0].selectors[0].type = 'CssSelector'), 'highlights[0].selectors[0].type', /expected one of/],
    ['a nested wrong type', (f: Record<string, any>) => (f.clips[0].detected.provenance.title.confidence = 'high'), 'clips[0].detected.provenance.title.confidence', /finite number/],
    ['NaN-like numbers', (f: Record<string, any>) => (f.highlights[0].createdAt = -5), 'highlights[0].createdAt', /from 0/],
    ['a duplicate highlight id', (f: Record<string, any>) => (f.highlights[1].id = f.highlights[0].id), 'highlights[1].id', /duplicate id, also used by highlights\[0\]/],
    ['a highlight of a missing clip', (f: Record<string, any>) => (f.highlights[0].clipId = 'nope'), 'highlights[0].clipId', /no clip/],
    ['a URL on two clips', (f: Record<string, any>) => f.clips[1].aliases.push(f.clips[0].url), 'clips[1].aliases[1]', /also belongs to clips\[0\]/],
    ['a snapshot of a missing clip', (f: Record<string, any>) => (f.snapshots[0].clipId = 'nope'), 'snapshots[0].clipId', /no clip/],
    ['a bad locale', (f: Record<string, any>) => (f.settings.locale = 'fr'), 'settings.locale', /expected one of/],
  ])('reports %s with its path', async (_name, breakIt, path, message) => {
    const file = copy(await sampleFile());
    breakIt(file);
    const errors = errorsOf(validateBackup(file));
    expect(errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('rejects a foreign file with one clear message', () => {
    expect(errorsOf(validateBackup({ type: 'FeatureCollection', features: [] }))).toEqual([
      { path: 'format', message: 'not a Portal Notes backup: expected format "portal-notes-backup", got no format field' },
    ]);
    expect(errorsOf(validateBackup([1, 2]))[0].message).toMatch(/got an array/);
    expect(errorsOf(parseBackup('"just a string"'))[0].message).toMatch(/got a string/);
  });

  it('rejects a newer and an unknown version', async () => {
    const file = copy(await sampleFile());
    expect(errorsOf(validateBackup({ ...file, version: 2 }))[0]).toEqual({ path: 'version', message: expect.stringMatching(/newer version.*version 2.*reads version 1/) });
    expect(errorsOf(validateBackup({ ...file, version: '1' }))[0]).toEqual({ path: 'version', message: expect.stringMatching(/unknown backup version "1"/) });
  });

  it('reports a truncated file with where it ends', async () => {
    const text = serializeBackup(await sampleFile());
    const errors = errorsOf(parseBackup(text.slice(0, Math.floor(text.length / 2))));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/line \d+, column \d+/);
    expect(errors[0].message).toMatch(/truncated/);
  });

  it('reports a syntax error in the middle with its line and column', () => {
    const errors = errorsOf(parseBackup('{"format":"portal-notes-backup",\n"version":1,,\n}'));
    expect(errors[0].message).toMatch(/not valid JSON at line 2, column 13/);
  });

  it('reports an empty file and a file over the size limit', () => {
    expect(errorsOf(parseBackup('  \n'))[0].message).toBe('the file is empty');
    expect(errorsOf(parseBackup('x'.repeat(2_000), 1_000))[0].message).toMatch(/too large: 2,000 characters; backups up to 1,000 characters/);
  });

  it('accepts a file saved with a byte-order mark', async () => {
    expect(parseBackup('\ufeff' + serializeBackup(await sampleFile())).ok).toBe(true);
  });

  describe('hostile files', () => {
    it('rejects prototype-pollution keys anywhere, and Object.prototype stays clean', async () => {
      const text = serializeBackup(await sampleFile());
      const hostile = [
        text.replace('{"id":', '{"__proto__":{"polluted":true},"id":'),
        text.replace('"provenance":{', '"provenance":{"constructor":{"prototype":{"polluted":true}},'),
        text.replace('"settings":{', '"settings":{"__proto__":{"polluted":true},'),
        text.replace('"colourLabels":{', '"colourLabels":{"prototype":1,'),
      ];
      for (const variant of hostile) {
        expect(variant).not.toBe(text);
        const errors = errorsOf(parseBackup(variant));
        expect(errors.some((e) => /forbidden key/.test(e.message) && /(__proto__|constructor|prototype)$/.test(e.path))).toBe(true);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('caps huge strings without echoing them', async () => {
      const file = copy(await sampleFile());
      file.highlights[0].note = 'A'.repeat(1_048_577);
      file.clips[0].title = 'B'.repeat(70_000);
      const errors = errorsOf(validateBackup(file));
      expect(errors).toContainEqual({ path: 'highlights[0].note', message: 'string of 1,048,577 characters is longer than the limit of 1,048,576' });
      expect(errors.find((e) => e.path === 'clips[0].title')?.message).toMatch(/longer than the limit/);
      expect(JSON.stringify(errors).length).toBeLessThan(2_000);
    });

    it('lists at most 100 problems and counts the rest', async () => {
      const file = copy(await sampleFile());
      file.highlights = Array.from({ length: 300 }, (_, i) => ({ ...file.highlights[0], id: `h${i}`, colour: 'red' }));
      const result = validateBackup(file);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors).toHaveLength(100);
        expect(result.more).toBe(200);
      }
    });

    it('rejects wrong container types at every level', async () => {
      const file = copy(await sampleFile());
      expect(errorsOf(validateBackup({ ...file, clips: {} }))).toContainEqual({ path: 'clips', message: 'expected an array, got an object' });
      expect(errorsOf(validateBackup({ ...file, highlights: [null] }))).toContainEqual({ path: 'highlights[0]', message: 'expected an object, got null' });
      expect(errorsOf(validateBackup({ ...file, settings: 'vi' }))[0].path).toBe('settings');
    });
  });
});
