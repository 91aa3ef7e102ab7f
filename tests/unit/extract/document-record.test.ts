/** A document's record page ("văn bản") and a question-and-answer page: their rows give the title, the date and who signs. */
import { describe, expect, it } from 'vitest';
import { signerName } from '@/utils/extract/document-record';
import { extract, paragraphs } from './helpers';

const SUBJECT = 'Kế hoạch tổ chức Hội nghị tập huấn công tác văn thư, lưu trữ năm 2026 cho công chức cấp xã';

/** A portal page around `content`, with a `<title>` and heading that only name the page type. */
function recordPage(content: string, heading = '<h2 class="page-type">Chi tiết văn bản</h2>'): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Văn bản - Sở Nội vụ tỉnh Sông Mây</title></head><body>
    <div class="header"><span class="today">Thứ hai, ngày 07 tháng 12 năm 2026</span><div class="banner">Cổng thông tin điện tử</div><div class="org">Sở Nội vụ tỉnh Sông Mây</div></div>
    <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>
    <div class="main">${heading}${content}</div>
    <div class="footer">Bản quyền © 2026 Sở Nội vụ tỉnh Sông Mây. Trưởng Ban biên tập: Lương Văn Tuấn</div></body></html>`;
}
const URL = 'https://snv.songmay.gov.vn/van-ban/231-kh-snv';

describe('document record pages', () => {
  it.each([
    ['a definition list', `<dl class="vb"><dt>Số ký hiệu</dt><dd>231/KH-SNV</dd><dt>Ngày ban hành</dt><dd>02/11/2026</dd><dt>Trích yếu</dt><dd>${SUBJECT}</dd><dt>Cơ quan ban hành</dt><dd>Sở Nội vụ</dd><dt>Người ký</dt><dd>Phạm Thu Trang</dd></dl>`],
    ['label: value paragraphs', `<div class="vb"><p><b>Số ký hiệu:</b> 231/KH-SNV</p><p><b>Ngày ban hành:</b> 02/11/2026</p><p><b>Trích yếu:</b> ${SUBJECT}</p><p><b>Cơ quan ban hành:</b> Sở Nội vụ</p><p><b>Người ký:</b> PHẠM THU TRANG</p></div>`],
    ['grid rows of a label and a value', `<div class="vb">${[['Số/Ký hiệu', '231/KH-SNV'], ['Ngày ban hành', '02/11/2026'], ['Trích yếu', SUBJECT], ['Cơ quan ban hành', 'Sở Nội vụ'], ['Người kí', 'Phó Giám đốc Phạm Thu Trang']]
      .map(([k, v]) => `<div class="row"><div class="col-3 label">${k}</div><div class="col-9 value">${v}</div></div>`).join('')}</div>`],
  ])('%s: the summary is the title, the issue date the date, the signer and issuing body the signature', (_label, content) => {
    const d = extract(recordPage(content), URL);
    expect(d.isArticle).toBe(true);
    expect(d.title).toBe(SUBJECT);
    expect(d.published).toBe('2026-11-02');
    expect(d.provenance.published?.source).toBe('document:issued');
    expect(d.provenance.signature?.source).toBe('signature:document');
    expect(d.authors).toEqual(['Phạm Thu Trang']);
    expect(d.signature?.authors).toEqual(['Phạm Thu Trang']);
    expect(d.signature?.unit).toBe('Sở Nội vụ');
    // the record is the body: every row, none of the page's frame
    expect(d.bodyText).toContain('231/KH-SNV');
    expect(d.bodyText).toContain(SUBJECT);
    for (const junk of ['Chi tiết văn bản', 'Trang chủ', 'Thứ hai, ngày 07', 'Trưởng Ban biên tập']) expect(d.bodyText).not.toContain(junk);
    expect(d.eventDates).toEqual([]);
  });

  it('a heading that names the document (by its number, or its summary cut short) stays the title', () => {
    const table = `<table class="vb"><tr><td>Số ký hiệu</td><td>231/KH-SNV</td></tr><tr><td>Ngày ban hành</td><td>02/11/2026</td></tr><tr><td>Trích yếu</td><td>${SUBJECT}</td></tr></table>`;
    expect(extract(recordPage(table, '<h1>Kế hoạch số 231/KH-SNV</h1>'), URL).title).toBe('Kế hoạch số 231/KH-SNV');
    expect(extract(recordPage(table, '<h1>Kế hoạch tổ chức Hội nghị tập huấn công tác văn thư, lưu trữ năm 2026</h1>'), URL).title).toBe(
      'Kế hoạch tổ chức Hội nghị tập huấn công tác văn thư, lưu trữ năm 2026',
    );
  });

  it('the document\'s full text under its record stays in the body', () => {
    const table = `<table class="vb"><tr><td>Số ký hiệu</td><td>231/KH-SNV</td></tr><tr><td>Ngày ban hành</td><td>02/11/2026</td></tr><tr><td>Trích yếu</td><td>${SUBJECT}</td></tr></table>`;
    const d = extract(recordPage(`<div class="vb-content">${table}<div class="noi-dung">${paragraphs(5, 'Mục')}</div></div>`), URL);
    expect(d.title).toBe(SUBJECT);
    expect(d.bodyText).toContain('231/KH-SNV');
    expect(d.bodyText).toContain('Mục lần thứ 5');
  });

  it('a list of documents is no record: a header row of labels over many rows, or the same labels item after item', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `<tr><td>${200 + i}/KH-SNV</td><td>${String(i + 1).padStart(2, '0')}/10/2026</td><td><a href="/vb/${i}">Kế hoạch số ${i + 1} về công tác văn thư, lưu trữ của các phòng, ban năm 2026</a></td></tr>`).join('');
    const table = extract(recordPage(`<table class="vb-list"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>${rows}</table>`, '<h2>Văn bản chỉ đạo điều hành</h2>'), 'https://snv.songmay.gov.vn/van-ban');
    expect(table.title).not.toContain('Kế hoạch số 1');
    expect(table.signature).toBeNull();

    const items = Array.from({ length: 4 }, (_, i) => `<div class="item"><p>Số ký hiệu: ${200 + i}/KH-SNV</p><p>Ngày ban hành: ${String(i + 1).padStart(2, '0')}/10/2026</p><p>Trích yếu: <a href="/vb/${i}">Kế hoạch số ${i + 1} về công tác văn thư</a></p><p>Người ký: Phạm Thu Trang</p></div>`).join('');
    const list = extract(recordPage(items, '<h2>Văn bản chỉ đạo điều hành</h2>'), 'https://snv.songmay.gov.vn/van-ban');
    expect(list.title).not.toContain('Kế hoạch số 1');
    expect(list.authors).toEqual([]);
  });

  it('an article that names a signer in its text has no record', () => {
    const d = extract(recordPage(`<h1>Sở Nội vụ ban hành quy chế thi đua năm 2027</h1><div class="date">12/11/2026</div><div class="content">${paragraphs(4)}<p>Người ký: quyết định do Giám đốc Sở ký ngày 12/11/2026, có hiệu lực từ ngày ký.</p><p align="right"><b>Lê Văn Hùng</b></p></div>`, ''), URL);
    expect(d.title).toBe('Sở Nội vụ ban hành quy chế thi đua năm 2027');
    expect(d.authors).toEqual(['Lê Văn Hùng']);
    expect(d.signature?.unit ?? null).toBeNull();
  });

  it('a question-and-answer page in a table: the question\'s title, the answer\'s date, the answering body signs it; the asker is no author', () => {
    const rows = [['Họ và tên', 'Trần Thị Mai'], ['Địa chỉ', 'Thôn 3, xã Tân Khê'], ['Tiêu đề', 'Thủ tục đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn'],
      ['Ngày gửi', '05/11/2026'], ['Nội dung câu hỏi', 'Tôi và chồng chung sống nhưng chưa đăng ký kết hôn, nay sinh con. Xin hỏi thủ tục đăng ký khai sinh cho cháu như thế nào?'],
      ['Trả lời', 'Trường hợp cha, mẹ chưa đăng ký kết hôn, người đi đăng ký nộp tờ khai theo mẫu và giấy chứng sinh tại bộ phận một cửa của Ủy ban nhân dân xã.'],
      ['Đơn vị trả lời', 'Phòng Tư pháp huyện Tân Khê'], ['Ngày trả lời', '12/11/2026']];
    const d = extract(recordPage(`<table class="qa">${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`, '<h2>Hỏi đáp trực tuyến</h2>'), 'https://tankhe.songmay.gov.vn/hoi-dap/31');
    expect(d.title).toBe('Thủ tục đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn');
    expect(d.published).toBe('2026-11-12');
    expect(d.authors).toEqual([]);
    expect(d.signature).toEqual({ text: 'Đơn vị trả lời\tPhòng Tư pháp huyện Tân Khê', authors: [], unit: 'Phòng Tư pháp huyện Tân Khê', source: null });
    // the popup names the date the day it was answered
    expect(d.provenance.published?.source).toBe('document:answered');
    expect(d.provenance.signature?.source).toBe('signature:answer');
    expect(d.bodyText).toContain('người đi đăng ký nộp tờ khai');
  });

  it('a question-and-answer page with its labels in pairs on a line (`Người hỏi: … | Ngày gửi: …`) keeps its own heading', () => {
    const qa = `<div class="qa-detail"><div class="qa-title">Về chế độ nâng lương trước thời hạn đối với công chức cấp xã</div>
      <div class="qa-info">Người hỏi: Nguyễn Văn Tâm - Xã Tân Khê | Ngày gửi: 02/11/2026</div>${paragraphs(3, 'Câu hỏi')}
      <div class="qa-meta">Cơ quan trả lời: Phòng Công chức, viên chức - Sở Nội vụ | Ngày trả lời: 16/11/2026</div></div>`;
    const d = extract(recordPage(qa, '<h2>Hỏi đáp</h2>'), 'https://snv.songmay.gov.vn/hoi-dap/77');
    expect(d.title).toBe('Về chế độ nâng lương trước thời hạn đối với công chức cấp xã');
    expect(d.published).toBe('2026-11-16');
    expect(d.signature?.unit).toBe('Phòng Công chức, viên chức - Sở Nội vụ');
    expect(d.authors).toEqual([]);
  });

  it('readers\' comments under an article (`Người gửi: … | Ngày gửi: …`) make no record', () => {
    const comments = [1, 2, 3].map((i) => `<div class="comment"><div>Người gửi: Bạn đọc ${i} | Ngày gửi: 0${i}/11/2026</div><p>Bài viết rất hữu ích, cảm ơn Sở.</p></div>`).join('');
    const d = extract(recordPage(`<h1>Sở Nội vụ tập huấn công tác văn thư năm 2026</h1><div class="date">01/11/2026</div><div class="content">${paragraphs(4)}</div>${comments}`, ''), URL);
    expect(d.title).toBe('Sở Nội vụ tập huấn công tác văn thư năm 2026');
    expect(d.published).toBe('2026-11-01');
    expect(d.signature).toBeNull();
  });

  it.each([
    ['Lê Minh Khang', 'Lê Minh Khang'],
    ['Giám đốc - Lê Minh Khang', 'Lê Minh Khang'],
    ['LÊ MINH KHANG', 'Lê Minh Khang'],
    ['KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Hoa', 'Trần Thị Hoa'],
    ['Trần Thị Hoa (Phó Chủ tịch)', 'Trần Thị Hoa'],
    ['Sở Nội vụ', null],
    ['Đã ký', null],
  ])('signerName(%s)', (value, name) => {
    expect(signerName(value)).toBe(name);
  });
});
