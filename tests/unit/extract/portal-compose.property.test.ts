/**
 * Generated portal pages (fast-check): a page is put together from the parts Vietnamese portals use
 * (`../shared/docs/vn-portals.md`) — header with today's date, menu, breadcrumb, tools, title, a date line
 * in one of the seen forms (above or below the title), lead, body with event dates and quoted decisions,
 * a photo caption, a signature in one of the seen forms, related news with their own dates, a calendar
 * and the footer — and every field the generator knows must come out right. All text is invented.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, toArticleData } from '@/utils/extract';
import { parseDocument } from '../../../scripts/extract';
import { extract } from './helpers';

interface When { y: number; m: number; d: number; hh: number; mm: number; ss: number }
const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const weekday = (w: When): string => WEEKDAYS[new Date(Date.UTC(w.y, w.m - 1, w.d)).getUTCDay()];
const dmy = (w: When): string => `${pad(w.d)}/${pad(w.m)}/${w.y}`;
const isoDay = (w: When): string => `${w.y}-${pad(w.m)}-${pad(w.d)}`;
const isoMin = (w: When): string => `${isoDay(w)}T${pad(w.hh)}:${pad(w.mm)}:00+07:00`;
const isoSec = (w: When): string => `${isoDay(w)}T${pad(w.hh)}:${pad(w.mm)}:${pad(w.ss)}+07:00`;

/** Date-line forms from vn-portals.md, each with the value it must give. */
const DATE_FORMS: Array<(w: When) => { text: string; iso: string }> = [
  (w) => ({ text: dmy(w), iso: isoDay(w) }),
  (w) => ({ text: `(${pad(w.hh)}:${pad(w.mm)} | ${dmy(w)})`, iso: isoMin(w) }),
  (w) => ({ text: `${dmy(w)} ${pad(w.hh)}:${pad(w.mm)}`, iso: isoMin(w) }),
  (w) => ({ text: `Ngày đăng: ${dmy(w)}`, iso: isoDay(w) }),
  (w) => ({ text: `Đăng ngày: ${dmy(w)} ${pad(w.hh)}:${pad(w.mm)}:${pad(w.ss)}`, iso: isoSec(w) }),
  (w) => ({ text: `${weekday(w)}, ${dmy(w)}, ${pad(w.hh)}:${pad(w.mm)} (GMT+7)`, iso: isoMin(w) }),
  (w) => ({ text: `${weekday(w)}, ${dmy(w)} - ${pad(w.hh)}:${pad(w.mm)}`, iso: isoMin(w) }),
  (w) => ({ text: `ngày ${w.d} tháng ${w.m} năm ${w.y}`, iso: isoDay(w) }),
  (w) => ({ text: `${pad(w.hh)}:${pad(w.mm)}' - ${dmy(w)}`, iso: isoMin(w) }),
  (w) => ({ text: `${weekday(w)} - ${dmy(w)} ${pad(w.hh)}:${pad(w.mm)}`, iso: isoMin(w) }),
  (w) => ({ text: `Đăng ngày ${pad(w.d)} - ${pad(w.m)} - ${w.y}`, iso: isoDay(w) }),
  (w) => ({ text: `${pad(w.d)}.${pad(w.m)}.${w.y}`, iso: isoDay(w) }),
  (w) => ({ text: `${weekday(w)}, ngày ${dmy(w)} | ${pad(((w.hh + 11) % 12) + 1)}:${pad(w.mm)} ${w.hh < 12 ? 'AM' : 'PM'} (GMT +7)`, iso: isoMin(w) }),
  (w) => ({ text: `${dmy(w)} | 412`, iso: isoDay(w) }),
  (w) => ({ text: `Kinh tế - Ngày đăng : ${pad(w.hh)}:${pad(w.mm)}, ${dmy(w)}`, iso: isoMin(w) }),
  (w) => ({ text: `Cập nhật lúc ${pad(w.hh)}:${pad(w.mm)} ${dmy(w)}`, iso: isoMin(w) }),
  (w) => ({ text: `${w.d}/${w.m}/${String(w.y).slice(2)}`, iso: isoDay(w) }),
  (w) => ({ text: `${pad(w.hh)}h${pad(w.mm)} ngày ${dmy(w)}`, iso: isoMin(w) }),
  (w) => ({ text: `${weekday(w)} - ${dmy(w)} ${pad(w.hh)}:${pad(w.mm)} Số lượt xem: 88`, iso: isoMin(w) }),
  (w) => ({ text: `${pad(w.hh)} giờ ${pad(w.mm)}, ngày ${dmy(w)}`, iso: isoMin(w) }),
  (w) => ({ text: `${weekday(w)}, ${dmy(w)} ${pad(w.hh)}:${pad(w.mm)}<br>(GMT+7)`, iso: isoMin(w) }),
];

const TITLES = [
  'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
  'Tập huấn nghiệp vụ văn thư, lưu trữ cho cán bộ cấp xã',
  'Sở Nội vụ kiểm tra công tác cải cách hành chính tại huyện Bến Đò',
  'Trao quyết định bổ nhiệm Phó Giám đốc Sở Nội vụ tỉnh Sông Mây',
  'Triển khai kế hoạch tuyển dụng viên chức ngành giáo dục',
  'Tổ chức các hoạt động kỷ niệm dịp 30/4 - 01/5 năm nay',
];
const NAMES = ['Nguyễn Thu Hà', 'Trần Minh Đức', 'Lê Thị Hồng Nhung', 'Phạm Quốc Bảo', 'Hoàng Anh Tuấn'];
const UNITS = ['Ban Thi đua, Khen thưởng - Sở Nội vụ', 'Phòng Tổ chức cán bộ', 'Văn phòng Sở Nội vụ'];
const RELATED = ['Hướng dẫn xét tặng danh hiệu thi đua năm 2024', 'Kết quả thi tuyển công chức đợt 2', 'Lịch tiếp công dân tháng tới của lãnh đạo Sở'];

type Signature = { html: (name: string, unit: string, dateLine: string) => string; authors: (name: string) => string[]; lines: (name: string, unit: string) => string[] };
const SIGNATURES: Signature[] = [
  { html: (n) => `<p style="text-align:right"><strong>${n}</strong></p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<p><b>${n}</b></p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n, u) => `<p style="text-align:right"><strong>${n}</strong></p><p style="text-align:right"><em>${u}</em></p>`, authors: (n) => [n], lines: (n, u) => [n, u] },
  { html: (n) => `<p style="text-align:right"><strong>Tin, ảnh: ${n}</strong></p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<p align="right"><b>${n.toUpperCase()}</b></p>`, authors: (n) => [n], lines: () => [] },
  { html: (_n, u) => `<p style="text-align:right"><em>Nguồn: ${u}</em></p>`, authors: () => [], lines: (_n, u) => [u] },
  { html: () => '', authors: () => [], lines: () => [] },
  { html: (n) => `<p align="right"><b>${n} - Phó Chánh Văn phòng</b></p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<p style="text-align:right"><strong>${n}.</strong></p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<p style="text-align:right"><em>(Theo Báo Sông Mây)</em></p>`, authors: () => [], lines: () => ['Báo Sông Mây'] },
  { html: (n) => `<p><strong>Tin: ${n} - Ảnh: Quốc Tuấn</strong></p>`, authors: (n) => [n, 'Quốc Tuấn'], lines: (n) => [n] },
  { html: (n) => `<p style="text-align:right"><b>${n} - Quốc Tuấn</b></p>`, authors: (n) => [n, 'Quốc Tuấn'], lines: (n) => [n] },
  { html: (n) => `<p style="text-align:right"><strong>${n}</strong></p><p>Lượt xem: 1.234 | <a href="#">In bài viết</a> | <a href="#">Gửi email</a></p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<p>Nguồn tin: ${n}</p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<p style="text-align:right"><b>Bài và ảnh: ${n}</b></p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: () => '<p style="text-align:right"><strong>Văn phòng Sở</strong></p>', authors: () => [], lines: () => ['Văn phòng Sở'] },
  // the date line printed again in a print block after the signature
  { html: (n, _u, dateLine) => `<p style="text-align:right"><strong>${n}</strong></p><p>${dateLine}</p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<div style="text-align:right"><b>${n}</b><br><i>Phòng Tổ chức cán bộ</i></div>`, authors: (n) => [n], lines: (n) => [n, 'Phòng Tổ chức cán bộ'] },
  { html: () => '<p style="text-align:right"><b>N.T.H</b></p>', authors: () => ['N.T.H'], lines: () => ['N.T.H'] },
  { html: (n) => `<p>Tin, ảnh: ${n} (Trung tâm Văn hóa tỉnh)</p>`, authors: (n) => [n], lines: (n) => [n] },
  { html: (n) => `<p style="text-align:right"><b>${n.toUpperCase()} - QUỐC TUẤN</b></p>`, authors: (n) => [n, 'Quốc Tuấn'], lines: () => [] },
];
/** The signature on the last sentence's line, pushed right with a run of spaces. */
const PUSHED = 99;
const SAPO = 'Nhằm nâng cao chất lượng công tác chuyên môn, Sở Nội vụ đã chủ động xây dựng kế hoạch và triển khai đến các đơn vị trực thuộc.';

/** The same name again as a byline under the title (`Tác giả: …`), as some portals print it. */
const BYLINE = (n: string): string => `<div class="author">Tác giả: ${n}</div>`;

const when = fc.record({
  y: fc.integer({ min: 2016, max: 2025 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  hh: fc.integer({ min: 6, max: 21 }),
  mm: fc.integer({ min: 0, max: 59 }),
  ss: fc.integer({ min: 0, max: 59 }),
});

const page = fc.record({
  pub: when,
  today: when,
  form: fc.integer({ min: 0, max: DATE_FORMS.length - 1 }),
  title: fc.constantFrom(...TITLES),
  titleTag: fc.constantFrom('h1', 'h2', 'span'),
  paraTag: fc.constantFrom('p', 'div', 'br'),
  eventForm: fc.integer({ min: 0, max: 3 }),
  dateAbove: fc.boolean(),
  todayWidget: fc.boolean(),
  breadcrumb: fc.boolean(),
  tools: fc.boolean(),
  sapo: fc.boolean(),
  photo: fc.boolean(),
  endMarker: fc.boolean(),
  paragraphs: fc.integer({ min: 2, max: 6 }),
  sig: fc.oneof(fc.integer({ min: 0, max: SIGNATURES.length - 1 }), fc.constant(PUSHED)),
  name: fc.constantFrom(...NAMES),
  captionName: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  related: fc.boolean(),
  calendar: fc.boolean(),
  nfd: fc.boolean(),
  layout: fc.constantFrom('div', 'plain', 'table', 'article', 'pre'),
  logoH1: fc.boolean(),
  sectionH1: fc.boolean(),
  siteOnlyTitleTag: fc.boolean(),
  todayNearTitle: fc.boolean(),
  latestSidebar: fc.boolean(),
  parenCaption: fc.boolean(),
  modified: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
  byline: fc.boolean(),
  attachment: fc.boolean(),
  gallery: fc.boolean(),
  seeAlso: fc.boolean(),
  oldTone: fc.boolean(),
  ticker: fc.boolean(),
  leadTwice: fc.boolean(),
  captionFirst: fc.boolean(),
  photoCredit: fc.boolean(),
  decoyNumbers: fc.boolean(),
  comments: fc.boolean(),
});
type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

/** Event days without a year, as body text writes them. */
const EVENT_FORMS: Array<(d: number, m: number) => string> = [
  (d, m) => `Sáng ngày ${d}/${m}`,
  (d, m) => `Chiều ${d}.${m}`,
  (d, m) => `Ngày ${d}-${m}`,
  (d, m) => `Sáng ${d}/${m}`,
];

function bodyParagraphs(p: Page): string[] {
  // an event day a week before publication, written without a year, and a quoted decision with its own date
  const ev = new Date(Date.UTC(p.pub.y, p.pub.m - 1, p.pub.d - 7));
  const out = [
    `${EVENT_FORMS[p.eventForm](ev.getUTCDate(), ev.getUTCMonth() + 1)}, Sở Nội vụ tỉnh Sông Mây tổ chức ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}, với sự tham dự của lãnh đạo các phòng, ban và đại diện Ủy ban nhân dân các huyện, thị xã.`,
    'Thực hiện Quyết định số 125/QĐ-UBND ngày 05/3/2015 của Ủy ban nhân dân tỉnh, trong thời gian qua các đơn vị đã triển khai đồng bộ nhiều giải pháp, bảo đảm tiến độ và chất lượng công việc được giao.',
    `Tại hội nghị, ${p.oldTone ? 'hoà' : 'hòa'} chung không khí thi đua, các đại biểu đã thảo luận, phân tích những kết quả đạt được, chỉ ra các hạn chế, vướng mắc và đề xuất giải pháp khắc phục trong thời gian tới, nhất là ở cấp xã.`,
    'Phát biểu kết luận, đồng chí Phó Giám đốc Sở đề nghị các đơn vị tiếp tục quán triệt, tổ chức thực hiện nghiêm túc các nhiệm vụ, kịp thời báo cáo những khó khăn phát sinh.',
    'Dịp này, Sở cũng cấp phát tài liệu hướng dẫn nghiệp vụ và trả lời các câu hỏi của cán bộ cơ sở về quy trình, hồ sơ và thời hạn giải quyết công việc.',
    'Các đơn vị được giao nhiệm vụ sẽ báo cáo kết quả thực hiện về Sở trước ngày cuối quý để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, quyết định.',
  ];
  return out.slice(0, p.paragraphs);
}

function compose(p: Page): { html: string; date: { text: string; iso: string }; paras: string[]; sig: Signature; modified: string | null } {
  const date = DATE_FORMS[p.form](p.pub);
  const paras = bodyParagraphs(p);
  const chosen: Signature = p.sig === PUSHED ? { html: () => '', authors: (n) => [n], lines: (n) => [n] } : SIGNATURES[p.sig];
  // (in <pre> only a name alone, or nothing)
  const alone = (n: string): boolean => chosen.authors(n).length === 1 && chosen.authors(n)[0] === n;
  const sig: Signature = p.layout !== 'pre' ? chosen : { html: () => '', authors: (n) => (alone(n) ? [n] : []), lines: (n) => (alone(n) ? [n] : []) };
  const today = `${weekday(p.today)}, ngày ${p.today.d} tháng ${p.today.m} năm ${p.today.y}`;
  const titleEl =
    (p.sectionH1 ? '<h1 class="cat-name">Tin tức - Sự kiện</h1>' : '') +
    (p.titleTag === 'span' ? `<span class="TieuDe"><b>${p.title}</b></span>` : p.titleTag === 'h1' && !p.sectionH1 ? `<h1 class="title-news">${p.title}</h1>` : `<h2 class="title">${p.title}</h2>`);
  // a date line that is itself labelled "Cập nhật" gets no second, modified date
  const mod = p.modified === null || date.text.startsWith('Cập nhật') ? null : new Date(Date.UTC(p.pub.y, p.pub.m - 1, p.pub.d + p.modified, 16, 5));
  const modText = mod ? ` - Cập nhật: ${pad(mod.getUTCDate())}/${pad(mod.getUTCMonth() + 1)}/${mod.getUTCFullYear()} 16:05` : '';
  const dateLine = `${p.todayNearTitle ? `<div class="today">Hôm nay: ${dmy(p.today)}</div>` : ''}<div class="date-time">${date.text}${modText}</div>`;
  const para = (t: string): string => (p.paraTag === 'p' ? `<p>${t}</p>` : p.paraTag === 'div' ? `<div>${t}</div>` : `${t}<br><br>`);
  const pushed = (i: number): string => (p.sig === PUSHED && i === paras.length - 1 ? `${'&nbsp; '.repeat(12)}${p.name}` : '');
  const body = paras.map((t, i) => para(`${t}${p.endMarker && i === paras.length - 1 ? './.' : ''}${pushed(i)}`));
  if (p.decoyNumbers) body.splice(1, 0, para('Toàn tỉnh hiện có 155/216 xã đạt chuẩn, trong đó nhiều gia đình thương binh 1/4 được hỗ trợ sửa chữa nhà ở, 4/4 thôn đã hoàn thành kế hoạch.'));
  if (p.photoCredit) body.splice(1, 0, `<p><img src="/anh/2.jpg" alt=""></p><p style="text-align:center"><em>Các đại biểu tham dự hội nghị. Ảnh: ${p.name}</em></p>`);
  if (p.photo) body.splice(1, 0, `<p><img src="/anh/hoi-nghi.jpg" alt=""></p><p style="text-align:center">${p.parenCaption ? `(Đồng chí ${p.captionName} phát biểu tại hội nghị)` : `<em>Đồng chí ${p.captionName} phát biểu tại hội nghị</em>`}</p>`);
  if (p.captionFirst) body.unshift('<p><img src="/anh/quang-canh.jpg" alt=""></p><p style="text-align:center"><em>Quang cảnh hội nghị</em></p>');
  if (p.seeAlso) body.splice(Math.min(2, body.length - 1), 0, `<p>Xem thêm: <a href="/tin/99">${RELATED[1]}</a></p>`);
  if (p.gallery) body.splice(body.length - 1, 0, '<p>Một số hình ảnh tại buổi lễ:</p><p><img src="/anh/1.jpg" alt=""></p><p><img src="/anh/2.jpg" alt=""></p>');
  const attachment = p.attachment ? '<p>File đính kèm: <a href="/files/ke-hoach-125.pdf">ke-hoach-125.pdf</a></p>' : '';
  // the lead printed again as the body's first paragraph
  if (p.sapo && p.leadTwice && !p.captionFirst) body.unshift(`<p>${SAPO}</p>`);
  const content = body.join('\n') + sig.html(p.name, p.unit, date.text) + attachment;
  // an old portal's text pasted into <pre>: paragraphs parted by blank lines, the name pushed right with spaces
  const preText = `<pre>\n${paras.map((t, i) => `   ${t}${p.endMarker && i === paras.length - 1 ? './.' : ''}`).join('\n\n')}\n\n${sig.authors(p.name).length ? `${' '.repeat(40)}${p.name}` : ''}\n</pre>`;
  const wrapped =
    p.layout === 'pre' ? preText
    : p.layout === 'div' ? `<div class="news-content">${content}</div>`
    : p.layout === 'plain' ? `<div id="ctl00_ContentPlaceHolder1_pnl">${content}</div>`
    : p.layout === 'table' ? `<table><tr><td>${content}</td></tr></table>`
    : `<article>${content}</article>`;
  const relatedDate = (k: number): string => `${pad(((p.pub.d + k * 3) % 28) + 1)}/${pad(((p.pub.m + k) % 12) + 1)}/${p.pub.y - 1}`;
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${p.siteOnlyTitleTag ? 'Sở Nội vụ tỉnh Sông Mây' : `${p.title} - Sở Nội vụ tỉnh Sông Mây`}</title></head><body>
${p.ticker ? `<div class="ticker">TIN NỔI BẬT: ${RELATED.map((t, k) => `<a href="/noi-bat/${k}">${t} (${relatedDate(k + 2)})</a>`).join(' ')}</div>` : ''}<div class="header">${p.logoH1 ? '<h1 class="logo"><a href="/">Sở Nội vụ tỉnh Sông Mây</a></h1>' : ''}<div class="banner">Cổng thông tin điện tử Sở Nội vụ tỉnh Sông Mây</div>${p.todayWidget ? `<div class="today">${today}</div>` : ''}</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li></ul>
${p.breadcrumb ? '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; <a href="/tin-tuc/thi-dua">Thi đua khen thưởng</a></div>' : ''}
<div class="main">${p.latestSidebar ? `<div class="tin-moi"><h3>Tin mới</h3><ul>${RELATED.map((t, k) => `<li><a href="/moi/${k}">${t}</a> <i>${relatedDate(k + 1)}</i></li>`).join('')}</ul></div>` : ''}<div class="news-detail">
${p.tools ? '<div class="tools">Xem với cỡ chữ <a href="#">A</a> <a href="#">A</a> | <a href="#">In bài</a> | <a href="#">Gửi email</a></div>' : ''}
${p.dateAbove ? dateLine + titleEl : titleEl + dateLine}${p.byline && sig.authors(p.name).length === 1 && sig.authors(p.name)[0] === p.name ? BYLINE(p.name) : ''}
${p.sapo ? `<p class="sapo"><strong>${SAPO}</strong></p>` : ''}
${wrapped}
</div>
${p.comments ? `<div class="binh-luan"><h3>Ý kiến bạn đọc</h3><div class="comment"><b>Trần Văn Bình</b> <i>${relatedDate(4)}</i><p>Bài viết rất thiết thực, cảm ơn Ban biên tập.</p></div></div>` : ''}
${p.related ? `<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>${RELATED.map((t, k) => `<li><a href="/tin/${k}">${t}</a> <span>(${relatedDate(k)})</span></li>`).join('')}</ul></div>` : ''}
</div>
${p.calendar ? `<div class="calendar"><div>Tháng ${p.today.m}, ${p.today.y}</div><table><tr><td>CN</td><td>T2</td><td>T3</td><td>T4</td><td>T5</td><td>T6</td><td>T7</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></table></div>` : ''}
<div class="footer">Bản quyền © ${p.today.y} Sở Nội vụ tỉnh Sông Mây. Trưởng Ban biên tập: Lương Văn Tuấn. Địa chỉ: số 12 đường Trần Phú, thành phố Sông Mây.</div>
</body></html>`;
  return { html: p.nfd ? html.normalize('NFD') : html, date, paras, sig, modified: mod ? `${mod.toISOString().slice(0, 10)}T16:05:00+07:00` : null };
}

describe('generated portal pages (property)', () => {
  it('title, publication date, authors, signature and body come out right, whatever the mix of parts', () => {
    fc.assert(
      fc.property(page, (p) => {
        const { html, date, paras, sig, modified } = compose(p);
        const d = extract(html, 'https://snv.songmay.gov.vn/tin-tuc/hoi-nghi-1234.html');
        expect(d.title).toBe(p.title);
        expect(d.published).toBe(date.iso);
        expect(d.modified).toBe(modified);
        expect(d.authors).toEqual(sig.authors(p.name));
        for (const l of sig.lines(p.name, p.unit)) expect(d.signature?.text ?? '').toContain(l);
        if (!sig.lines(p.name, p.unit).length && !sig.authors(p.name).length) expect(d.signature).toBeNull();
        // the body: its first and last paragraphs in, boilerplate and signature out
        // (the lead photo's caption may open it)
        const start = d.bodyText.indexOf(p.sapo ? 'Nhằm nâng cao' : paras[0].slice(0, 30));
        expect(start).toBeGreaterThanOrEqual(0);
        expect(['', 'Quang cảnh hội nghị\n\n']).toContain(d.bodyText.slice(0, start));
        expect(d.bodyText).toContain(paras[paras.length - 1].slice(0, 60));
        if (p.sapo) expect(d.bodyText.split(SAPO).length).toBe(2);
        for (const junk of ['Trưởng Ban biên tập', 'Tin liên quan', RELATED[0], RELATED[1], 'Xem thêm', 'In bài', 'Trang chủ', 'Tác giả:', 'Lượt xem', p.title]) expect(d.bodyText).not.toContain(junk);
        const html5 = p.layout !== 'pre';
        if (p.attachment && html5) expect(d.bodyText).toContain('ke-hoach-125.pdf');
        expect(d.bodyText).not.toContain('Ý kiến bạn đọc');
        expect(d.bodyText).not.toContain('cảm ơn Ban biên tập');
        if (p.decoyNumbers && html5) expect(d.bodyText).toContain('thương binh 1/4');
        // old and new tone placement are one word to search, and the text keeps what the page wrote
        if (paras.length >= 3) expect(d.bodyText).toContain(p.oldTone ? 'hoà chung' : 'hòa chung');
        if (sig.authors(p.name).length) expect(d.bodyText).not.toContain(p.name.toUpperCase() === p.name ? p.name : `\n${p.name}`);
        // the event date is the publication year's, a week before
        const ev = new Date(Date.UTC(p.pub.y, p.pub.m - 1, p.pub.d - 7)).toISOString().slice(0, 10);
        expect(d.eventDates.map((e) => e.iso)).toContain(ev);
        // the command line (linkedom) reads the page as the browser-like DOM does; only a confidence may
        // differ a little (browsers add a <tbody> to tables, linkedom does not, so element sizes differ)
        const cli = toArticleData(extractArticle(parseDocument(html), 'https://snv.songmay.gov.vn/tin-tuc/hoi-nghi-1234.html'));
        const sources = (a: typeof d) => ({ ...a, provenance: Object.fromEntries(Object.entries(a.provenance).map(([k, v]) => [k, v?.source])) });
        expect(sources(cli)).toEqual(sources(d));
      }),
      // a fixed seed keeps CI repeatable; PORTAL_SEED and PORTAL_RUNS explore further (4,000 random runs passed when written)
      { numRuns: Number(process.env.PORTAL_RUNS ?? 300), seed: Number(process.env.PORTAL_SEED ?? 20261129) },
    );
  });
});
