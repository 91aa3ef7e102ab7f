// @vitest-environment node
import { Cite, type CslData, type CslName } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { buildRis } from '@/utils/export/ris';
import { cleanLine } from '@/utils/export/text';
import { HOSTILE, makeClip, makeInput } from './fixtures';
import { english, highlights, newspaper, portal, undated } from './citation-fixtures';

const names = (d: CslData): string[] =>
  [...(d.author ?? []), ...(d.reporter ?? [])].map((n: string | CslName) => (typeof n === 'string' ? n : [n.family, n.given, n.literal].filter(Boolean).join(', ')));

describe('buildRis', () => {
  const ris = buildRis(makeInput([newspaper, portal, english, undated], highlights));

  it('writes well-formed records: CRLF, TY first, ER last, one value per line', () => {
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const records = ris.slice(0, -2).split('\r\n\r\n');
    expect(records).toHaveLength(4);
    for (const r of records) {
      const lines = r.split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- (NEWS|ELEC)$/);
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    }
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is read by citation-js: newspaper record', async () => {
    const d = (await Cite.async(ris)).data.find((x) => x.URL === newspaper.url)!;
    expect(d.type).toBe('article-newspaper');
    expect(d.title).toBe(newspaper.title);
    expect(d['container-title']).toBe('Báo Hà Tĩnh');
    expect(d.issued?.['date-parts']?.[0][0]).toBe(2024);
    expect(d.accessed?.['date-parts']).toEqual([[2026, 11, 29]]);
    // citation-js files NEWS authors under `reporter` (the RIS 2011 spec); Zotero reads them as authors.
    expect(names(d)).toEqual(['Nguyễn, Tuyết Mai', 'Trần, Văn Bình']);
    expect(d.note).toEqual(['“Đoạn thứ nhất” — Ghi chú: Ghi chú một', '“Đoạn thứ hai”']);
    expect(d.language).toBe('vi');
  });

  it('is read by citation-js: web pages, the unit as one institutional name', async () => {
    const data = (await Cite.async(ris)).data;
    const p = data.find((x) => x.URL === portal.url)!;
    expect(p.type).toBe('webpage');
    expect(p.title).toBe(portal.title);
    expect(p.author).toEqual([{ literal: 'Ban Thi đua - Khen thưởng - Sở Nội vụ' }]);
    expect(p.issued?.['date-parts']).toEqual([[2020, 7, 24]]);
    expect(p['collection-title']).toBe('Sở Nội vụ tỉnh Hà Tĩnh');
    const e = data.find((x) => x.URL === english.url)!;
    expect(e.author).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(data.find((x) => x.URL === undated.url)!.issued).toBeUndefined();
  });

  it('writes Zotero’s fields: DA with slashes, Y2 access date, KW tags, and no comma in an institutional AU', () => {
    expect(ris).toContain('DA  - 2024/01/22/\r\n');
    expect(ris).toContain('PY  - 2024\r\n');
    expect(ris).toContain('Y2  - 2026/11/29/\r\n');
    expect(ris).toContain('KW  - tổng kết\r\n');
    expect(ris).toContain('AU  - Ban Thi đua - Khen thưởng - Sở Nội vụ\r\n');
  });

  it('can leave the highlights out', () => {
    expect(buildRis(makeInput([newspaper], highlights), { highlights: false })).not.toContain('N1  -');
  });

  it('keeps hostile titles inside their own record', async () => {
    const clips = HOSTILE.map((t) => makeClip({ title: t }));
    const data = (await Cite.async(buildRis(makeInput(clips, [])))).data;
    expect(data).toHaveLength(HOSTILE.length);
    expect(new Set(data.map((d) => d.title))).toEqual(new Set(HOSTILE.map(cleanLine)));
  });
});
