/** Signature blocks: each Vietnamese convention, and the look-alikes that must not be taken for one. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { findSignatureBlock, isPersonName, titleCaseName } from '@/utils/extract/signature';
import { extract, paragraphs, parse, portalPage } from './helpers';

const withEnd = (end: string, last = '<p>Lớp tập huấn góp phần nâng cao chất lượng công tác thi đua, khen thưởng ở cơ sở trong thời gian tới.</p>'): string =>
  portalPage(`<h1>Tập huấn nghiệp vụ công tác thi đua năm 2020</h1><div class="date">24/07/2020</div><div class="content">${paragraphs(4)}${last}${end}</div>`);

describe('signature conventions', () => {
  it.each([
    ['name alone, bold', '<p><strong>Nguyễn Tuyết Mai</strong></p>', { text: 'Nguyễn Tuyết Mai', authors: ['Nguyễn Tuyết Mai'], unit: null, source: null }],
    ['name alone, right-aligned', '<p style="text-align:right">Nguyễn Tuyết Mai</p>', { text: 'Nguyễn Tuyết Mai', authors: ['Nguyễn Tuyết Mai'], unit: null, source: null }],
    ['name with a trailing period', '<p>Minh Châu.</p>', { text: 'Minh Châu.', authors: ['Minh Châu'], unit: null, source: null }],
    ['name in capitals', '<p align="right"><b>TRẦN VĂN BÌNH</b></p>', { text: 'TRẦN VĂN BÌNH', authors: ['Trần Văn Bình'], unit: null, source: null }],
    ['name then unit', '<p><strong>Nguyễn Thành Long</strong></p><p><em>Ban Thi đua, Khen thưởng - Sở Nội vụ</em></p>', { text: 'Nguyễn Thành Long\nBan Thi đua, Khen thưởng - Sở Nội vụ', authors: ['Nguyễn Thành Long'], unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ', source: null }],
    ['"Tin, ảnh:" credit', '<p><b>Tin, ảnh: Trần Minh Khoa</b></p>', { text: 'Tin, ảnh: Trần Minh Khoa', authors: ['Trần Minh Khoa'], unit: null, source: null }],
    ['"Bài, ảnh:" credit then source', '<p><strong>Bài, ảnh: Lê Thu Hà</strong></p><p><em>Nguồn: Trung tâm Văn hóa huyện Ngàn Thông</em></p>', { text: 'Bài, ảnh: Lê Thu Hà\nNguồn: Trung tâm Văn hóa huyện Ngàn Thông', authors: ['Lê Thu Hà'], unit: null, source: 'Trung tâm Văn hóa huyện Ngàn Thông' }],
    ['name, then the job title under it', '<p style="text-align:right"><b>Nguyễn Văn An</b><br>Phó Chánh Văn phòng</p>', { text: 'Nguyễn Văn An\nPhó Chánh Văn phòng', authors: ['Nguyễn Văn An'], unit: 'Phó Chánh Văn phòng', source: null }],
    ['"Tin:" then "Ảnh:" on the next line', '<p>Tin: Lê Hà</p><p>Ảnh: Quốc Tuấn</p>', { text: 'Tin: Lê Hà\nẢnh: Quốc Tuấn', authors: ['Lê Hà', 'Quốc Tuấn'], unit: null, source: null }],
    ['"Tác giả bài viết:" then "Nguồn tin:" a unit', '<p>Tác giả bài viết: Nguyễn Văn An</p><p>Nguồn tin: Văn phòng Sở</p>', { text: 'Tác giả bài viết: Nguyễn Văn An\nNguồn tin: Văn phòng Sở', authors: ['Nguyễn Văn An'], unit: 'Văn phòng Sở', source: null }],
    ['"Nguồn tin:" a unit with a comma and a dash', '<p>Tác giả bài viết: Nguyễn Văn An</p><p>Nguồn tin: Ban Thi đua, Khen thưởng - Sở Nội vụ</p>', { text: 'Tác giả bài viết: Nguyễn Văn An\nNguồn tin: Ban Thi đua, Khen thưởng - Sở Nội vụ', authors: ['Nguyễn Văn An'], unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ', source: null }],
    ['an academic title before the name, and a job title after it', '<p style="text-align:right"><strong>TS. Lê Thị Hoa - Phó Giám đốc Sở</strong></p>', { text: 'TS. Lê Thị Hoa - Phó Giám đốc Sở', authors: ['Lê Thị Hoa'], unit: 'Phó Giám đốc Sở', source: null }],
    ['"Tin, ảnh:" credit to a name with an academic title', '<p>Tin, ảnh: ThS. Nguyễn Văn An</p>', { text: 'Tin, ảnh: ThS. Nguyễn Văn An', authors: ['Nguyễn Văn An'], unit: null, source: null }],
    ['the writer, then the news agency', '<p style="text-align:right">Thanh Hương - TTXVN</p>', { text: 'Thanh Hương - TTXVN', authors: ['Thanh Hương'], unit: null, source: 'TTXVN' }],
    ['a name compiling the news ("tổng hợp")', '<p style="text-align:right"><em><strong>Ngọc Ánh (tổng hợp)</strong></em></p>', { text: 'Ngọc Ánh (tổng hợp)', authors: ['Ngọc Ánh'], unit: null, source: 'tổng hợp' }],
    ['"Tin, ảnh:" credit with the unit in brackets', '<p>Tin, ảnh: Lê Thị Hồng Nhung (Trung tâm Văn hóa tỉnh)</p>', { text: 'Tin, ảnh: Lê Thị Hồng Nhung (Trung tâm Văn hóa tỉnh)', authors: ['Lê Thị Hồng Nhung'], unit: 'Trung tâm Văn hóa tỉnh', source: null }],
    ['"Tin: … - Ảnh: …"', '<p>Tin: Hoàng Anh - Ảnh: Quốc Tuấn</p>', { text: 'Tin: Hoàng Anh - Ảnh: Quốc Tuấn', authors: ['Hoàng Anh', 'Quốc Tuấn'], unit: null, source: null }],
    ['"(Theo …)" source', '<p>(Theo Báo Sông Mây)</p>', { text: '(Theo Báo Sông Mây)', authors: [], unit: null, source: 'Báo Sông Mây' }],
    ['"Nguồn:" source', '<p>Nguồn: baochinhphu.vn</p>', { text: 'Nguồn: baochinhphu.vn', authors: [], unit: null, source: 'baochinhphu.vn' }],
    ['two authors joined by " - "', '<p style="text-align: right"><strong>Hồng Nhung - Văn Khoa</strong></p>', { text: 'Hồng Nhung - Văn Khoa', authors: ['Hồng Nhung', 'Văn Khoa'], unit: null, source: null }],
    ['name and job title', '<p align="right"><b>Nguyễn Văn An - Phó Chánh Văn phòng</b></p>', { text: 'Nguyễn Văn An - Phó Chánh Văn phòng', authors: ['Nguyễn Văn An'], unit: 'Phó Chánh Văn phòng', source: null }],
    ['unit in parentheses', '<p><b>Lê Văn Hùng (Trung tâm Y tế huyện)</b></p>', { text: 'Lê Văn Hùng (Trung tâm Y tế huyện)', authors: ['Lê Văn Hùng'], unit: 'Trung tâm Y tế huyện', source: null }],
    ['unit alone', '<p style="text-align:right"><strong>Văn phòng HĐND và UBND huyện</strong></p>', { text: 'Văn phòng HĐND và UBND huyện', authors: [], unit: 'Văn phòng HĐND và UBND huyện', source: null }],
    ['initials', '<p align="right"><b>N.T.M</b></p>', { text: 'N.T.M', authors: ['N.T.M'], unit: null, source: null }],
    ['"Bt + Hình:" credit', '<p>Bt + Hình: Trần Văn Nam</p>', { text: 'Bt + Hình: Trần Văn Nam', authors: ['Trần Văn Nam'], unit: null, source: null }],
    ['"Ảnh và tin bài:" credit', '<p>Ảnh và tin bài: Phạm Quốc Bảo</p>', { text: 'Ảnh và tin bài: Phạm Quốc Bảo', authors: ['Phạm Quốc Bảo'], unit: null, source: null }],
    ['"Nguồn tin:" names a person', '<p>Nguồn tin: Lê Thị Hoa</p>', { text: 'Nguồn tin: Lê Thị Hoa', authors: ['Lê Thị Hoa'], unit: null, source: null }],
    ['"Tin bài:" then "Nguồn Internet"', '<p>Tin bài: Minh Anh</p><p>Nguồn Internet</p>', { text: 'Tin bài: Minh Anh\nNguồn Internet', authors: ['Minh Anh'], unit: null, source: 'Internet' }],
    ['collaborator without a colon', '<p style="text-align:right">CTV Hồng Nhung</p>', { text: 'CTV Hồng Nhung', authors: ['Hồng Nhung'], unit: null, source: null }],
    ['an administrative text signed on the director\'s behalf', '<p>- Lưu: VT, TCCC.</p><p align="center"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><i>(Đã ký)</i><br><b>Trần Thị Hoa</b></p>', { text: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTrần Thị Hoa', authors: ['Trần Thị Hoa'], unit: null, source: null }],
    ['a name in capitals whose surname is also an office word', '<p align="right"><b>PHÓ ĐỨC PHƯƠNG</b></p>', { text: 'PHÓ ĐỨC PHƯƠNG', authors: ['Phó Đức Phương'], unit: null, source: null }],
    ['signed for a committee, the office and the name in capitals', '<p align="center"><b>TM. ỦY BAN NHÂN DÂN</b></p><p align="center"><b>CHỦ TỊCH</b></p><p align="center"><b>NGUYỄN VĂN AN</b></p>', { text: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNGUYỄN VĂN AN', authors: ['Nguyễn Văn An'], unit: null, source: null }],
    ['signed for a committee, the mark in lower case', '<p align="center"><b>TM. ỦY BAN NHÂN DÂN</b></p><p align="center"><b>CHỦ TỊCH</b></p><p align="center">(đã ký và đóng dấu)</p><p align="center"><b>Nguyễn Văn An</b></p>', { text: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(đã ký và đóng dấu)\nNguyễn Văn An', authors: ['Nguyễn Văn An'], unit: null, source: null }],
    ['reporter without a colon', '<p style="text-align:right">PV Minh Anh</p>', { text: 'PV Minh Anh', authors: ['Minh Anh'], unit: null, source: null }],
    ['a unit abbreviation', '<p style="text-align:right"><strong>P.VHTT</strong></p>', { text: 'P.VHTT', authors: [], unit: 'P.VHTT', source: null }],
    ['a ward committee in capitals', '<p style="text-align:right"><b>ỦY BAN NHÂN DÂN PHƯỜNG 2</b></p>', { text: 'ỦY BAN NHÂN DÂN PHƯỜNG 2', authors: [], unit: 'ỦY BAN NHÂN DÂN PHƯỜNG 2', source: null }],
    ['an outlet alone is the source', '<p style="text-align:right"><em>Báo Sông Mây</em></p>', { text: 'Báo Sông Mây', authors: [], unit: null, source: 'Báo Sông Mây' }],
    ['the news agency is the source', '<p style="text-align:right"><b>(TTXVN)</b></p>', { text: '(TTXVN)', authors: [], unit: null, source: 'TTXVN' }],
    ['"TH" (compiled) is not a person', '<p style="text-align:right"><strong>TH</strong></p>', { text: 'TH', authors: [], unit: null, source: 'TH' }],
    ['a name starting with the surname Đoàn', '<p style="text-align:right"><b>Đoàn Văn Hùng</b></p>', { text: 'Đoàn Văn Hùng', authors: ['Đoàn Văn Hùng'], unit: null, source: null }],
  ])('%s', (_label, end, sig) => {
    const d = extract(withEnd(end));
    expect(d.signature).toEqual(sig);
    for (const line of sig.text.split('\n')) expect(d.bodyText).not.toContain(line);
  });

  it('after the "./." end marker', () => {
    const d = extract(withEnd('<p>Văn phòng Sở</p>', '<p>Đề nghị các đơn vị triển khai thực hiện nghiêm túc./.</p>'));
    expect(d.signature?.unit).toBe('Văn phòng Sở');
    expect(d.bodyText.endsWith('nghiêm túc./.')).toBe(true);
  });

  it('a name pushed right on the last sentence’s line, in decomposed (NFD) text', () => {
    const html = withEnd('', `<p>Xã phấn đấu hoàn thành trước mùa mưa, góp phần giữ vững danh hiệu nông thôn mới.${'&nbsp; '.repeat(15)}Nguyễn Thu Hà</p>`).normalize('NFD');
    const d = extract(html, 'https://xa.songmay.gov.vn/tin/1.html');
    expect(d.signature?.authors).toEqual(['Nguyễn Thu Hà']);
    expect(d.bodyText.endsWith('danh hiệu nông thôn mới.')).toBe(true);
  });

  it('a name on the last sentence’s line, pushed right with spaces', () => {
    const html = withEnd('', `<p>Xã phấn đấu hoàn thành trước mùa mưa, góp phần giữ vững danh hiệu nông thôn mới.${'&nbsp; '.repeat(15)}Lò Thị Hồng</p>`);
    const doc = parse(html);
    const a = extractArticle(doc, 'https://xa.songmay.gov.vn/tin/1.html');
    expect(a.signature?.authors).toEqual(['Lò Thị Hồng']);
    expect(a.body.text.endsWith('danh hiệu nông thôn mới.')).toBe(true);
    // the range covers exactly the name, so the page can mark it
    const r = a.signature?.range;
    expect(r?.startNode).toBe(r?.endNode);
    expect((r?.startNode as Text).data.slice(r?.startOffset, r?.endOffset).trim()).toBe('Lò Thị Hồng');
  });

  it.each([
    ['straight after the "./." end marker', '<p>Đề nghị các đơn vị triển khai thực hiện nghiêm túc./. Lê Thị Hồng</p>', 'nghiêm túc./.'],
    ['in a floated bold span after the last sentence', '<p>Đề nghị các đơn vị triển khai thực hiện nghiêm túc. <span style="float:right"><b>Lê Thị Hồng</b></span></p>', 'nghiêm túc.'],
  ])('a name on the last sentence’s line %s', (_label, last, bodyEnd) => {
    const doc = parse(withEnd('', last));
    const a = extractArticle(doc, 'https://xa.songmay.gov.vn/tin/1.html');
    expect(a.signature?.authors).toEqual(['Lê Thị Hồng']);
    expect(a.body.text.endsWith(bodyEnd)).toBe(true);
    const r = a.signature?.range;
    expect((r?.startNode as Text).data.slice(r?.startOffset, r?.endOffset).trim()).toBe('Lê Thị Hồng');
  });

  it('a date alone after the name (the day it was signed) does not hide the signature, and leaves the body with it', () => {
    const d = extract(withEnd('<p style="text-align:right"><b>Nguyễn Văn An</b></p><p style="text-align:right"><i>(Ngày 13/02/2024)</i></p><p>IMG_4324</p>'));
    expect(d.signature?.authors).toEqual(['Nguyễn Văn An']);
    expect(d.bodyText.endsWith('trong thời gian tới.')).toBe(true);
  });

  it.each([
    ['a view counter', '<p>Lượt xem: 1.234</p>'],
    ['a counter with print and e-mail links', '<div>Số lượt xem: 356 | <a href="#">In bài viết</a> | <a href="#">Gửi email</a></div>'],
    ['a rating widget', '<div class="rating">Đánh giá bài viết: <span>★★★★★</span> (0 đánh giá)</div>'],
    ['a rating score and prompt', '<div>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</div><div>Click để đánh giá bài viết</div>'],
    ['a visit counter and share links', '<p>Lượt truy cập: 12</p><p>Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></p>'],
    ['a short view count', '<div>Xem: 245</div>'],
    ['the date line with weekday and zone', '<p>Thứ hai - 13/01/2025 09:15 (GMT+7)</p>'],
    ['the date line with a view count glued to it', '<p>13/01/2025 | 412</p>'],
    ['the date line with its zone on the next line', '<p>Thứ hai, 13/01/2025 09:15<br>(GMT+7)</p>'],
    ['the date line and a labelled view count', '<p>Thứ hai - 13/01/2025 09:15 Số lượt xem: 88</p>'],
    ['the date line with the category before its label', '<p>Kinh tế - Ngày đăng : 09:15, 13/01/2025</p>'],
    ['the visitor widget', '<div>Đang truy cập: 12 | Hôm nay: 345 | Tổng lượt truy cập: 1.234.567</div>'],
    ['a keyword label, then the keyword links', '<p>Từ khóa:</p><p><a href="/t/1">thi đua</a>, <a href="/t/2">khen thưởng</a></p>'],
    ['hashtag links', '<p><a href="/t/1">#thiđua</a> <a href="/t/2">#khenthưởng</a></p>'],
    ['a link to another article', '<p><a href="/tin/9">Tập huấn công tác văn thư lưu trữ năm 2025</a></p>'],
  ])('page furniture after the signature (%s) does not hide it, and leaves the body with it', (_label, tail) => {
    const d = extract(withEnd(`<p style="text-align:right"><b>Nguyễn Văn An</b></p><p style="text-align:right">Ban Thi đua, Khen thưởng - Sở Nội vụ</p>${tail}`));
    expect(d.signature).toMatchObject({ authors: ['Nguyễn Văn An'], unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ' });
    expect(d.bodyText.endsWith('trong thời gian tới.')).toBe(true);
  });

  it('the date line printed again after the signature (a print block) does not hide it', () => {
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ công tác thi đua năm 2020</h1><div class="date">Ngày đăng: 24/07/2020 08:15</div><div class="content">${paragraphs(4)}<p>Lớp tập huấn kết thúc tốt đẹp./.</p><p style="text-align:right"><b>Nguyễn Văn An</b></p><p>Ngày đăng: 24/07/2020 08:15</p></div>`));
    expect(d.published).toBe('2020-07-24T08:15:00+07:00');
    expect(d.signature?.authors).toEqual(['Nguyễn Văn An']);
    expect(d.bodyText.endsWith('Lớp tập huấn kết thúc tốt đẹp./.')).toBe(true);
  });

  it("a name linked to the author's page is the signature, not a link row", () => {
    const d = extract(withEnd('<p style="text-align:right"><a href="/tac-gia/nguyen-van-an"><b>Nguyễn Văn An</b></a></p>'));
    expect(d.signature?.authors).toEqual(['Nguyễn Văn An']);
  });

  it('a credit line that ends in a view counter gives the name without the counter', () => {
    const d = extract(withEnd('<p>Tác giả: Nguyễn Văn An | Lượt xem: 99</p>'));
    expect(d.signature).toMatchObject({ text: 'Tác giả: Nguyễn Văn An', authors: ['Nguyễn Văn An'] });
    expect(d.authors).toEqual(['Nguyễn Văn An']);
    expect(d.bodyText).not.toContain('Lượt xem');
  });

  it('but an attachment after the signature stays in the body', () => {
    const d = extract(withEnd('<p style="text-align:right"><b>Nguyễn Văn An</b></p><p>File đính kèm:</p><p><a href="/qd.pdf">QD-123-UBND.pdf</a></p>'));
    expect(d.signature?.authors).toEqual(['Nguyễn Văn An']);
    expect(d.bodyText.endsWith('File đính kèm:\n\nQD-123-UBND.pdf')).toBe(true);
  });

  it.each([
    ['a Bootstrap 5 "text-end" class', '<p class="text-end">Nguyễn Tuyết Mai</p>'],
    ['text-align: end', '<p style="text-align: end">Nguyễn Tuyết Mai</p>'],
    ['float: right', '<div style="float: right">Nguyễn Tuyết Mai</div>'],
  ])('a name set to the right with %s is read even after an unfinished last line', (_label, end) => {
    const d = extract(withEnd(end, '<p>Lớp tập huấn góp phần nâng cao chất lượng công tác thi đua</p>'));
    expect(d.signature?.authors).toEqual(['Nguyễn Tuyết Mai']);
  });

  it('an attachment linked by its title (no file name) stays in the body too', () => {
    const d = extract(withEnd('<p style="text-align:right"><b>Nguyễn Văn An</b></p><p>File đính kèm:</p><p><a href="/vb/125">Quyết định số 125/QĐ-UBND về khen thưởng</a></p>'));
    expect(d.signature?.authors).toEqual(['Nguyễn Văn An']);
    expect(d.bodyText.endsWith('File đính kèm:\n\nQuyết định số 125/QĐ-UBND về khen thưởng')).toBe(true);
  });

  it('a signature set after the attachments is still read', () => {
    const d = extract(withEnd('<p>File đính kèm:</p><p><a href="/qd.pdf">QD-123-UBND.pdf</a></p><p style="text-align:right"><b>Nguyễn Văn An</b></p>'));
    expect(d.signature?.authors).toEqual(['Nguyễn Văn An']);
    expect(d.bodyText).toContain('QD-123-UBND.pdf');
  });

  it('an administrative text posted whole: its header names the issuing body, which signs with the signer', () => {
    const text = `<table><tr><td align="center"><b>UBND TỈNH SÔNG MÂY</b><br><b>SỞ NỘI VỤ</b><br>Số: 312/TB-SNV</td>
      <td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Sông Mây, ngày 18 tháng 11 năm 2026</i></td></tr></table>
      <p align="center"><b>THÔNG BÁO</b><br><b>Tuyển dụng viên chức năm 2026</b></p>${paragraphs(3)}<p>Thông tin chi tiết liên hệ Văn phòng Sở./.</p>
      <table><tr><td><b><i>Nơi nhận:</i></b><br>- Các đơn vị trực thuộc Sở;<br>- Lưu: VT, TCCC.</td>
      <td align="center"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><i>(Đã ký)</i><br><b>Trần Thị Hoa</b></td></tr></table>`;
    const d = extract(portalPage(`<h1>Thông báo tuyển dụng viên chức năm 2026</h1><div class="date">Ngày đăng: 20/11/2026 10:15</div><div class="content">${text}</div>`));
    expect(d.signature).toEqual({ text: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTrần Thị Hoa', authors: ['Trần Thị Hoa'], unit: 'Sở Nội vụ', source: null });
    // the recipients stay with the text; the signing lines leave it
    expect(d.bodyText.endsWith('- Lưu: VT, TCCC.')).toBe(true);
    // dated the day it was issued (its header), as on its record page; the day the portal posted it stays offered
    expect(d.published).toBe('2026-11-18');
    expect(d.provenance.published?.source).toBe('document:issued');
    expect(d.dateCandidates.map((c) => c.iso)).toContain('2026-11-20T10:15:00+07:00');
    // its number, from the header: researchers cite and search it by that
    expect(d.documentNumber).toBe('312/TB-SNV');
    expect(d.provenance.documentNumber?.source).toBe('document:header');
    // a document: its signer signs for the issuing body (the popup says "Người ký", a citation names the body)
    expect(d.provenance.signature?.source).toBe('signature:document');
    expect(d.provenance.authors?.source).toBe('document:signer');
  });

  it('a news article that quotes a number in its text has no number of its own', () => {
    const d = extract(withEnd('<p>Số: 312/TB-SNV</p><p style="text-align:right"><b>Nguyễn Văn An</b></p>'));
    expect(d.signature?.authors).toEqual(['Nguyễn Văn An']);
    expect(d.documentNumber).toBeNull();
  });

  it('gives the nodes of a block signature', () => {
    const doc = parse(withEnd('<p class="sig"><strong>Nguyễn Tuyết Mai</strong></p>'));
    const a = extractArticle(doc, 'https://x.gov.vn/a.html');
    expect(a.signature?.nodes.map((n) => (n as Element).className)).toEqual(['sig']);
  });
});

describe('signature lines set apart after the article container', () => {
  const page = (after: string, extra = ''): string =>
    portalPage(`<h1>Tập huấn nghiệp vụ công tác thi đua năm 2020</h1><div class="date">24/07/2020</div><div class="noidung">${paragraphs(4)}</div>${after}${extra}`);

  it.each([
    ['an author block, then a source block', '<div class="author">Nguyễn Văn An</div><div class="source">Nguồn: Báo Sông Mây</div>', { text: 'Nguyễn Văn An\nNguồn: Báo Sông Mây', authors: ['Nguyễn Văn An'], unit: null, source: 'Báo Sông Mây' }],
    ['a "tacgia" paragraph with the unit', '<p class="tacgia">Trần Thị Bích Ngọc - Trung tâm Văn hóa tỉnh</p>', { text: 'Trần Thị Bích Ngọc - Trung tâm Văn hóa tỉnh', authors: ['Trần Thị Bích Ngọc'], unit: 'Trung tâm Văn hóa tỉnh', source: null }],
    ['a right-aligned name', '<div style="text-align:right"><b>Lê Thu Hà</b></div>', { text: 'Lê Thu Hà', authors: ['Lê Thu Hà'], unit: null, source: null }],
  ])('%s', (_label, after, sig) => {
    const d = extract(page(after, '<div class="tinkhac"><h3>Các tin khác</h3><ul><li><a href="#">Hội nghị sơ kết</a> (05/07/2020)</li></ul></div>'));
    expect(d.signature).toEqual(sig);
  });

  it('but not a plain line after the container (a category label, a related title)', () => {
    const d = extract(page('<div class="cat">Thi Đua Khen Thưởng</div>'));
    expect(d.signature).toBeNull();
  });
});

describe('look-alikes that are not signatures', () => {
  it.each([
    ['a photo caption in parentheses', '<p><em>(Ông Nguyễn Văn An, Giám đốc Sở phát biểu chỉ đạo tại hội nghị)</em></p>'],
    ['an "Ảnh:" photo credit', '<p><em>Ảnh: Trần Văn Bình</em></p>'],
    ['a figure caption', '<figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>'],
    ['a gallery lead-in', '<p><strong>Một số hình ảnh tại buổi lễ:</strong></p>'],
    ['a file name', '<p>IMG_4324</p>'],
    ['a name inside a sentence', '<p>Phát biểu tại hội nghị, đồng chí Phùng Mạnh Thắng, Phó Bí thư Huyện ủy đề nghị các xã tiếp tục quan tâm chỉ đạo.</p>'],
    ['a plain last paragraph', ''],
  ])('%s', (_label, end) => {
    expect(extract(withEnd(end)).signature).toBeNull();
  });

  it('the footer editor credit is not the signature', () => {
    const d = extract(withEnd(''));
    expect(d.authors).not.toContain('Lương Văn Tuấn');
  });

  it('a caption credit naming the author does not replace the real signature', () => {
    const d = extract(withEnd('<p style="text-align:right"><strong>Hoàng Thu Trang</strong></p>', '<figure><img src="a.jpg"><figcaption>Quang cảnh phiên họp. Ảnh: Hoàng Thu Trang</figcaption></figure><p>Hội đồng thống nhất sẽ tổ chức đoàn kiểm tra liên ngành.</p>'));
    expect(d.signature?.text).toBe('Hoàng Thu Trang');
  });
});

describe('name helpers', () => {
  it.each([
    ['Nguyễn Tuyết Mai', true], ['Minh Châu', true], ['TRẦN VĂN BÌNH', true], ['H.A', true],
    ['Tin liên quan', false], ['Một số hình ảnh', false], ['Ban Thi đua', false], ['Nguyễn', false], ['Năm 2020', false],
  ])('isPersonName(%s) = %s', (s, ok) => {
    expect(isPersonName(s as string)).toBe(ok);
  });

  it.each([['TRẦN VĂN BÌNH', 'Trần Văn Bình'], ['Minh Châu', 'Minh Châu'], ['N.T.M', 'N.T.M']])('titleCaseName(%s)', (a, b) => {
    expect(titleCaseName(a)).toBe(b);
  });

  it('findSignatureBlock on no lines', () => {
    expect(findSignatureBlock([])).toBeNull();
  });
});

describe('bylines on ordinary news sites are the signature', () => {
  it('"By A and B" with rel=author links', () => {
    const html = `<html lang="en"><body><article><h1>Floating classrooms keep lessons going</h1><div class="meta"><span class="byline">By <a rel="author" href="/a">Jane Doe</a> and <a rel="author" href="/b">Ravi Patel</a></span> <span>Published May 14, 2024</span></div>${paragraphs(4, 'The school')}</article></body></html>`;
    const d = extract(html, 'https://news.example/a');
    expect(d.signature).toEqual({ text: 'By Jane Doe and Ravi Patel', authors: ['Jane Doe', 'Ravi Patel'], unit: null, source: null });
    expect(d.authors).toEqual(['Jane Doe', 'Ravi Patel']);
  });

  it('author metadata only', () => {
    const html = `<html lang="en"><head><meta name="author" content="Amara Okafor"></head><body><article><h1>What a village archive taught me</h1>${paragraphs(4, 'The ledger')}</article></body></html>`;
    const d = extract(html, 'https://blog.example/a');
    expect(d.authors).toEqual(['Amara Okafor']);
    expect(d.signature?.authors).toEqual(['Amara Okafor']);
  });
});
