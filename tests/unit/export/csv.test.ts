import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvField, neutraliseFormula } from '@/utils/export/csv';
import { cleanText } from '@/utils/export/text';
import { HOSTILE, makeClip, makeHighlight, makeInput, ONE_MB_NOTE } from './fixtures';

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** A spreadsheet runs a cell as a formula when its first character is one of these. */
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

describe('buildCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const clip = makeClip({ signature: null });
    const csv = buildCsv(makeInput([clip], [makeHighlight(clip, { note: 'a\nb' })]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The only bare LF is the one inside the quoted note.
    expect(csv.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1);
  });

  it('gives one row per highlight with the article columns, Vietnamese intact', () => {
    const clip = makeClip({ tags: ['thi đua', 'khen thưởng'] });
    const hs = [makeHighlight(clip, { start: 10, note: 'Cần báo cáo lãnh đạo' }), makeHighlight(clip, { start: 90, colour: 'blue' })];
    const rows = parse(buildCsv(makeInput([clip], hs)));
    expect(rows[0].slice(0, 5)).toEqual(['Tiêu đề', 'Đường dẫn', 'Nguồn', 'Ngày', 'Loại ngày']);
    expect(rows).toHaveLength(3);
    const col = (name: string) => rows[0].indexOf(name);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(rows[0].length);
      expect(row[col('Tiêu đề')]).toBe(clip.title);
      expect(row[col('Ngày')]).toBe('2020-07-24');
      expect(row[col('Loại ngày')]).toBe('Ngày đăng');
      expect(row[col('Đơn vị')]).toBe('Ban Thi đua, Khen thưởng - Sở Nội vụ');
      expect(row[col('Thẻ bài viết')]).toBe('thi đua; khen thưởng');
      expect(row[col('Ngày lưu')]).toBe('2026-11-29 03:15');
    }
    expect(rows[1][col('Đoạn đánh dấu')]).toBe(hs[0].quote);
    expect(rows[1][col('Ghi chú')]).toBe('Cần báo cáo lãnh đạo');
    expect(rows[1][col('Màu')]).toBe('Quan trọng');
    expect(rows[2][col('Màu')]).toBe('Số liệu');
    expect(rows[2][col('STT')]).toBe('2');
    expect(rows[2][col('Mã đoạn đánh dấu')]).toBe(hs[1].id);
  });

  it('writes English headers for locale en', () => {
    const clip = makeClip();
    expect(parse(buildCsv(makeInput([clip], [], { locale: 'en' })))[0].slice(0, 3)).toEqual(['Title', 'URL', 'Source']);
  });

  it('keeps an article without highlights as one row', () => {
    const rows = parse(buildCsv(makeInput([makeClip(), makeClip()], [])));
    expect(rows).toHaveLength(3);
    expect(rows[1][rows[0].indexOf('Đoạn đánh dấu')]).toBe('');
  });

  it('round-trips hostile titles and notes, and no cell can run as a formula', () => {
    const clips = HOSTILE.map((t) => makeClip({ title: t, authors: [t], site: t }));
    const hs = clips.map((c, i) => makeHighlight(c, { quote: HOSTILE[(i + 3) % HOSTILE.length], note: HOSTILE[(i + 7) % HOSTILE.length], tags: [HOSTILE[i]] }));
    const rows = parse(buildCsv(makeInput(clips, hs)));
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(rows[0].length);
      for (const cell of row) expect(cell).not.toMatch(RUNS_AS_FORMULA);
    }
    const quoteCol = rows[0].indexOf('Đoạn đánh dấu');
    const noteCol = rows[0].indexOf('Ghi chú');
    const quotes = rows.slice(1).map((r) => r[quoteCol]);
    const notes = rows.slice(1).map((r) => r[noteCol]);
    // What a neutralised cell holds: the cleaned text behind one apostrophe.
    const expected = (s: string) => neutraliseFormula(cleanText(s));
    expect(new Set(quotes)).toEqual(new Set(hs.map((h) => expected(h.quote))));
    expect(new Set(notes)).toEqual(new Set(hs.map((h) => expected(h.note))));
  });

  it('neutralises exactly the OWASP formula prefixes', () => {
    for (const s of ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', '  =1', '\u00A0+1']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['1+1', 'Ngày 1/1', "'=1", 'a=b', '']) expect(neutraliseFormula(s)).toBe(s);
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
  });

  it('carries a 1 MB note whole', () => {
    const clip = makeClip();
    const rows = parse(buildCsv(makeInput([clip], [makeHighlight(clip, { note: ONE_MB_NOTE })])));
    expect(rows[1][rows[0].indexOf('Ghi chú')]).toBe(ONE_MB_NOTE);
  });
});
