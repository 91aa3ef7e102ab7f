import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMarkdownZip, buildMarkdownFiles } from '@/utils/export/markdown';
import { buildZip, crc32 } from '@/utils/export/zip';
import { makeClip, makeHighlight, makeInput } from './fixtures';
import { readZip } from './zip-reader';

function hasPython(): boolean {
  try {
    execFileSync('python3', ['-c', 'import zipfile'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('buildZip', () => {
  const now = new Date(Date.UTC(2026, 10, 29, 2, 0, 30));

  it('stores every file with its name, bytes, CRC and a local date', () => {
    const files = [
      { name: 'ghi-chu.md', content: 'Xin chào Việt Nam' },
      { name: 'thư mục/tệp.bin', content: new Uint8Array([0, 1, 2, 255]) },
      { name: 'trống.txt', content: '' },
    ];
    const entries = readZip(buildZip(files, now));
    expect(entries.map((e) => e.name)).toEqual(['ghi-chu.md', 'thư mục/tệp.bin', 'trống.txt']);
    expect(new TextDecoder().decode(entries[0].data)).toBe('Xin chào Việt Nam');
    expect([...entries[1].data]).toEqual([0, 1, 2, 255]);
    for (const e of entries) {
      expect(e.method).toBe(0);
      expect(e.flags & 0x0800).toBe(0x0800);
      expect(e.crc).toBe(crc32(e.data));
    }
    // 09:00:30 on 29/11/2026 in Vietnam.
    expect(entries[0].time).toBe((9 << 11) | (0 << 5) | 15);
    expect(entries[0].date).toBe(((2026 - 1980) << 9) | (11 << 5) | 29);
  });

  it('deflates what shrinks and stores what does not, when given a compressor', () => {
    const text = 'Sở Nội vụ tổ chức hội nghị. '.repeat(2000);
    const noise = Uint8Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256);
    const zip = buildZip([{ name: 'van-ban.xml', content: text }, { name: 'nhieu.bin', content: noise }, { name: 'trong.txt', content: '' }], now, undefined, (d) => deflateSync(d));
    const entries = readZip(zip);
    expect(entries.map((e) => e.method)).toEqual([8, 0, 0]);
    expect(new TextDecoder().decode(entries[0].data)).toBe(text);
    expect([...entries[1].data]).toEqual([...noise]);
    expect(zip.length).toBeLessThan(text.length / 10);
  });

  it.skipIf(!hasPython())('makes a deflated archive that Python’s zipfile verifies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-zip-'));
    const path = join(dir, 'notes.zip');
    writeFileSync(path, buildZip([{ name: 'một.md', content: 'Nội dung '.repeat(500) }], now, undefined, (d) => deflateSync(d)));
    const script = 'import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\ni=z.infolist()[0]\nprint(i.compress_type, len(z.read(i).decode("utf-8")))';
    expect(execFileSync('python3', ['-c', script, path], { encoding: 'utf-8' }).trim()).toBe(`8 ${'Nội dung '.repeat(500).length}`);
  });

  it('refuses names that would escape the target folder, and duplicates', () => {
    expect(() => buildZip([{ name: '../x.md', content: '' }], now)).toThrow(/Unsafe/);
    expect(() => buildZip([{ name: 'a//b.md', content: '' }], now)).toThrow(/Unsafe/);
    expect(() => buildZip([{ name: 'a.md', content: '' }, { name: 'a.md', content: '' }], now)).toThrow(/Duplicate/);
  });

  it.skipIf(!hasPython())('makes an archive that Python’s zipfile (an independent reader) verifies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-zip-'));
    const path = join(dir, 'notes.zip');
    writeFileSync(path, buildZip([{ name: 'một.md', content: 'Nội dung' }, { name: 'hai.md', content: 'x'.repeat(10000) }], now));
    const script = 'import sys,zipfile,json\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({i.filename: z.read(i).decode("utf-8")[:20] for i in z.infolist()}, ensure_ascii=False))';
    const out = JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf-8' }));
    expect(out).toEqual({ 'một.md': 'Nội dung', 'hai.md': 'x'.repeat(20) });
  });
});

describe('buildMarkdownZip', () => {
  it('holds exactly the per-article Markdown files', () => {
    const a = makeClip({ title: 'Bài một' });
    const b = makeClip({ title: 'Bài hai' });
    const input = makeInput([a, b], [makeHighlight(a), makeHighlight(b)]);
    const entries = readZip(buildMarkdownZip(input));
    const files = buildMarkdownFiles(input);
    expect(entries.map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual(files.map((f) => [f.name, f.content]));
  });
});
