/** Publication date in the DOM: the date line near the title wins, every decoy kind loses. */
import { describe, expect, it } from 'vitest';
import { extract, paragraphs, portalPage } from './helpers';

const titled = (dateLine: string, body = paragraphs(4)): string =>
  `<h1 class="title">Tập huấn nghiệp vụ công tác văn thư năm 2020</h1>${dateLine}<div class="content">${body}</div>`;

describe('publication date near the title', () => {
  it.each([
    ['<div class="date">24/07/2020</div>', '2020-07-24', '24/07/2020'],
    ['<div class="time">(15:32 | 22/01/2024)</div>', '2024-01-22T15:32:00+07:00', '(15:32 | 22/01/2024)'],
    ['<p>Ngày đăng: 13/02/2015 09:01:54</p>', '2015-02-13T09:01:54+07:00', 'Ngày đăng: 13/02/2015 09:01:54'],
    ['<span>Thứ hai - 03/04/2023 09:15 | Đã xem: 412</span>', '2023-04-03T09:15:00+07:00', 'Thứ hai - 03/04/2023 09:15'],
    ["<div>16:13' - 10/04/2021</div>", '2021-04-10T16:13:00+07:00', "16:13' - 10/04/2021"],
    ['<div>Đăng ngày 28 - 08 - 2015</div>', '2015-08-28', 'Đăng ngày 28 - 08 - 2015'],
  ])('%s', (line, iso, text) => {
    const d = extract(portalPage(titled(line)));
    expect(d.published).toBe(iso);
    expect(d.publishedText).toBe(text);
  });

  it('reads "Cập nhật" on the date line as the modified date', () => {
    const d = extract(portalPage(titled('<div class="date">Ngày đăng: 03/04/2023 | Cập nhật: 05/04/2023</div>')));
    expect(d.published).toBe('2023-04-03');
    expect(d.modified).toBe('2023-04-05');
  });

  it('keeps an unlabelled date on a line that also holds a view count and the "Cập nhật" date', () => {
    const d = extract(portalPage(titled('<div class="date">Thứ sáu - 01/01/2016 06:00 Số lượt xem: 88 - Cập nhật: 02/01/2016 16:05</div>')));
    expect(d.published).toBe('2016-01-01T06:00:00+07:00');
    expect(d.modified).toBe('2016-01-02T16:05:00+07:00');
  });

  it('takes the date line above the title too', () => {
    const d = extract(portalPage(`<div class="d">24/07/2020</div><h1>Tập huấn nghiệp vụ công tác văn thư năm 2020</h1><div class="content">${paragraphs(4)}</div>`));
    expect(d.published).toBe('2020-07-24');
  });
});

describe('decoys are never the publication date', () => {
  it('header "today" widget on a page without a date line', () => {
    const d = extract(portalPage(titled(''), { before: '<div class="today">Thứ năm, ngày 28 tháng 3 năm 2024</div>' }));
    expect(d.published).toBeNull();
  });

  it('header "today" widget next to a real date line', () => {
    const d = extract(portalPage(titled('<div class="date">24/07/2020</div>'), { before: '<div class="today">Thứ năm, ngày 28 tháng 3 năm 2024</div>' }));
    expect(d.published).toBe('2020-07-24');
  });

  it('"today" widget in a bare header block just above the title, with no date line', () => {
    const html = `<html lang="vi"><body><div class="header"><span>Thứ năm, ngày 28 tháng 3 năm 2024</span></div>
      <div class="content">${titled('')}</div></body></html>`;
    expect(extract(html).published).toBeNull();
  });

  it('a weekday date with no time just above the title, outside any named block, is not taken', () => {
    const html = `<html lang="vi"><body><div><span>Thứ Hai, 03/04/2023</span></div>${titled('')}</body></html>`;
    expect(extract(html).published).toBeNull();
  });

  it.each([
    ['and the article shows its own date line', '<div>Ngày đăng: 13/02/2024</div>', '2024-02-13'],
    ['and the article shows no date', '', null],
  ])('a "Tin mới" list in the left column of a table layout, its items split by <br> in one cell, %s', (_label, dateLine, want) => {
    const left = '<td width="220"><b>Tin mới</b><br><a href="/a">Tập huấn văn thư lưu trữ</a> (12/01/2024)<br><a href="/b">Hội nghị cán bộ công chức</a> (10/01/2024)</td>';
    const html = `<html lang="vi"><body><table><tr>${left}<td><h1>Hội nghị tổng kết công tác năm 2023</h1>${dateLine}${paragraphs(4)}</td></tr></table></body></html>`;
    expect(extract(html).published).toBe(want);
  });

  it('a run of linked items with dates just above the title, under no heading, is a list too', () => {
    const html = `<html lang="vi"><body><table><tr><td width="220"><a href="/a">Tập huấn văn thư lưu trữ</a> (12/01/2024)<br><a href="/b">Hội nghị cán bộ công chức</a> (10/01/2024)</td>
      <td><h1>Hội nghị tổng kết công tác năm 2023</h1>${paragraphs(4)}</td></tr></table></body></html>`;
    expect(extract(html).published).toBeNull();
  });

  it('but a byline whose author name is a link still dates the article', () => {
    const html = `<html lang="vi"><body><div class="main"><h1>Hội nghị tổng kết công tác năm 2023</h1><div><a href="/tac-gia/an">Nguyễn Văn An</a> - 13/02/2024</div>${paragraphs(4)}</div></body></html>`;
    expect(extract(html).published).toBe('2024-02-13');
  });

  it.each([
    ['a "TIN NỔI BẬT" ticker', '<div class="tin-hot"><b>TIN NỔI BẬT:</b> <a href="/a">Tập huấn văn thư (12/02/2024)</a></div>'],
    ['a marquee', '<marquee><a href="/b">Thông báo tuyển dụng công chức (10/02/2024)</a></marquee>'],
  ])('another article\'s date in %s above the title', (_label, top) => {
    const html = `<html lang="vi"><body>${top}<div class="main"><h1>Hội nghị tổng kết công tác năm 2023</h1>${paragraphs(4)}</div></body></html>`;
    expect(extract(html).published).toBeNull();
  });

  it('but a blog\'s date linked to the post itself (a permalink) dates it', () => {
    const html = `<html lang="vi"><body><div class="main"><h1>Hội nghị tổng kết công tác năm 2023</h1><div class="meta">Đăng lúc <a href="/2024/02/hoi-nghi">13/02/2024</a></div>${paragraphs(4)}</div></body></html>`;
    expect(extract(html).published).toBe('2024-02-13');
  });

  it('calendar widget', () => {
    const cal = '<table class="calendar"><caption>Tháng 10, 2020</caption><tr><td>CN</td><td>T2</td><td>T3</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>';
    expect(extract(portalPage(titled(''), { after: cal })).published).toBeNull();
  });

  it('but the page\'s one datePublished right under the title counts, even in a wrapper named like a list (TYPO3 news detail)', () => {
    const html = `<html lang="de"><body><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
      <div class="header"><h3 itemprop="headline">Reparaturcafé am 31. Januar</h3></div>
      <div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2020-01-27">27.01.2020</time></span>
      <span class="news-list-category">Soziales &amp; Gesundheit <a href="/start/">Startseite</a> App</span></p></div></div>
      ${paragraphs(4, 'Das Reparaturcafé')}</div>
      <div class="news-list"><div class="item"><span class="news-list-date"><time datetime="2020-01-10">10.01.2020</time></span><a href="/b">Andere Nachricht</a></div></div></body></html>`;
    expect(extract(html, 'https://www.stadt.example/aktuelles/reparaturcafe/').published).toBe('2020-01-27');
  });

  it('dates of related articles', () => {
    const related = '<div class="other"><h3>Các tin khác</h3><ul><li><a href="/a">Sở Nội vụ tổ chức hội nghị cán bộ</a> (15/07/2020)</li><li><a href="/b">Trao Bằng khen cho 27 tập thể</a> (09/07/2020)</li></ul></div>';
    expect(extract(portalPage(titled('') + related)).published).toBeNull();
    expect(extract(portalPage(titled('<div class="date">24/07/2020</div>') + related)).published).toBe('2020-07-24');
  });

  it('the date line, its update line, a copy of it in the text and the "today" line are no event dates, and leave the body', () => {
    const body = `<p>Chiều ngày 17/7/2020, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng cho hơn 200 cán bộ cấp xã.</p>${paragraphs(3)}<p>24/07/2020</p>`;
    const d = extract(portalPage(`<div class="news"><div class="today">Hôm nay: 13/01/2025</div><h1 class="title">Tập huấn nghiệp vụ công tác văn thư năm 2020</h1><div class="date">Thứ sáu, 24/07/2020 08:15<br>(GMT+7) - Cập nhật: 25/07/2020 16:05</div><div class="content">${body}</div></div>`));
    expect(d.published).toBe('2020-07-24T08:15:00+07:00');
    expect(d.modified).toBe('2020-07-25T16:05:00+07:00');
    expect(d.eventDates).toEqual([{ iso: '2020-07-17', text: 'Chiều ngày 17/7/2020' }]);
    expect(d.bodyText.startsWith('Chiều ngày 17/7/2020')).toBe(true);
  });

  it('a date a short headline-like line points to ("mit Wirkung zum 1.9.2015") is an event, not the date line', () => {
    const html = `<html lang="de"><body><table><tr><td class="item"><span class="itemTitle">Neuer Vorstand</span> <span class="itemPostDate">am 25.08.2015 22:30</span></td></tr>
      <tr><td class="itemBody"><p>Oliver Frankenbach mit Wirkung zum 1.9.2015 zum Vorstand Finanzen bestellt<br><br>${'Der Aufsichtsrat hat heute auf seiner ordentlichen Sitzung beschlossen, den Vorstand neu zu ordnen, und die Aufgaben wurden verteilt. '.repeat(4)}</p></td></tr></table></body></html>`;
    const d = extract(html, 'https://verein.example/news/504');
    expect(d.published).toBe('2015-08-25T22:30:00');
  });

  it('footer years and event dates inside the body', () => {
    const body = `<p>Chiều ngày 17/7/2020, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng cho hơn 200 cán bộ cấp xã.</p>${paragraphs(3)}`;
    const d = extract(portalPage(titled('', body)));
    expect(d.published).toBeNull();
    expect(d.eventDates).toEqual([{ iso: '2020-07-17', text: 'Chiều ngày 17/7/2020' }]);
  });

  it('a modified date is kept apart', () => {
    const d = extract(portalPage(titled('<div class="meta">Ngày đăng: 13/02/2015 09:01:54 Cập nhật: 15/02/2015 08:00</div>')));
    expect(d.published).toBe('2015-02-13T09:01:54+07:00');
    expect(d.modified).toBe('2015-02-15T08:00:00+07:00');
  });

  it('quoted decision dates are not events; event years come from the publication date', () => {
    const body = `<p>Sáng 25/2, UBND huyện triển khai Quyết định số 123/QĐ-UBND ngày 05/3/2019 của UBND tỉnh về việc kiện toàn tổ công tác, với sự tham dự của lãnh đạo các phòng, ban.</p>${paragraphs(3)}`;
    const d = extract(portalPage(titled('<div class="date">26/02/2020</div>', body)));
    expect(d.eventDates).toEqual([{ iso: '2020-02-25', text: 'Sáng 25/2' }]);
  });

  it('an event day/month months after publication belongs to the year before', () => {
    const body = `<p>Chiều 28/12, Ban Chỉ đạo tổng kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu và triển khai nhiệm vụ trọng tâm của năm mới.</p>${paragraphs(3)}`;
    const d = extract(portalPage(titled('<div class="date">05/01/2021</div>', body)));
    expect(d.eventDates[0]?.iso).toBe('2020-12-28');
  });
});

describe('structured sources', () => {
  it('a post whose only machine-readable <time> sits away from the text (X) is dated by it', () => {
    const tabs = Array.from({ length: 14 }, (_, i) => `<div class="tab">Tab ${i + 1}</div>`).join('');
    const html = `<html lang="en"><head><meta property="og:title" content="Notes on archives"></head><body>
      <div class="meta"><a href="/a/status/1"><time datetime="2026-01-19T00:28:01.000Z">4:28 PM · Jan 18, 2026</time></a></div>${tabs}
      <main>${paragraphs(5, 'The archive')}</main></body></html>`;
    // the same instant, written in the offset of the time the post shows (4:28 PM on 18 January)
    expect(extract(html, 'https://x.com/a/status/1').published).toBe('2026-01-18T16:28:01-08:00');
  });

  describe('a UTC instant in metadata is written as the publisher shows it', () => {
    const page = (head: string, line: string): string => `<html lang="en"><head><title>Budget vote delayed</title>${head}</head><body>
      <article><h1>Budget vote delayed</h1><div class="byline">${line}</div>${paragraphs(5, 'The council')}</article></body></html>`;
    const ld = (iso: string): string => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget vote delayed","datePublished":"${iso}","dateModified":"2023-11-09T04:26:00.000Z"}</script>`;

    it('the date line shows another day and a time: that offset, for both dates, and the line as the shown text', () => {
      const d = extract(page(ld('2023-11-09T04:15:00.000Z'), 'November 8, 2023, 11:15 PM'), 'https://news.example/budget');
      expect(d.published).toBe('2023-11-08T23:15:00-05:00');
      expect(d.publishedText).toBe('November 8, 2023, 11:15 PM');
      expect(d.modified).toBe('2023-11-08T23:26:00-05:00');
      expect(d.dateCandidates.map((c) => c.iso)).not.toContain('2023-11-09T04:15:00+00:00');
      expect(d.dateCandidates.map((c) => c.iso)).toContain('2023-11-08T23:15:00-05:00');
    });

    it('the shown day without a time: that day alone, not a made-up clock time', () => {
      const d = extract(page(ld('2023-11-01T23:01:00Z'), '<time datetime="2023-11-01T23:01:00Z">02 Novembre 2023</time>'), 'https://news.example/budget');
      expect(d.published).toBe('2023-11-02');
    });

    it("another of the page's dates gives the publisher's offset for the same instant", () => {
      const d = extract(page(ld('2019-11-20T05:57:50Z') + '<meta name="sailthru.date" content="2019-11-19 21:57:50 -0800">', ''), 'https://news.example/budget');
      expect(d.published).toBe('2019-11-19T21:57:50-08:00');
    });

    it('the shown day agrees with the UTC day: left as it is', () => {
      const d = extract(page(ld('2023-11-09T14:15:00.000Z'), 'November 9, 2023'), 'https://news.example/budget');
      expect(d.published).toBe('2023-11-09T14:15:00+00:00');
    });
  });

  it('but a lone <time> in a top bar above the title of an undated portal page is not its date', () => {
    const top = '<div class="top"><time datetime="2024-03-28">Thứ năm, 28/03/2024</time></div>' + Array.from({ length: 8 }, (_, i) => `<div class="m">Mục ${i + 1}</div>`).join('');
    expect(extract(portalPage(titled(''), { before: top })).published).toBeNull();
  });

  it('a forum item dated in a title attribute (Hacker News `span.age`)', () => {
    const html = `<html lang="en"><head><title>Ask: archives | Forum</title></head><body><table><tr><td><span class="titleline"><a href="https://example.org">Ask: archives</a></span></td></tr>
      <tr><td><span class="subline"><a class="hnuser" href="user?id=u">u</a> <span class="age" title="2025-06-15T12:00:00 1750000000"><a href="item?id=1">1 day ago</a></span></span></td></tr></table>
      <div class="comment">${paragraphs(4, 'The comment')}</div></body></html>`;
    expect(extract(html, 'https://news.forum.example/item?id=1').published).toBe('2025-06-15T12:00:00');
  });

  const body = `<h1>Floating classrooms keep lessons going</h1>${paragraphs(4, 'The school')}`;
  it.each([
    ['<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2024-05-14T06:45:00-04:00"}</script>', '2024-05-14T06:45:00-04:00'],
    ['<meta property="article:published_time" content="2021-04-10T16:13:00+07:00">', '2021-04-10T16:13:00+07:00'],
    ['<meta itemprop="datePublished" content="2025-10-22T19:25:52+07:00">', '2025-10-22T19:25:52+07:00'],
    ['<meta name="pubdate" content="2019-10-19">', '2019-10-19'],
    ['<meta name="date" content="2019-10-19">', '2019-10-19'],
  ])('%s', (head, iso) => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body><article>${body}</article></body></html>`;
    expect(extract(html, 'https://news.example/a').published).toBe(iso);
  });

  it('a <time datetime> by the title', () => {
    const html = `<html lang="en"><body><article><h1>Floating classrooms keep lessons going</h1><p>By Jane Doe · <time datetime="2024-05-14T06:45:00-04:00">May 14, 2024</time></p>${paragraphs(4, 'The school')}</article></body></html>`;
    const d = extract(html, 'https://news.example/a');
    expect(d.published).toBe('2024-05-14T06:45:00-04:00');
    expect(d.publishedText).toBe('May 14, 2024');
  });

  it('a date in the URL when the page shows none', () => {
    const html = `<html lang="en"><body><article><h1>Floating classrooms keep lessons going</h1>${paragraphs(4, 'The school')}</article></body></html>`;
    expect(extract(html, 'https://news.example/2019/10/19/floating').published).toBe('2019-10-19');
  });

  it('ranked candidates keep the runner-up', () => {
    const html = `<html lang="en"><head><meta property="article:published_time" content="2021-04-10T16:13:00+07:00"></head><body><article><h1>Floating classrooms keep lessons going</h1><div class="date">April 9, 2021</div>${paragraphs(4, 'The school')}</article></body></html>`;
    const d = extract(html, 'https://news.example/a');
    expect(d.dateCandidates.length).toBeGreaterThanOrEqual(2);
    expect(d.dateCandidates.map((c) => c.iso.slice(0, 10))).toContain('2021-04-09');
  });
});
