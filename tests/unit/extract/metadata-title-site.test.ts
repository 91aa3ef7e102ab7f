/** Metadata, titles, site names, URL dates, byte decoding and DOM ranges. */
import { describe, expect, it } from 'vitest';
import { extractArticle, toArticleData, toDomRange } from '@/utils/extract';
import { splitNames } from '@/utils/extract/byline';
import { urlDate } from '@/utils/extract/date-candidates';
import { decodeHtml, declaredCharset } from '@/utils/extract/decode';
import { normaliseLang, readMetadata } from '@/utils/extract/metadata';
import { fixCaps } from '@/utils/extract/site';
import { stripSiteName } from '@/utils/extract/title';
import { decodeEntities } from '@/utils/extract/text';
import { extract, paragraphs, parse } from './helpers';

describe('readMetadata', () => {
  it('reads the article object out of a JSON-LD @graph, CDATA-wrapped and with a trailing comma', () => {
    const doc = parse(`<html lang="vi-VN"><head><script type="application/ld+json">//<![CDATA[
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Báo Phú Sa"},
      {"@type":["ReportageNewsArticle"],"headline":"Nông dân xuống giống","datePublished":"2021-04-10T16:13:00+07:00","author":[{"@type":"Person","name":"Minh Châu"}],"publisher":{"@type":"Organization","name":"Báo Phú Sa"},}]}
    //]]></script><link rel="canonical" href="https://baophusa.vn/a-1.html"></head><body></body></html>`);
    const md = readMetadata(doc);
    expect(md.jsonLd?.headline).toBe('Nông dân xuống giống');
    expect(md.jsonLd?.datePublished).toBe('2021-04-10T16:13:00+07:00');
    expect(md.jsonLd?.authors).toEqual(['Minh Châu']);
    expect(md.jsonLd?.publisher).toBe('Báo Phú Sa');
    expect(md.canonical).toBe('https://baophusa.vn/a-1.html');
    expect(md.lang).toBe('vi');
    expect(md.langTag).toBe('vi-VN');
  });

  it('splits multi-valued meta properties', () => {
    const md = readMetadata(parse('<html><head><meta property="dc:creator twitter:creator" content="Creator Name"></head></html>'));
    expect(md.meta.get('dc:creator')).toEqual(['Creator Name']);
    expect(md.meta.get('twitter:creator')).toEqual(['Creator Name']);
  });

  it.each([['vi_VN', 'vi'], ['EN-us', 'en'], ['de', 'de'], ['', ''], ['x', '']])('normaliseLang(%j) = %j', (raw, lang) => {
    expect(normaliseLang(raw)).toBe(lang);
  });
});

describe('titles and site names', () => {
  it.each([
    ['Tập huấn nghiệp vụ - Sở Nội vụ tỉnh Sông Mây', ['Sở Nội vụ tỉnh Sông Mây'], 'Tập huấn nghiệp vụ'],
    ['Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung', ['boersen-zeitung.de'], 'Steigende US-Zinsen setzen Dax zu'],
    ['»frag.jetzt« – ARSnova', ['arsnova.thm.de'], '»frag.jetzt«'],
    ['Sở Y tế tỉnh Tây Nguyệt > Tin hoạt động', ['Sở Y tế tỉnh Tây Nguyệt'], 'Tin hoạt động'],
    ['Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära – DW – 30.01.2024', ['Deutsche Welle'], 'Russland-Wahl: Nadeschdin setzt auf ein Ende der Putin-Ära – DW – 30.01.2024'],
  ])('stripSiteName(%s)', (title, sites, out) => {
    expect(stripSiteName(title, sites)).toBe(out);
  });

  it.each([
    ['TỈNH HÀ LÂM', 'tỉnh Hà Lâm'],
    ['XÃ TÂN KHÊ', 'xã Tân Khê'],
    ['SỞ NỘI VỤ TỈNH SÔNG MÂY', 'Sở Nội vụ tỉnh Sông Mây'],
    ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH SÔNG MÂY', 'Sở Kế hoạch và Đầu tư tỉnh Sông Mây'],
    ['CHI CỤC VĂN THƯ - LƯU TRỮ', 'Chi cục Văn thư - Lưu trữ'],
    ['ỦY BAN NHÂN DÂN PHƯỜNG 2', 'Ủy ban nhân dân phường 2'],
    ['UBND THỊ XÃ BẾN ĐÒ', 'UBND thị xã Bến Đò'],
    ['HĐND HUYỆN BẾN ĐÒ', 'HĐND huyện Bến Đò'],
    ['TRƯỜNG THCS NGUYỄN THỊ MINH KHAI', 'Trường THCS Nguyễn Thị Minh Khai'],
    ['VĂN PHÒNG UBND TỈNH', 'Văn phòng UBND tỉnh'],
  ])('fixCaps(%s)', (a, b) => {
    expect(fixCaps(a)).toBe(b);
  });

  it.each([
    ['one line in capitals', '<h2>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH SÔNG MÂY</h2>', 'Sở Nội vụ tỉnh Sông Mây'],
    ['two lines in capitals', '<h2>CỔNG THÔNG TIN ĐIỆN TỬ<br>SỞ NỘI VỤ TỈNH SÔNG MÂY</h2>', 'Sở Nội vụ tỉnh Sông Mây'],
    ['two spans with no space between', '<div class="logo"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span><span>ỦY BAN NHÂN DÂN XÃ TÂN KHÊ</span></div>', 'Ủy ban nhân dân xã Tân Khê'],
    ['the same spans in NFD', '<div class="logo"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span><span>ỦY BAN NHÂN DÂN XÃ TÂN KHÊ</span></div>'.normalize('NFD'), 'Ủy ban nhân dân xã Tân Khê'],
    // a bare place is not a site name on its own: the portal's full name
    ['a district, one line in capitals', '<h2>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN KHÊ</h2>', 'Cổng thông tin điện tử huyện Tân Khê'],
    ['a district, two lines in capitals', '<h2>CỔNG THÔNG TIN ĐIỆN TỬ<br>HUYỆN TÂN KHÊ</h2>', 'Cổng thông tin điện tử huyện Tân Khê'],
    ['a district, as written', '<h2>Cổng thông tin điện tử huyện Tân Khê</h2>', 'Cổng thông tin điện tử huyện Tân Khê'],
    ['the short form of the portal type', '<h2>CỔNG TTĐT HUYỆN TÂN KHÊ</h2>', 'Cổng TTĐT huyện Tân Khê'],
  ])('a banner the <title> does not repeat (%s) names the site in its official spelling', (_label, banner, site) => {
    const html = `<html lang="vi"><head><title>Tập huấn công tác văn thư</title></head><body><div class="header">${banner}</div>
      <div class="content"><h1>Tập huấn công tác văn thư lưu trữ năm 2026</h1><div class="date">12/11/2026</div>${paragraphs(3)}</div></body></html>`;
    expect(extract(html, 'https://tankhe.songmay.gov.vn/tin/1.html').site).toBe(site);
  });

  it('prefers the article heading over a <title> that is only site and category', () => {
    const html = `<html lang="vi"><head><title>Sở Y tế tỉnh Tây Nguyệt &gt; Tin hoạt động</title></head><body>
      <div class="banner"><div>Cổng thông tin điện tử</div><div>Sở Y tế tỉnh Tây Nguyệt</div></div>
      <ul class="menu"><li><a href="#">Tin hoạt động</a></li></ul>
      <h2>Tin hoạt động</h2><h1>Tây Nguyệt ra quân tiêm vắc xin cho trẻ em vùng cao</h1>${paragraphs(4)}</body></html>`;
    const d = extract(html, 'https://syt.taynguyet.gov.vn/tin/1.html');
    expect(d.title).toBe('Tây Nguyệt ra quân tiêm vắc xin cho trẻ em vùng cao');
    expect(d.site).toBe('Sở Y tế tỉnh Tây Nguyệt');
  });

  it.each([
    ['the footer\'s copyright line', '', '<div class="footer">Bản quyền thuộc Sở Nội vụ tỉnh Tây Nguyệt. Trưởng Ban biên tập: Lương Văn Tuấn</div>'],
    ['the footer\'s owner line', '', '<div id="ft">Cơ quan chủ quản: Sở Nội vụ tỉnh Tây Nguyệt<br>Địa chỉ: 12 Trần Phú</div>'],
    ['the logo block', '<div class="logo"><a href="/"><span>Sở Nội vụ tỉnh Tây Nguyệt</span></a></div>', ''],
    ['the page header', '<div class="header"><div class="name">Sở Nội vụ tỉnh Tây Nguyệt</div></div>', ''],
  ])('a <title> that only names the owner, repeated by %s, yields to the shown title', (_label, before, after) => {
    const html = `<html lang="vi"><head><title>Sở Nội vụ tỉnh Tây Nguyệt</title></head><body>${before}
      <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul>
      <div class="content"><div class="title">Sở Nội vụ tỉnh Tây Nguyệt tập huấn công tác văn thư</div><div class="date">13/02/2024</div>${paragraphs(4)}</div>${after}</body></html>`;
    const d = extract(html, 'https://snv.taynguyet.gov.vn/tin/1.html');
    expect(d.title).toBe('Sở Nội vụ tỉnh Tây Nguyệt tập huấn công tác văn thư');
    expect(d.site).toBe('Sở Nội vụ tỉnh Tây Nguyệt');
    expect(d.bodyText.startsWith('Hội nghị lần thứ 1')).toBe(true);
  });

  it.each([
    ['an h2 the date line follows', '<div class="left"><h3>Liên kết website</h3><ul><li><a href="#">Bộ Nội vụ</a></li></ul></div><h2>Sở tổ chức tập huấn công tác văn thư năm 2024</h2><div>(13/02/2024 08:30)</div>'],
    ['a bold, large line the date line follows', '<p><font size="5"><b>Sở tổ chức tập huấn công tác văn thư năm 2024</b></font></p><p><font size="2">Thứ ba, 13/02/2024, 08:30</font></p>'],
    ['a title-named span', '<span class="TieuDe">Sở tổ chức tập huấn công tác văn thư năm 2024</span><br><span>Ngày đăng: 13/02/2024</span>'],
  ])('without an h1, a <title> in capitals naming the owner yields to %s', (_label, top) => {
    const html = `<html lang="vi"><head><title>SỞ NỘI VỤ TỈNH TÂY NGUYỆT</title></head><body>
      <div class="main">${top}${paragraphs(4)}<p align="right"><b>Lê Văn Hùng</b></p></div>
      <div class="tinkhac"><b>Các tin khác:</b><br><a href="#">Lê Văn Hùng nhận bằng khen</a> (12/01/2024)</div></body></html>`;
    const d = extract(html, 'https://snv.taynguyet.gov.vn/tin/3.html');
    expect(d.title).toBe('Sở tổ chức tập huấn công tác văn thư năm 2024');
    expect(d.site).toBe('Sở Nội vụ tỉnh Tây Nguyệt');
  });

  it('keeps a short tail the page shows as part of the title (`… dịp 30/4 - 01/5 năm nay`), and drops one it does not', () => {
    const page = (shown: string) => `<html lang="vi"><head><title>Tổ chức các hoạt động kỷ niệm dịp 30/4 - 01/5 năm nay - Sở Nội vụ tỉnh Tây Nguyệt</title></head><body>
      <div class="header">Cổng thông tin điện tử Sở Nội vụ tỉnh Tây Nguyệt</div>
      <div class="news-detail"><span class="TieuDe"><b>${shown}</b></span><div class="date-time">13/02/2024</div><div class="news-content">${paragraphs(4)}</div></div></body></html>`;
    expect(extract(page('Tổ chức các hoạt động kỷ niệm dịp 30/4 - 01/5 năm nay'), 'https://snv.taynguyet.gov.vn/tin/5.html').title).toBe('Tổ chức các hoạt động kỷ niệm dịp 30/4 - 01/5 năm nay');
    const blog = `<html lang="en"><head><title>How we kept the archive open - Field Notes</title></head><body><div class="main">${paragraphs(4)}</div></body></html>`;
    expect(extract(blog, 'https://notes.example/archive').title).toBe('How we kept the archive open');
  });

  it('a logo h1 linking home is neither the title nor ignored as the site name, even with a page-type <title>', () => {
    const html = `<html lang="vi"><head><title>Chi tiết tin tức</title></head><body>
      <h1 class="logo"><a href="/">SỞ NỘI VỤ TỈNH TÂY NGUYỆT</a></h1><ul class="menu"><li><a href="/">Trang chủ</a></li></ul>
      <div class="detail"><h2 class="title">Sở tổ chức tập huấn công tác văn thư năm 2024</h2><div class="date">13/02/2024 08:30</div>${paragraphs(4)}</div></body></html>`;
    const d = extract(html, 'https://snv.taynguyet.gov.vn/tin/4.html');
    expect(d.title).toBe('Sở tổ chức tập huấn công tác văn thư năm 2024');
    expect(d.site).toBe('Sở Nội vụ tỉnh Tây Nguyệt');
  });

  it('an h1 that only names the section (`Tin tức - Sự kiện`), even matching the <title>, is not the title', () => {
    const html = `<html lang="vi"><head><title>Tin tức - Sự kiện</title></head><body><div class="main"><h1 class="cat-title">Tin tức - Sự kiện</h1>
      <h2 class="news-title">Sở tổ chức tập huấn công tác văn thư năm 2024</h2><div class="date">13/02/2024</div>${paragraphs(4)}</div></body></html>`;
    expect(extract(html, 'https://snv.taynguyet.gov.vn/tin/5.html').title).toBe('Sở tổ chức tập huấn công tác văn thư năm 2024');
  });

  it('a <title> that starts like an organisation but is the headline stays the title', () => {
    const html = `<html lang="vi"><head><title>Sở Nội vụ tổ chức hội nghị tổng kết năm 2023</title></head><body>
      <div class="content"><div class="title">Sở Nội vụ tổ chức hội nghị tổng kết năm 2023</div>${paragraphs(4)}</div>
      <div class="footer">Bản quyền thuộc Sở Nội vụ tỉnh Tây Nguyệt</div></body></html>`;
    expect(extract(html, 'https://snv.taynguyet.gov.vn/tin/2.html').title).toBe('Sở Nội vụ tổ chức hội nghị tổng kết năm 2023');
  });

  it('keeps the other titles the page gives, for the user to pick: declared ones without and with the site name, and the h1', () => {
    const html = `<html lang="en"><head><title>A Brief History of Neon Signage - CityWire</title>
      <meta property="og:title" content="The Modern Ambitions Behind Neon"><meta property="og:site_name" content="CityWire"></head><body>
      <article><h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>${paragraphs(4)}</article></body></html>`;
    const d = extract(html, 'https://www.citywire.example/design/neon');
    expect(d.title).toBe('The Modern Ambitions Behind Neon');
    expect(d.titleCandidates).toEqual([
      { text: 'Why Neon Is the Ultimate Symbol of the 20th Century', source: 'heading:h1' },
      { text: 'A Brief History of Neon Signage', source: 'title-tag' },
      { text: 'A Brief History of Neon Signage - CityWire', source: 'title-tag' },
    ]);
    expect(d.siteCandidates?.map((c) => c.source)).toContain('host');
    expect(d.siteCandidates?.some((c) => c.text === 'CityWire')).toBe(false);
  });

  it('visibleOnly: metadata left over from another article is not read', () => {
    const html = `<html lang="vi"><head><title>Bài cũ đã rời trang</title><meta property="og:title" content="Bài cũ đã rời trang">
      <meta property="article:published_time" content="2020-01-01T08:00:00+07:00"></head><body>
      <div class="main"><h1>Sở tổ chức tập huấn công tác văn thư năm 2024</h1><div class="date">13/02/2024</div>${paragraphs(4)}</div></body></html>`;
    const d = toArticleData(extractArticle(parse(html), 'https://snv.taynguyet.gov.vn/tin/6.html', { visibleOnly: true }));
    expect(d.title).toBe('Sở tổ chức tập huấn công tác văn thư năm 2024');
    expect(d.published).toBe('2024-02-13');
    expect(d.lang).toBe('vi');
  });

  it('decodes entities a CMS escaped twice', () => {
    expect(decodeEntities('Thermen- &amp;#038; Vulkanland')).toBe('Thermen- & Vulkanland');
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe and Ravi Patel', ['Jane Doe', 'Ravi Patel']],
    ['by Lucas Nolan', ['Lucas Nolan']],
    ['Von Anna Müller und Jörg Soldwisch', ['Anna Müller', 'Jörg Soldwisch']],
    ['Text von Christian Seiler Illustration von Markus Roost', ['Christian Seiler']],
    ['Jong, Michiel de', ['Jong, Michiel de']],
    ['Mac & i', ['Mac & i']],
    ['| Klaus Quibeldey-Cirkel', ['Klaus Quibeldey-Cirkel']],
    ['Jane Doe, Staff Writer | March 3, 2023', ['Jane Doe']],
    ['By JANE DOE and RAVI PATEL', ['Jane Doe', 'Ravi Patel']],
    ['By LISA MARK, MARY CLARE JONES and ERIC TUNE Associated Press', ['Lisa Mark', 'Mary Clare Jones', 'Eric Tune']],
    ["By SEÁN O'NEILL-SMITH", ["Seán O'Neill-Smith"]],
  ])('splitNames(%s)', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });
});

describe('urlDate', () => {
  it.each([
    ['https://news.example/2019/10/19/story', '2019-10-19'],
    ['https://news.example/a/2019-10-19-story', '2019-10-19'],
    ['https://baochinhphu.vn/ten-bai-20251022192552034.htm', '2025-10-22'],
    ['https://news.example/story-20191019.html', '2019-10-19'],
    ['https://news.example/2019/13/40/x', null],
    ['https://news.example/id/12345678', null],
  ])('%s', (url, iso) => {
    expect(urlDate(url)?.iso ?? null).toBe(iso);
  });
});

describe('decodeHtml', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('honours a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('<p>Hà Nội</p>')]);
    expect(decodeHtml(bytes)).toMatchObject({ text: '<p>Hà Nội</p>', via: 'bom' });
  });
  it('honours <meta charset> and ignores charset attributes on scripts', () => {
    const head = '<script charset="gbk" src="x.js"></script><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">';
    expect(declaredCharset(enc(head))).toBe('windows-1252');
    const bytes = new Uint8Array([...enc(head), 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeHtml(bytes).text.endsWith('café')).toBe(true);
  });
  it('falls back to windows-1258 for undeclared Vietnamese bytes', () => {
    // "Đăng" in windows-1258: Đ=0xD0, ă=0xE3
    const bytes = new Uint8Array([...enc('<p>'), 0xd0, 0xe3, 0x6e, 0x67, 0x20, 0xd0, 0xe3, 0x6e, 0x67, 0x20, 0xd0, 0xe3, 0x6e, 0x67, 0x20, 0xf0, 0xe3, 0x6e, 0x67, 0x20, 0xf0, 0xe3, ...enc('</p>')]);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe('windows-1258');
    expect(d.text).toContain('Đăng');
  });
});

describe('toDomRange', () => {
  it('builds a Range for a block signature', () => {
    // happy-dom binds createRange() to the window's document, so this test builds its page there
    const doc = document;
    doc.documentElement.setAttribute('lang', 'vi');
    doc.body.innerHTML = `<h1>Tập huấn</h1><div class="content">${paragraphs(4)}<p>Lớp tập huấn kết thúc tốt đẹp.</p><p><strong>Nguyễn Tuyết Mai</strong></p></div>`;
    const a = extractArticle(doc, 'https://snv.songmay.gov.vn/a.html');
    const r = toDomRange(doc, a.signature!.range!);
    expect(r?.toString()).toBe('Nguyễn Tuyết Mai');
  });
});
