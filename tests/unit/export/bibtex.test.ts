// @vitest-environment node
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { buildBibtex, escapeBibtex } from '@/utils/export/bibtex';
import { cleanLine } from '@/utils/export/text';
import { HOSTILE, makeClip, makeInput } from './fixtures';
import { english, newspaper, portal, undated } from './citation-fixtures';

/** BibTeX counts every brace, escaped or not: a field is only safe if they balance. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('buildBibtex', () => {
  const bib = buildBibtex(makeInput([newspaper, portal, english, undated], []));

  it('writes @article (newspaper) and @online entries with unique ASCII keys', () => {
    const heads = [...bib.matchAll(/^@(\w+)\{([^,]+),$/gm)].map((m) => [m[1], m[2]]);
    expect(heads).toHaveLength(4);
    expect(heads).toContainEqual(['article', 'nguyen2024hoi']);
    expect(heads).toContainEqual(['online', 'ban2020ket']);
    expect(new Set(heads.map((h) => h[1])).size).toBe(4);
    expect(bib).toContain('  author = {{Ban Thi đua, Khen thưởng - Sở Nội vụ}},');
    expect(bib).toContain('  author = {Nguyễn, Tuyết Mai and Trần, Văn Bình},');
    expect(bracesBalance(bib)).toBe(true);
  });

  it('is read by citation-js with title, authors, dates, URL and site intact', async () => {
    const data = (await Cite.async(bib)).data;
    expect(data).toHaveLength(4);
    const n = data.find((d) => d.URL === newspaper.url)!;
    expect(n.title).toBe(newspaper.title);
    expect(n.author).toEqual([{ family: 'Nguyễn', given: 'Tuyết Mai' }, { family: 'Trần', given: 'Văn Bình' }]);
    expect(n.issued?.['date-parts']).toEqual([[2024, 1, 22]]);
    expect(n.accessed?.['date-parts']).toEqual([[2026, 11, 29]]);
    expect(n['container-title']).toBe('Báo Hà Tĩnh');
    const p = data.find((d) => d.URL === portal.url)!;
    expect(p.type).toBe('webpage');
    expect(p.author).toEqual([{ family: 'Ban Thi đua, Khen thưởng - Sở Nội vụ' }]);
    expect(p['container-title']).toBe('Sở Nội vụ tỉnh Hà Tĩnh');
    expect(p.issued?.['date-parts']).toEqual([[2020, 7, 24]]);
    expect(data.find((d) => d.URL === english.url)!.author).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(data.find((d) => d.URL === undated.url)!.issued).toBeUndefined();
  });

  it('escapes TeX specials so hostile titles come back unchanged and the file stays balanced', async () => {
    const clips = [...HOSTILE, "Quotes ''like`` this -- and --- that"].map((t) => makeClip({ title: t, authors: [t.slice(0, 12) + ' Văn A'] }));
    const out = buildBibtex(makeInput(clips, []));
    expect(bracesBalance(out)).toBe(true);
    const data = (await Cite.async(out)).data;
    expect(data).toHaveLength(clips.length);
    expect(new Set(data.map((d) => d.title))).toEqual(new Set(clips.map((c) => cleanLine(c.title))));
  });

  it('escapes every special character of TeX', () => {
    expect(escapeBibtex('a{b}c%d&e$f#g_h^i~j\\k')).toBe(
      'a\\textbraceleft{}b\\textbraceright{}c\\%d\\&e\\$f\\#g\\_h\\textasciicircum{}i\\textasciitilde{}j\\textbackslash{}k',
    );
    expect(escapeBibtex('Việt Nam\nmới')).toBe('Việt Nam mới');
    expect(escapeBibtex("a---b ''c'' `d`")).toBe("a-{}-{}-b '{}'c'{}' \\textasciigrave{}d\\textasciigrave{}");
  });

  it('percent-encodes braces and spaces in URLs but keeps existing escapes', () => {
    const clip = makeClip({ url: 'https://x.gov.vn/a b/{id}%20c' });
    expect(buildBibtex(makeInput([clip], []))).toContain('url = {https://x.gov.vn/a%20b/%7Bid%7D%20c}');
  });
});
