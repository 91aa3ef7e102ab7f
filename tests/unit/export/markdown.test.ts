import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildMarkdown, buildMarkdownFiles, escapeMarkdown, obsidianTag, yamlString } from '@/utils/export/markdown';
import { cleanLine, cleanText } from '@/utils/export/text';
import { HOSTILE, makeClip, makeHighlight, makeInput, ONE_MB_NOTE } from './fixtures';

/** Splits `---\n<yaml>\n---\n<body>` and parses the YAML with an independent parser. */
function frontMatter(md: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  expect(m, 'front matter block').not.toBeNull();
  return { data: parseYaml(m![1]) as Record<string, unknown>, body: m![2] };
}

describe('yamlString', () => {
  it('parses back to the same string for any text, hostile ones included', () => {
    for (const s of [...HOSTILE.map(cleanText), 'null', 'true', '2020-07-24', '', ' ', '- a', '*x', '&a', '!tag', '%', '? k']) {
      expect(parseYaml(`k: ${yamlString(s)}`)).toEqual({ k: s });
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const s = cleanText(raw);
        expect(parseYaml(`k: ${yamlString(s)}`)).toEqual({ k: s });
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildMarkdown, one article', () => {
  const clip = makeClip({ tags: ['thi đua', 'Khen thưởng 2024', '2024'] });
  const hs = [
    makeHighlight(clip, { start: 40, quote: 'Đoạn thứ hai', note: 'Ghi chú hai' }),
    makeHighlight(clip, { start: 5, quote: 'Đoạn thứ nhất\nvẫn đoạn thứ nhất', tags: ['ưu tiên'] }),
  ];
  const md = buildMarkdown(makeInput([clip], hs));

  it('has front matter with the article fields, valid YAML', () => {
    const { data } = frontMatter(md);
    expect(data).toEqual({
      title: clip.title,
      url: clip.url,
      site: 'Sở Nội vụ tỉnh Hà Tĩnh',
      published: '2020-07-24',
      authors: ['Nguyễn Tuyết Mai'],
      unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ',
      tags: ['thi-đua', 'Khen-thưởng-2024', '_2024'],
      saved: '2026-11-29',
    });
  });

  it('lists highlights as quotes in reading order with notes under them and links back to the page', () => {
    const { body } = frontMatter(md);
    expect(body).toContain(`[Sở Nội vụ tỉnh Hà Tĩnh](${clip.url})`);
    const first = body.indexOf('> Đoạn thứ nhất\n> vẫn đoạn thứ nhất');
    const second = body.indexOf('> Đoạn thứ hai');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(body.slice(second)).toMatch(/^> Đoạn thứ hai\n\n\*\*Ghi chú:\*\* Ghi chú hai\n/);
    expect(body).toContain('*Màu: Quan trọng · Thẻ: ưu tiên*');
    expect(body.match(/^# .*/gm)).toEqual([`# ${clip.title}`]);
  });
});

describe('escaping', () => {
  it('keeps hostile titles valid in front matter and inert in the body', () => {
    for (const t of HOSTILE) {
      const clip = makeClip({ title: t, tags: [t], authors: [t] });
      const h = makeHighlight(clip, { quote: t, note: t });
      const md = buildMarkdown(makeInput([clip], [h]));
      const { data, body } = frontMatter(md);
      expect(data.title).toBe(cleanLine(t));
      expect(data.authors).toEqual([cleanLine(t)]);
      // Only our own headings start lines with '#'; no raw HTML tag survives.
      expect(body.match(/^#+ .*/gm)).toEqual([`# ${escapeMarkdown(cleanLine(t), ' ')}`, '## Các đoạn đánh dấu']);
      expect(body).not.toMatch(/(^|[^\\])<[a-z/!]/im);
      // Our metadata rows are the only list items.
      for (const line of body.split('\n').filter((l) => !l.startsWith('- **'))) {
        expect(line).not.toMatch(/^(\s*[-+*]\s|\s*\d+[.)]\s|={2,}|-{3,}|\s{4})/);
      }
    }
  });

  it('escapes Markdown and Obsidian syntax but keeps the words', () => {
    const e = escapeMarkdown('[[link]] ==hi== %%c%% $x$ *b* _i_ <b> # tag');
    expect(e).toBe('\\[\\[link\\]\\] =\\=hi=\\= %\\%c%\\% \\$x\\$ \\*b\\* \\_i\\_ \\<b> \\# tag');
    expect(escapeMarkdown('1. một\n- hai\n> ba\n+ bốn')).toBe('1\\. một  \n\\- hai  \n\\> ba  \n\\+ bốn');
  });

  it('does not link non-http URLs', () => {
    const clip = makeClip({ url: 'javascript:alert(1)', site: 'Trang lạ' });
    const md = buildMarkdown(makeInput([clip], []));
    expect(md).not.toContain('](javascript');
    expect(md).toContain('- **Nguồn:** Trang lạ');
  });

  it('percent-encodes parentheses and spaces in link targets', () => {
    const clip = makeClip({ url: 'https://x.gov.vn/a (1).aspx?ID=2', site: 'X' });
    expect(buildMarkdown(makeInput([clip], []))).toContain('[X](https://x.gov.vn/a%20%281%29.aspx?ID=2)');
  });

  it('makes tags Obsidian accepts', () => {
    expect(obsidianTag('Thi đua, khen thưởng #1')).toBe('Thi-đua-khen-thưởng-1');
    expect(obsidianTag('2024')).toBe('_2024');
  });

  it('carries a 1 MB note', () => {
    const clip = makeClip();
    const md = buildMarkdown(makeInput([clip], [makeHighlight(clip, { note: ONE_MB_NOTE })]));
    expect(md).toContain(ONE_MB_NOTE.trim());
  });
});

describe('several articles', () => {
  const a = makeClip({ title: 'Bài A', published: '2024-01-02', tags: ['Đoàn thể'] });
  const b = makeClip({ title: 'Bài B', published: '2023-05-06', tags: [] });
  const hs = [makeHighlight(a, { start: 1 }), makeHighlight(b, { start: 1, tags: ['An ninh'] })];

  it('makes one combined document with one front matter, grouped by article', () => {
    const md = buildMarkdown(makeInput([b, a], hs));
    const { data, body } = frontMatter(md);
    expect(data).toEqual({ title: 'Tổng hợp đoạn đánh dấu', exported: '2026-11-29', articles: 2, highlights: 2 });
    expect(body.match(/^## .*/gm)).toEqual(['## Bài A', '## Bài B']);
  });

  it('groups by tag with tag headings above article headings', () => {
    const { body } = frontMatter(buildMarkdown(makeInput([a, b], hs, { groupBy: 'tag' })));
    expect(body.match(/^##+ (?!#).*/gm)?.filter((l) => !l.includes('đoạn đánh dấu'))).toEqual(['## An ninh', '### Bài B', '## Đoàn thể', '### Bài A']);
  });

  it('makes one file per article with unique ASCII names', () => {
    const twin = makeClip({ title: 'Bài A', published: '2024-01-02' });
    const files = buildMarkdownFiles(makeInput([a, b, twin], hs));
    expect(files.map((f) => f.name).sort()).toEqual(['2023-05-06_bai-b.md', '2024-01-02_bai-a-2.md', '2024-01-02_bai-a.md']);
    for (const f of files) expect(frontMatter(f.content).data.title).toMatch(/^Bài [AB]$/);
  });
});
