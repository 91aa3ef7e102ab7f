import { describe, expect, it } from 'vitest';
import { findAttachments as findIn } from '@/utils/extract/attachments';
import { buildPageModel } from '@/utils/extract/page';
import { extract, portalPage } from './helpers';

const BASE = 'https://snv.songmay.gov.vn/van-ban/chi-tiet/245';

/** The attachments in `roots`, among the file links the page walk collects (as the extractor finds them). */
function findAttachments(roots: readonly (Element | null)[], base: string) {
  const doc = roots.find((r) => r)?.ownerDocument;
  return findIn(roots, base, doc ? buildPageModel(doc).fileLinks : []);
}

function body(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="wrap"><div id="body">${html}</div><div id="after"></div></div>`, 'text/html');
  return doc.getElementById('body')!;
}

describe('findAttachments', () => {
  it('keeps the files a text links, with their names, in page order, each address once', () => {
    const el = body(`<p>Xem chi tiết tại <a href="/files/QD-245.pdf">Quyết định số 245/QĐ-SNV</a> và
      <a href="phu-luc.docx">phu-luc.docx</a>.</p><p><a href="/files/QD-245.pdf#page=2">Tải về</a>
      <a href="https://snv.songmay.gov.vn/tin-tuc/khac.html">Tin khác</a> <a href="mailto:vanthu@songmay.gov.vn">Email</a>
      <a href="javascript:void(0)">In</a></p>`);
    expect(findAttachments([el], BASE)).toEqual([
      { name: 'Quyết định số 245/QĐ-SNV', url: 'https://snv.songmay.gov.vn/files/QD-245.pdf' },
      { name: 'phu-luc.docx', url: 'https://snv.songmay.gov.vn/van-ban/chi-tiet/phu-luc.docx' },
    ]);
  });

  it('names a bare "Tải về" link by its file, and keeps a download handler only when it says it is one', () => {
    const el = body(`<p><a href="/DownloadFile.aspx?id=77&name=KH-12.xlsx">Tải về</a></p>
      <p><a href="/Download.aspx?id=78">Danh sách thí sinh.pdf</a></p><p><a href="/file/79">Xem thêm</a></p>
      <p><a href="/files/Bi%E1%BB%83u%20m%E1%BA%ABu.docx">${'Tải về'.normalize('NFD')}</a></p>`);
    expect(findAttachments([el], BASE)).toEqual([
      { name: 'KH-12.xlsx', url: 'https://snv.songmay.gov.vn/DownloadFile.aspx?id=77&name=KH-12.xlsx' },
      { name: 'Danh sách thí sinh.pdf', url: 'https://snv.songmay.gov.vn/Download.aspx?id=78' },
      { name: 'Biểu mẫu.docx', url: 'https://snv.songmay.gov.vn/files/Bi%E1%BB%83u%20m%E1%BA%ABu.docx' },
    ]);
  });

  it('reads a box of files set right after the text, plain file links only', () => {
    const el = body('<p>Nội dung thông báo.</p>');
    el.ownerDocument.getElementById('after')!.innerHTML = '<b>Tệp đính kèm:</b> <a href="/files/TB-312.pdf">TB-312.pdf</a> <a href="/tin/123.html">Tin liên quan</a>';
    expect(findAttachments([el], BASE)).toEqual([{ name: 'TB-312.pdf', url: 'https://snv.songmay.gov.vn/files/TB-312.pdf' }]);
  });

  it('leaves a file the text cites on a word of a sentence: a source, not its attachment', () => {
    const el = body(`<p>Theo <a href="/files/bao-cao-2026.pdf">báo cáo</a> của Sở Nội vụ, toàn tỉnh có 1.284 tập thể được khen thưởng trong năm qua.</p>
      <p>File đính kèm: <a href="/files/ke-hoach.pdf">Kế hoạch tổ chức</a>, <a href="/files/bieu-mau.doc">Biểu mẫu đăng ký tham gia hội thi</a> và hướng dẫn.</p>
      <table><tr><td>Tài liệu đính kèm</td><td>Xem <a href="/files/phu-luc.pdf">phụ lục của quyết định</a> và các văn bản liên quan được đăng tải kèm theo.</td></tr></table>`);
    expect(findAttachments([el], BASE).map((f) => f.name)).toEqual(['Kế hoạch tổ chức', 'Biểu mẫu đăng ký tham gia hội thi', 'phụ lục của quyết định']);
  });

  it('keeps at most 20, and nothing from a page without a body', () => {
    const el = body(`<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/f/${i}.pdf">Tệp ${i}</a></li>`).join('')}</ul>`);
    expect(findAttachments([el], BASE)).toHaveLength(20);
    expect(findAttachments([null], BASE)).toEqual([]);
  });
});

describe('a portal\'s announcement that is mostly its file', () => {
  const page = (body: string) =>
    portalPage(`<div class="detail"><h1>Thông báo kết quả xét tuyển viên chức năm 2026 (vòng 2)</h1><div class="date">Ngày đăng: 20/11/2026 10:15</div>
      <div class="content">${body}</div></div><div class="other"><h3>Tin khác</h3><ul><li><a href="/tin/1.html">Lịch tiếp công dân tháng 12</a></li></ul></div>`);

  it('is an article (to clip it and its file), with its short text as the body and the file as an attachment', () => {
    const d = extract(page('<p>Sở Nội vụ thông báo kết quả xét tuyển vòng 2 (chi tiết tại tệp đính kèm).</p><p>File đính kèm: <a href="/files/TB-312-SNV.pdf">TB-312-SNV.pdf</a></p>'), 'https://snv.songmay.gov.vn/tin-tuc/thong-bao-312.html');
    expect(d.isArticle).toBe(true);
    expect(d.title).toBe('Thông báo kết quả xét tuyển viên chức năm 2026 (vòng 2)');
    expect(d.published).toBe('2026-11-20T10:15:00+07:00');
    expect(d.attachments).toEqual([{ name: 'TB-312-SNV.pdf', url: 'https://snv.songmay.gov.vn/files/TB-312-SNV.pdf' }]);
    expect(d.bodyText).toContain('Sở Nội vụ thông báo kết quả xét tuyển vòng 2');
  });

  it('without a file or a date, a page that short is still no article', () => {
    expect(extract(page('<p>Sở Nội vụ thông báo kết quả xét tuyển vòng 2.</p>'), 'https://snv.songmay.gov.vn/tin-tuc/thong-bao-312.html').isArticle).toBe(false);
  });
});
