/**
 * The researchers' CLI (`scripts/extract.ts`): one JSON line per readable page, one error line per
 * failing one, exit 0; windows-1258 pages decoded through their declared charset.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Encodes Vietnamese text as windows-1258: base letters (with ă â ê ô ơ ư đ) plus combining tone marks. */
function toCp1258(s: string): Uint8Array {
  const base: Record<string, number> = { ă: 0xe3, â: 0xe2, ê: 0xea, ô: 0xf4, ơ: 0xf5, ư: 0xfd, đ: 0xf0, Ă: 0xc3, Â: 0xc2, Ê: 0xca, Ô: 0xd4, Ơ: 0xd5, Ư: 0xdd, Đ: 0xd0 };
  const tone: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
  const out: number[] = [];
  for (const ch of s.normalize('NFC')) {
    if (ch.charCodeAt(0) < 128) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    let letter = parts[0];
    const marks = parts.slice(1);
    // keep the vowel-shape mark (breve, circumflex, horn) on the letter; the tone becomes a combining byte
    const shape = marks.find((m) => !tone[m]);
    if (shape) letter = (letter + shape).normalize('NFC');
    const code = base[letter] ?? (letter.charCodeAt(0) < 128 ? letter.charCodeAt(0) : 0x3f);
    out.push(code);
    for (const m of marks) if (tone[m]) out.push(tone[m]);
  }
  return new Uint8Array(out);
}

const page = (title: string, charsetMeta: string): string => `<!DOCTYPE html><html lang="vi"><head>${charsetMeta}<title>${title}</title></head><body>
<h1>${title}</h1><div class="date">Đăng ngày: 05/06/2019</div>
<div class="content"><p>Sáng ngày 03/6/2019, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai công tác coi thi, chấm thi tuyển sinh vào lớp 10 năm học 2019-2020 với sự tham dự của lãnh đạo các trường.</p>
<p>Kỳ thi được tổ chức trong hai ngày với ba môn bắt buộc, các điểm thi đã được kiểm tra cơ sở vật chất, bảo đảm an toàn tuyệt đối.</p></div></body></html>`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'utf8.html'), page('Lam Giang sẵn sàng cho kỳ thi tuyển sinh', '<meta charset="utf-8">'));
  writeFileSync(join(dir, 'nested', 'legacy.html'), toCp1258(page('Hội nghị triển khai công tác thi cử', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')));
  // a page that cannot be read: a link to nowhere
  symlinkSync(join(dir, 'does-not-exist.html'), join(dir, 'broken.html'));
  writeFileSync(join(dir, 'notes.txt'), 'not a page');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/extract.ts', () => {
  it('walks the directory: two JSON lines, one error line, exit 0', () => {
    const r = spawnSync(TSX, ['scripts/extract.ts', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const err = r.stderr.trim().split('\n').filter(Boolean);
    expect(out).toHaveLength(2);
    expect(err).toHaveLength(1);
    expect(JSON.parse(err[0]).file).toContain('broken.html');

    const byName = Object.fromEntries(out.map((o) => [o.file.split('/').pop(), o]));
    expect(byName['utf8.html'].title).toBe('Lam Giang sẵn sàng cho kỳ thi tuyển sinh');
    expect(byName['legacy.html'].title).toBe('Hội nghị triển khai công tác thi cử');
    expect(byName['legacy.html'].title).toBe(byName['legacy.html'].title.normalize('NFC'));
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['file', 'url', 'title', 'published', 'modified', 'authors', 'signature', 'documentNumber', 'attachments', 'recordDetails', 'bodyText', 'lang', 'site', 'eventDates', 'ms']);
      expect(o.published).toBe('2019-06-05');
      expect(o.url).toMatch(/^file:\/\//);
      expect(typeof o.ms).toBe('number');
      expect(o.eventDates).toEqual([{ iso: '2019-06-03', text: 'Sáng ngày 03/6/2019' }]);
    }
  });

  it('--url overrides the page address', () => {
    const r = spawnSync(TSX, ['scripts/extract.ts', join(dir, 'utf8.html'), '--url', 'https://sgddt.lamgiang.gov.vn/tin/1.html'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe('https://sgddt.lamgiang.gov.vn/tin/1.html');
  });

  it('exits non-zero when nothing could be read', () => {
    const r = spawnSync(TSX, ['scripts/extract.ts', join(dir, 'missing-dir')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
  });
});
