// @vitest-environment node
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { buildCslItems, buildCslJson } from '@/utils/export/csl';
import { makeInput } from './fixtures';
import { decision, english, highlights, newspaper, portal, undated } from './citation-fixtures';

describe('buildCslItems', () => {
  const input = makeInput([newspaper, portal, english, undated], highlights);

  it('is read by citation-js with title, authors, dates, URL and container intact', async () => {
    const cite = await Cite.async(buildCslJson(input));
    const byUrl = new Map(cite.data.map((d) => [d.URL, d]));
    const n = byUrl.get(newspaper.url)!;
    expect(n.type).toBe('article-newspaper');
    expect(n.title).toBe(newspaper.title);
    expect(n.author).toEqual([{ family: 'Nguyễn', given: 'Tuyết Mai' }, { family: 'Trần', given: 'Văn Bình' }]);
    expect(n.issued?.['date-parts']).toEqual([[2024, 1, 22]]);
    expect(n.accessed?.['date-parts']).toEqual([[2026, 11, 29]]);
    expect(n['container-title']).toBe('Báo Hà Tĩnh');
    expect(n.language).toBe('vi');
    const p = byUrl.get(portal.url)!;
    expect(p.type).toBe('webpage');
    expect(p.author).toEqual([{ literal: 'Ban Thi đua, Khen thưởng - Sở Nội vụ' }]);
    expect(p.issued?.['date-parts']).toEqual([[2020, 7, 24]]);
    expect(byUrl.get(english.url)!.author).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(byUrl.get(undated.url)!.issued).toBeUndefined();
    expect(byUrl.get(undated.url)!.author).toBeUndefined();
  });

  it('cites a signed document under the body that issued it, and under the people the user named once corrected', async () => {
    const [item] = buildCslItems(makeInput([decision], []));
    expect(item.author).toEqual([{ literal: 'Sở Nội vụ tỉnh Hà Tĩnh' }]);
    expect(item.number).toBe('245/QĐ-SNV');
    expect(buildCslItems(makeInput([portal], []))[0]).not.toHaveProperty('number');
    const corrected = { ...decision, corrections: { authors: ['Lê Minh Khang'] } };
    expect(buildCslItems(makeInput([corrected], []))[0].author).toEqual([{ family: 'Lê', given: 'Minh Khang' }]);
    const cite = await Cite.async(buildCslItems(makeInput([decision], [])));
    expect(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).toMatch(/^Sở Nội vụ tỉnh Hà Tĩnh\. \(2026/);
  });

  it('renders a bibliography entry through citeproc (the plugin Zotero-style tools use)', async () => {
    const cite = await Cite.async(buildCslItems(makeInput([newspaper], [])));
    const text = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    // citeproc-js writes Vietnamese names family-first without the comma it uses for Western names.
    expect(text).toMatch(/Nguyễn,? T\. M\./);
    expect(text).toContain('2024');
    expect(text).toContain(newspaper.title);
    expect(text).toContain('Báo Hà Tĩnh');
  });

  it('gives every item a unique ASCII key used as id', () => {
    const twin = { ...newspaper, id: 'twin', url: 'https://baohatinh.vn/khac.html' };
    const items = buildCslItems(makeInput([newspaper, twin, portal], []));
    const keys = items.map((i) => i.id);
    expect(new Set(keys).size).toBe(3);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+$/);
    expect(keys.filter((k) => k.startsWith('nguyen2024hoi')).sort()).toEqual(['nguyen2024hoia', 'nguyen2024hoib']);
    expect(keys).toContain('ban2020ket');
  });
});
