// @vitest-environment node
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '@/utils/export/docx';
import { COLOUR_HEX } from '@/utils/export/labels';
import { cleanLine, cleanText } from '@/utils/export/text';
import { HOSTILE, makeClip, makeHighlight, makeInput, ONE_MB_NOTE } from './fixtures';
import { readZip } from './zip-reader';

async function rawText(bytes: Uint8Array): Promise<string[]> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value.split('\n').filter((line) => line.trim() !== '');
}

function documentXml(bytes: Uint8Array): string {
  const entry = readZip(bytes).find((e) => e.name === 'word/document.xml');
  expect(entry).toBeDefined();
  return new TextDecoder().decode(entry!.data);
}

describe('buildDocx', () => {
  const a = makeClip({ title: 'Hội nghị sơ kết công tác thi đua', tags: ['thi đua'], published: '2024-03-28' });
  const b = makeClip({ title: 'Tổng kết năm 2023', published: '2023-12-30', authors: [], signature: { text: 'Văn phòng Sở', authors: [], unit: 'Văn phòng Sở', source: null } });
  const hs = [
    makeHighlight(a, { start: 80, quote: 'Đoạn hai của bài một', colour: 'blue', note: 'Cần trích dẫn\nvào báo cáo' }),
    makeHighlight(a, { start: 3, quote: 'Đoạn một của bài một', colour: 'pink' }),
    makeHighlight(b, { start: 1, quote: 'Đoạn của bài hai', tags: ['số liệu'] }),
  ];

  it('reads back (mammoth) with title line, headings, fields and highlights in order', async () => {
    const lines = await rawText(await buildDocx(makeInput([b, a], hs)));
    expect(lines).toEqual([
      'Tổng hợp đoạn đánh dấu',
      'Ngày xuất: 29/11/2026 · 2 bài viết, 3 đoạn đánh dấu',
      'Hội nghị sơ kết công tác thi đua',
      `Nguồn: Sở Nội vụ tỉnh Hà Tĩnh – ${a.url}`,
      'Ngày đăng: 28/03/2024',
      'Tác giả: Nguyễn Tuyết Mai',
      'Đơn vị: Ban Thi đua, Khen thưởng - Sở Nội vụ',
      'Chữ ký cuối bài: Nguyễn Tuyết Mai',
      'Ban Thi đua, Khen thưởng - Sở Nội vụ',
      'Thẻ: thi đua',
      'Ngày lưu: 29/11/2026',
      '1. Đoạn một của bài một',
      'Màu: Hồng',
      '2. Đoạn hai của bài một',
      'Ghi chú: Cần trích dẫn',
      'vào báo cáo',
      'Màu: Số liệu',
      'Tổng kết năm 2023',
      `Nguồn: Sở Nội vụ tỉnh Hà Tĩnh – ${b.url}`,
      'Ngày đăng: 30/12/2023',
      'Đơn vị: Văn phòng Sở',
      'Chữ ký cuối bài: Văn phòng Sở',
      'Ngày lưu: 29/11/2026',
      '1. Đoạn của bài hai',
      'Màu: Quan trọng · Thẻ: số liệu',
    ]);
  });

  it('uses real headings, a Vietnamese-capable font, and paints each quote in its colour', async () => {
    const bytes = await buildDocx(makeInput([a], hs));
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toContain(`<h1>${a.title}</h1>`);
    const xml = documentXml(bytes);
    expect(xml).toContain(`w:fill="${COLOUR_HEX.blue}"`);
    expect(xml).toContain(`w:fill="${COLOUR_HEX.pink}"`);
    const styles = new TextDecoder().decode(readZip(bytes).find((e) => e.name === 'word/styles.xml')!.data);
    expect(styles).toContain('Times New Roman');
    expect(styles).toContain('vi-VN');
  });

  it('puts tag headings above article headings when grouped by tag', async () => {
    const bytes = await buildDocx(makeInput([a, b], hs, { groupBy: 'tag' }));
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const headings = [...html.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(headings).toEqual(['1:số liệu', `2:${b.title}`, '1:thi đua', `2:${a.title}`]);
  });

  it('writes English labels for locale en', async () => {
    const lines = await rawText(await buildDocx(makeInput([a], [], { locale: 'en' })));
    expect(lines.slice(0, 2)).toEqual(['Highlights summary', 'Exported on: 29 Nov 2026 · 1 article, 0 highlights']);
    expect(lines).toContain('No highlights.');
  });

  it('keeps hostile text as text, control characters removed, every line back in order', async () => {
    const clips = HOSTILE.map((t, i) => makeClip({ title: t, published: `2020-01-${String(i + 1).padStart(2, '0')}`, signature: null, authors: [] }));
    const hsHostile = clips.map((c, i) => makeHighlight(c, { quote: HOSTILE[(i + 2) % HOSTILE.length], note: HOSTILE[(i + 4) % HOSTILE.length] }));
    const bytes = await buildDocx(makeInput(clips, hsHostile));
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    // Newest first: the last hostile title comes first.
    let at = 0;
    for (let i = clips.length - 1; i >= 0; i--) {
      const title = cleanLine(HOSTILE[i]);
      const next = text.indexOf(`\n${title}\n`, at);
      expect(next, title).toBeGreaterThanOrEqual(at);
      at = next;
      for (const line of cleanText(hsHostile[i].quote).split('\n')) expect(text.indexOf(line, at), line).toBeGreaterThanOrEqual(at);
    }
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(documentXml(bytes)).not.toContain('<script');
  });

  it('carries a 1 MB note', async () => {
    const bytes = await buildDocx(makeInput([a], [makeHighlight(a, { note: ONE_MB_NOTE })]));
    expect((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value).toContain(ONE_MB_NOTE.trim());
  });
});
