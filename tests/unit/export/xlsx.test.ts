/**
 * The .xlsx export read back by an independent reader (ExcelJS, the library many Node apps use to
 * read Excel files): sheet, header, Vietnamese text, real dates with the language's format, frozen
 * and filterable header, hostile text kept as plain text, and Excel's per-cell limit respected.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cleanLine } from '@/utils/export/text';
import { XLSX_CELL_LIMIT, buildXlsx, columnName, excelSerial, xmlText } from '@/utils/export/xlsx';
import { HOSTILE, makeClip, makeHighlight, makeInput, ONE_MB_NOTE } from './fixtures';
import { readZip } from './zip-reader';

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const cell = (row: number, name: string) => ws.getRow(row).getCell(header.indexOf(name) + 1);
  return { wb, ws, header, cell };
}

describe('buildXlsx', () => {
  it('opens as one sheet of highlights with the article columns, Vietnamese intact', async () => {
    const clip = makeClip({ tags: ['thi đua', 'khen thưởng'] });
    const hs = [makeHighlight(clip, { start: 10, note: 'Cần báo cáo lãnh đạo' }), makeHighlight(clip, { start: 90, colour: 'blue' })];
    const { ws, header, cell } = await open(buildXlsx(makeInput([clip], hs)));
    expect(ws.name).toBe('Các đoạn đánh dấu');
    expect(header.slice(0, 5)).toEqual(['Tiêu đề', 'Đường dẫn', 'Nguồn', 'Ngày', 'Loại ngày']);
    expect(ws.rowCount).toBe(3);
    expect(cell(2, 'Tiêu đề').value).toBe(clip.title);
    expect(cell(2, 'Đơn vị').value).toBe('Ban Thi đua, Khen thưởng - Sở Nội vụ');
    expect(cell(2, 'Thẻ bài viết').value).toBe('thi đua; khen thưởng');
    expect(cell(2, 'Đoạn đánh dấu').value).toBe(hs[0].quote);
    expect(cell(2, 'Ghi chú').value).toBe('Cần báo cáo lãnh đạo');
    expect(cell(3, 'Màu').value).toBe('Số liệu');
    expect(cell(3, 'STT').value).toBe(2);
    expect(cell(3, 'Mã đoạn đánh dấu').value).toBe(hs[1].id);
  });

  it('writes dates as real dates in the language\u2019s format, and instants in the export\u2019s zone', async () => {
    const clip = makeClip();
    const vi = await open(buildXlsx(makeInput([clip], [makeHighlight(clip)])));
    const published = vi.cell(2, 'Ngày');
    expect(published.value).toEqual(new Date(Date.UTC(2020, 6, 24)));
    expect(published.numFmt).toBe('dd/mm/yyyy');
    const saved = vi.cell(2, 'Ngày lưu');
    expect(saved.value).toEqual(new Date(Date.UTC(2026, 10, 29, 3, 15)));
    expect(saved.numFmt).toBe('dd/mm/yyyy hh:mm');
    const en = await open(buildXlsx(makeInput([clip], [], { locale: 'en' })));
    expect(en.header.slice(0, 3)).toEqual(['Title', 'URL', 'Source']);
    expect(en.cell(2, 'Date').numFmt).toBe('yyyy-mm-dd');
    expect(en.cell(2, 'Date type').value).toBe('Published');
  });

  it('keeps a date known only to the year or month as text', async () => {
    const { cell } = await open(buildXlsx(makeInput([makeClip({ published: '2020-07' }), makeClip({ published: '2019' })], [])));
    expect([cell(2, 'Ngày').value, cell(3, 'Ngày').value].sort()).toEqual(['2019', '2020-07']);
  });

  it('freezes, bolds and filters the header row', async () => {
    const clip = makeClip();
    const { ws, header } = await open(buildXlsx(makeInput([clip], [makeHighlight(clip)])));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.autoFilter).toBe(`A1:${columnName(header.length - 1)}2`);
    expect(ws.getColumn(header.indexOf('Đoạn đánh dấu') + 1).width).toBeGreaterThan(40);
  });

  it('keeps an article without highlights as one row', async () => {
    const { ws, cell } = await open(buildXlsx(makeInput([makeClip(), makeClip()], [])));
    expect(ws.rowCount).toBe(3);
    expect(cell(2, 'Đoạn đánh dấu').value).toBeNull();
  });

  it('carries hostile text as plain text: no formulas, no markup, no characters XML cannot hold', async () => {
    const clips = HOSTILE.map((t) => makeClip({ title: t, authors: [t], site: t }));
    const hs = clips.map((c, i) => makeHighlight(c, { quote: HOSTILE[(i + 3) % HOSTILE.length], note: `${HOSTILE[(i + 7) % HOSTILE.length]}\u0001\u0008`, tags: [HOSTILE[i]] }));
    const bytes = buildXlsx(makeInput(clips, hs));
    const sheet = new TextDecoder().decode(readZip(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data);
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toContain('<script');
    const { ws, header } = await open(bytes);
    expect(ws.rowCount).toBe(HOSTILE.length + 1);
    const titles: string[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula));
      titles.push(String(row.getCell(header.indexOf('Tiêu đề') + 1).value ?? ''));
    });
    // each title on one line as the export cleans it, unescaped and without an apostrophe in front
    expect(new Set(titles)).toEqual(new Set(clips.map((c) => cleanLine(c.title))));
  });

  it('cuts a cell at Excel\u2019s limit rather than writing a file Excel refuses', async () => {
    const clip = makeClip();
    const { cell } = await open(buildXlsx(makeInput([clip], [makeHighlight(clip, { note: ONE_MB_NOTE })])));
    const note = String(cell(2, 'Ghi chú').value);
    expect(note.length).toBe(XLSX_CELL_LIMIT);
    expect(note.endsWith('…')).toBe(true);
    expect(ONE_MB_NOTE.startsWith(note.slice(0, -1))).toBe(true);
  });
});

describe('xlsx helpers', () => {
  it('name columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('count serial days from Excel\u2019s epoch', () => {
    expect(excelSerial(1900, 3, 1)).toBe(61);
    expect(excelSerial(2020, 7, 24)).toBe(44036);
    expect(excelSerial(2020, 7, 24, 12, 0)).toBe(44036.5);
  });
  it('escape XML and drop what XML cannot carry', () => {
    expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('x\u0000\u0007y\tz\n')).toBe('xy\tz\n');
    expect(xmlText('\uD83D\uDE00 ok \uD800 lone')).toBe('\uD83D\uDE00 ok  lone');
  });
});
