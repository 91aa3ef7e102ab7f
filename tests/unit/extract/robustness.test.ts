/**
 * extractArticle never throws and stays bounded: empty and odd documents, deep nesting, huge pages,
 * garbage, random HTML (fast-check) and pathological strings for every regular expression.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleSliced, toArticleData } from '@/utils/extract';
import { findDates, parseMachineDate } from '@/utils/extract/dates';
import { splitNames } from '@/utils/extract/byline';
import { cleanText, decodeEntities } from '@/utils/extract/text';
import { decodeHtml } from '@/utils/extract/decode';
import { paragraphs, parse, portalPage } from './helpers';

const run = (doc: Document, url = 'https://example.gov.vn/a.html') => toArticleData(extractArticle(doc, url));

describe('odd documents', () => {
  it('an empty document', () => {
    const d = run(parse(''));
    expect(d.title).toBe('');
    expect(d.bodyText).toBe('');
    expect(d.published).toBeNull();
    expect(d.isArticle).toBe(false);
  });

  it('a document created without any element', () => {
    const doc = document.implementation.createDocument(null, null, null) as unknown as Document;
    expect(run(doc).bodyText).toBe('');
  });

  it('a frameset', () => {
    const d = run(parse('<html><head><title>Khung</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"></frameset></html>'));
    expect(d.isArticle).toBe(false);
    expect(d.title).toBe('Khung');
  });

  it('10,000-deep nesting', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${'Nội dung sâu trong trang, có dấu phẩy, và đủ dài để được chấm điểm như một đoạn văn. '.repeat(5)}</p>${'</div>'.repeat(depth)}</body></html>`;
    const d = run(parse(html));
    expect(d.bodyText).toContain('Nội dung sâu trong trang');
  });

  it('a 10 MB page gives a bounded, sensible result', () => {
    const para = (i: number): string => `<p>Đoạn văn thử nghiệm thứ ${i}, có dấu phẩy, có số liệu 12/2024 và tên riêng như Nguyễn Văn An, đủ dài để trang nặng khoảng mười megabyte.</p>`;
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 10_000_000; i++) {
      const p = para(i);
      parts.push(p);
      n += p.length;
    }
    const filler = parts.join('');
    const html = portalPage(`<h1>Trang rất lớn</h1><div class="date">24/07/2020</div><div class="content">${filler}</div>`);
    expect(html.length).toBeGreaterThan(10_000_000);
    const a = extractArticle(parse(html), 'https://example.gov.vn/big.html');
    expect(a.published?.iso).toBe('2020-07-24');
    expect(a.body.text.length).toBeGreaterThan(100_000);
    expect(a.errors).toEqual([]);
  });

  it('binary garbage', () => {
    const bytes = new Uint8Array(200_000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = x & 0xff;
    }
    const text = decodeHtml(bytes).text;
    const d = run(parse(text));
    expect(typeof d.bodyText).toBe('string');
  });

  it('a broken DOM yields a low-confidence fallback instead of an exception', () => {
    const hostile = new Proxy(parse(portalPage(`<h1>Tiêu đề</h1>${paragraphs(3)}`)), {
      get(target, prop) {
        if (prop === 'documentElement' || prop === 'querySelectorAll') throw new Error('boom');
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const a = extractArticle(hostile as Document, 'https://example.gov.vn/a.html');
    expect(a.errors.length).toBeGreaterThan(0);
    expect(a.provenance.body?.confidence ?? 0).toBeLessThanOrEqual(0.1);
    expect(a.body.text).toContain('Hội nghị lần thứ 1');
  });

  it('in slices, a big page is walked a few thousand nodes at a time, to the same article', async () => {
    const big = portalPage(`<h1>Tổng hợp ý kiến góp ý dự thảo quy chế</h1><div class="date">13/02/2024</div><div class="content">${paragraphs(3000)}</div>`);
    let pauses = 0;
    const sliced = await extractArticleSliced(parse(big), 'https://snv.songmay.gov.vn/tin/1.html', async () => void pauses++);
    // 3,000 paragraphs are over 6,000 nodes: the walk stops once at least, besides the three stage pauses
    expect(pauses).toBeGreaterThan(3);
    expect(toArticleData(sliced)).toEqual(toArticleData(extractArticle(parse(big), 'https://snv.songmay.gov.vn/tin/1.html')));
    expect(sliced.title).toBe('Tổng hợp ý kiến góp ý dự thảo quy chế');
  });

  it('in slices too: a broken DOM, or a pause that fails, yields the fallback instead of a rejection', async () => {
    const hostile = new Proxy(parse(portalPage(`<h1>Tiêu đề</h1>${paragraphs(3)}`)), {
      get(target, prop) {
        if (prop === 'documentElement') throw new Error('boom');
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const a = await extractArticleSliced(hostile as Document, 'https://example.gov.vn/a.html', async () => {});
    expect(a.errors.length).toBeGreaterThan(0);
    expect(a.body.text).toContain('Hội nghị lần thứ 1');
    const b = await extractArticleSliced(parse(portalPage(`<h1>Tiêu đề</h1>${paragraphs(3)}`)), 'https://example.gov.vn/a.html', async () => {
      throw new Error('the page went away');
    });
    expect(b.errors.length).toBeGreaterThan(0);
    expect(b.body.text).toContain('Hội nghị lần thứ 1');
  });

  it('a non-URL url', () => {
    expect(() => run(parse(portalPage(paragraphs(3))), 'not a url at all')).not.toThrow();
  });
});

describe('random HTML (property)', () => {
  const tag = fc.constantFrom('div', 'p', 'span', 'a', 'h1', 'h2', 'li', 'ul', 'table', 'tr', 'td', 'b', 'em', 'time', 'article', 'script', 'style', 'br', 'header', 'footer', 'aside', 'figure', 'figcaption');
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('24/07/2020', 'Ngày đăng: 13/02/2015 09:01', 'Tin, ảnh: Nguyễn Văn An', './.', 'Nguồn: Báo X', '(15:32 | 22/01/2024)', 'By Jane Doe', '&nbsp;&nbsp;&nbsp;', 'TRẦN VĂN BÌNH', 'Theo', 'ngày 24 tháng 7 năm 2020'),
  );
  const attrs = fc.constantFrom('', ' class="content"', ' class="date"', ' class="related"', ' style="text-align:right"', ' itemprop="datePublished" content="2020-01-01"', ' rel="author"', ' hidden', ' datetime="2020-02-30"');
  const node: fc.Memo<string> = fc.memo((n) =>
    n <= 1
      ? text
      : fc.tuple(tag, attrs, fc.array(node(n - 1), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
  );

  it('never throws and returns well-formed data', () => {
    fc.assert(
      fc.property(fc.array(node(5), { maxLength: 6 }), fc.webUrl(), (parts, url) => {
        const d = run(parse(`<html><head><title>t</title></head><body>${parts.join('')}</body></html>`), url);
        expect(typeof d.bodyText).toBe('string');
        expect(d.bodyText).toBe(d.bodyText.normalize('NFC'));
        if (d.published) expect(d.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(Array.isArray(d.authors)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('date parsing never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const d of findDates(s, { vietnamese: true, defaultYear: 2020 })) expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}/);
        parseMachineDate(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pathological strings finish (no catastrophic backtracking)', () => {
  const big = 200_000;
  const cases: Array<[string, string]> = [
    ['digits and slashes', '1/'.repeat(big / 2)],
    ['digits and dots', '1.'.repeat(big / 2)],
    ['dashes with spaces', '1 - '.repeat(big / 4)],
    ['cue words', 'ngày '.repeat(big / 5)],
    ['month words', 'tháng 7 '.repeat(big / 8)],
    ['English month words', 'March 3 '.repeat(big / 8)],
    ['times', '10:30 '.repeat(big / 6)],
    ['zones', 'GMT+7 (GMT +7) '.repeat(big / 16)],
    ['nbsp runs', '\u00a0 '.repeat(big / 2) + 'Lò Thị Hồng'],
    ['no spaces', 'a'.repeat(big)],
    ['capitalised words', 'Nguyễn '.repeat(big / 7)],
    ['credit prefix', 'Tin, ảnh: ' + 'A '.repeat(big / 2)],
    ['source prefix', 'Theo ' + 'Báo '.repeat(big / 4)],
    ['entities', '&#038;'.repeat(big / 6)],
  ];

  it.each(cases)('%s: string helpers', (_label, s) => {
    expect(Array.isArray(findDates(s, { vietnamese: true, defaultYear: 2020 }))).toBe(true);
    expect(typeof cleanText(s)).toBe('string');
    expect(Array.isArray(splitNames(s.slice(0, 5000)))).toBe(true);
    expect(typeof decodeEntities(s)).toBe('string');
  });

  it.each(cases)('%s: as a page', (_label, s) => {
    const html = portalPage(`<h1>${s.slice(0, 2000)}</h1><div class="date">${s.slice(0, 5000)}</div><div class="content"><p>${s}</p><p><strong>${s.slice(0, 300)}</strong></p></div>`, {
      // a user name as the author makes the extractor look for its written form all over the page
      head: '<meta name="author" content="nguyen.hong">',
    });
    const d = run(parse(html));
    expect(typeof d.bodyText).toBe('string');
  });
});
