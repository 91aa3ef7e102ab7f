// @vitest-environment happy-dom
/**
 * A document's record (signed by an official for the issuing body) and a question's record (answered by an
 * office) are exported with their own names for the date, the people and the unit: a document's issue
 * date is not the day the portal posted it. The spreadsheet keeps one date column to sort by and says
 * which date each row holds.
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildDocx } from '@/utils/export/docx';
import { buildHtml } from '@/utils/export/html';
import { buildMarkdown } from '@/utils/export/markdown';
import { buildRis } from '@/utils/export/ris';
import { buildCsv } from '@/utils/export/csv';
import { highlightTable } from '@/utils/export/table';
import type { TableCell } from '@/utils/export/table';
import { decision } from './citation-fixtures';
import { makeClip, makeHighlight, makeInput } from './fixtures';

const answer = (() => {
  const clip = makeClip({
    url: 'https://snv.hatinh.gov.vn/hoi-dap/chi-tiet/58',
    title: 'Thời gian nâng bậc lương trước thời hạn khi có thông báo nghỉ hưu',
    published: '2026-10-05',
    authors: [],
    signature: { text: 'Đơn vị trả lời\tPhòng Công chức, viên chức', authors: [], unit: 'Phòng Công chức, viên chức', source: null },
  });
  clip.detected = {
    ...clip.detected,
    provenance: { published: { source: 'document:answered', confidence: 0.9 }, signature: { source: 'signature:answer', confidence: 0.8 } },
  };
  return clip;
})();
const article = makeClip({ published: '2026-09-01' });
const clips = [decision, answer, article];
const hs = clips.map((c) => makeHighlight(c, { start: 5 }));

const cellText = (c: TableCell): string => (c.kind === 'text' ? c.text : c.kind === 'date' ? [c.date.year, c.date.month, c.date.day].join('-') : '');

describe('records in the exports', () => {
  it('spreadsheet (CSV, Excel): one date column, and the kind of each date beside it', () => {
    const { columns, rows } = highlightTable(makeInput(clips, hs));
    const labels = columns.map((c) => c.label);
    const col = (name: string) => labels.indexOf(name);
    expect(labels).not.toContain('Ngày đăng');
    const byTitle = new Map(rows.map((r) => [cellText(r[col('Tiêu đề')]), r]));
    const kind = (c: { title: string }) => cellText(byTitle.get(c.title)![col('Loại ngày')]);
    expect(kind(decision)).toBe('Ngày ban hành');
    expect(kind(answer)).toBe('Ngày trả lời');
    expect(kind(article)).toBe('Ngày đăng');
    expect(cellText(byTitle.get(decision.title)![col('Ngày')])).toBe('2026-11-12');
    expect(cellText(byTitle.get(decision.title)![col('Số ký hiệu')])).toBe('245/QĐ-SNV');
    expect(cellText(byTitle.get(article.title)![col('Số ký hiệu')])).toBe('');
    // rows without a date say nothing of its kind
    const undated = highlightTable(makeInput([makeClip({ published: null })], []));
    expect(cellText(undated.rows[0][col('Loại ngày')])).toBe('');
    const en = highlightTable(makeInput(clips, hs, { locale: 'en' }));
    const enCol = en.columns.findIndex((c) => c.label === 'Date type');
    expect(en.rows.map((r) => cellText(r[enCol])).sort()).toEqual(['Date answered', 'Date issued', 'Published']);
  });

  it('Word: the document says "Ngày ban hành", "Người ký", "Cơ quan ban hành"; the question "Ngày trả lời", "Đơn vị trả lời"', async () => {
    const bytes = await buildDocx(makeInput(clips, hs));
    const lines = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.split('\n').filter((l) => l.trim());
    const after = (title: string) => lines.slice(lines.indexOf(title), lines.indexOf(title) + 8);
    expect(after(decision.title)).toEqual(
      expect.arrayContaining(['Số ký hiệu: 245/QĐ-SNV', 'Ngày ban hành: 12/11/2026', 'Người ký: Lê Minh Khang', 'Cơ quan ban hành: Sở Nội vụ tỉnh Hà Tĩnh']),
    );
    expect(after(answer.title)).toEqual(expect.arrayContaining(['Ngày trả lời: 05/10/2026', 'Đơn vị trả lời: Phòng Công chức, viên chức']));
    expect(after(article.title)).toEqual(expect.arrayContaining(['Ngày đăng: 01/09/2026', 'Tác giả: Nguyễn Tuyết Mai']));
  });

  it('printable HTML and Markdown name the fields the same way, in both languages', () => {
    const doc = new DOMParser().parseFromString(buildHtml(makeInput(clips, hs, { locale: 'en' })), 'text/html');
    const section = (title: string) => [...doc.querySelectorAll('article')].find((a) => a.textContent?.includes(title))!;
    const fields = (title: string) => [...section(title).querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(fields(decision.title)).toEqual(expect.arrayContaining([['Document number', '245/QĐ-SNV'], ['Date issued', '12 Nov 2026'], ['Signed by', 'Lê Minh Khang'], ['Issued by', 'Sở Nội vụ tỉnh Hà Tĩnh']]));
    expect(fields(answer.title)).toEqual(expect.arrayContaining([['Date answered', '5 Oct 2026'], ['Answered by', 'Phòng Công chức, viên chức']]));

    const md = buildMarkdown(makeInput([decision], hs));
    expect(md).toContain('- **Số ký hiệu:** 245/QĐ-SNV');
    expect(md).toContain('- **Ngày ban hành:** 12/11/2026');
    expect(md).toContain('- **Người ký:** Lê Minh Khang');
    expect(md).toContain('- **Cơ quan ban hành:** Sở Nội vụ tỉnh Hà Tĩnh');
    expect(md).not.toContain('Ngày đăng');
  });

  it('lists the files the page offered: as lines in the spreadsheet and Word, as links in HTML and Markdown; only http(s) ones, names as text', async () => {
    const hostile = { ...decision, id: 'vb-hostile', detected: { ...decision.detected, attachments: [...(decision.detected.attachments ?? []), { name: '<img src=x onerror=alert(1)>.pdf', url: 'https://snv.hatinh.gov.vn/files/x.pdf' }, { name: 'bad', url: 'javascript:alert(1)' }] } };
    const { columns, rows } = highlightTable(makeInput([hostile], []));
    const cell = cellText(rows[0][columns.findIndex((c) => c.label === 'Tệp đính kèm')]);
    expect(cell.split('\n')).toEqual(['Quyết định 245/QĐ-SNV (bản PDF) – https://snv.hatinh.gov.vn/files/245-QD-SNV.pdf', '<img src=x onerror=alert(1)>.pdf – https://snv.hatinh.gov.vn/files/x.pdf']);
    const lines = (await mammoth.extractRawText({ buffer: Buffer.from(await buildDocx(makeInput([decision], []))) })).value.split('\n');
    expect(lines).toContain('Tệp đính kèm: Quyết định 245/QĐ-SNV (bản PDF) – https://snv.hatinh.gov.vn/files/245-QD-SNV.pdf');
    const doc = new DOMParser().parseFromString(buildHtml(makeInput([hostile], [])), 'text/html');
    const links = [...doc.querySelectorAll('.files a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Quyết định 245/QĐ-SNV (bản PDF)', 'https://snv.hatinh.gov.vn/files/245-QD-SNV.pdf'],
      ['<img src=x onerror=alert(1)>.pdf', 'https://snv.hatinh.gov.vn/files/x.pdf'],
    ]);
    expect(doc.querySelector('img')).toBeNull();
    expect(buildRis(makeInput([decision], []))).toContain('\r\nL1  - https://snv.hatinh.gov.vn/files/245-QD-SNV.pdf\r\n');
    expect(buildMarkdown(makeInput([decision], []))).toContain('- **Tệp đính kèm:** [Quyết định 245/QĐ-SNV (bản PDF)](https://snv.hatinh.gov.vn/files/245-QD-SNV.pdf)');
  });

  it('keeps the record\'s other rows as the page labels them: a spreadsheet column, fields in Word, HTML and Markdown', async () => {
    const { columns, rows } = highlightTable(makeInput([decision, article], []));
    const col = columns.findIndex((c) => c.label === 'Thông tin khác');
    const byTitle = new Map(rows.map((r) => [cellText(r[0]), r]));
    expect(cellText(byTitle.get(decision.title)![col]).split('\n')).toEqual(['Loại văn bản: Quyết định', 'Ngày có hiệu lực: 15/11/2026']);
    expect(cellText(byTitle.get(article.title)![col])).toBe('');
    const lines = (await mammoth.extractRawText({ buffer: Buffer.from(await buildDocx(makeInput([decision], []))) })).value.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['Loại văn bản: Quyết định', 'Ngày có hiệu lực: 15/11/2026']));
    const hostile = { ...decision, detected: { ...decision.detected, recordDetails: [{ label: '<i>Tình trạng</i>', value: '<script>alert(1)</script>Còn hiệu lực' }] } };
    const doc = new DOMParser().parseFromString(buildHtml(makeInput([hostile], [])), 'text/html');
    const fields = [...doc.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(fields).toContainEqual(['<i>Tình trạng</i>', '<script>alert(1)</script>Còn hiệu lực']);
    expect(doc.querySelector('script, i')).toBeNull();
    expect(buildMarkdown(makeInput([decision], []))).toContain('- **Ngày có hiệu lực:** 15/11/2026');
  });

  it('guards the new columns against formulas in CSV, like every other cell', () => {
    const hostile = {
      ...decision,
      documentNumber: '=HYPERLINK("http://x.example","245")',
      detected: { ...decision.detected, recordDetails: [{ label: 'Tình trạng', value: '+Còn hiệu lực' }], attachments: [{ name: '@SUM(A1)', url: 'https://snv.hatinh.gov.vn/files/a.pdf' }] },
    };
    const [header, row] = buildCsv(makeInput([hostile], [])).replace(/^\uFEFF/, '').split('\r\n').map((line) => line);
    expect(header).toContain('Số ký hiệu');
    for (const cell of ['=HYPERLINK', 'Tình trạng: +Còn', '@SUM']) expect(row).toContain(cell);
    expect(row).toContain(`"'=HYPERLINK(""http://x.example"",""245"")"`);
    expect(row).toContain(`'@SUM(A1)`);
  });

  it('Markdown front matter keeps `published` for every note, and says when it is an issue or answer date', () => {
    const data = (c: typeof decision) => parseYaml(buildMarkdown(makeInput([c], [])).split('---')[1]) as Record<string, unknown>;
    expect(data(decision)).toMatchObject({ published: '2026-11-12', date_type: 'issued', number: '245/QĐ-SNV', attachments: ['https://snv.hatinh.gov.vn/files/245-QD-SNV.pdf'] });
    expect(data(answer)).toMatchObject({ published: '2026-10-05', date_type: 'answered' });
    expect(data(article)).not.toHaveProperty('date_type');
    expect(data(article)).not.toHaveProperty('number');
    expect(data(article)).not.toHaveProperty('attachments');
  });
});
