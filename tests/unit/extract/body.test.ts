/** Main content: the article text, with title, date line, toolbars, related lists, comments and signature left out. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { isUnlikely } from '@/utils/extract/classes';
import { extract, paragraphs, parse, portalPage } from './helpers';

const articleBody = paragraphs(5, 'Buổi tập huấn');

describe('body', () => {
  it('keeps the article paragraphs, separated by blank lines', () => {
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${articleBody}</div>`));
    expect(d.bodyText.split('\n\n')).toHaveLength(5);
    expect(d.bodyText.startsWith('Buổi tập huấn lần thứ 1')).toBe(true);
  });

  it('reads paragraphs split by <br><br> in one cell (old table layouts) as paragraphs, single <br>s as lines', () => {
    const paras = ['Sáng ngày 07/11/2024, Sở Tư pháp tổ chức lớp tập huấn kỹ năng hòa giải ở cơ sở cho hơn ba trăm hòa giải viên của các xã.', 'Báo cáo viên là các luật gia, trợ giúp viên pháp lý nhiều năm kinh nghiệm,<br>trình bày theo từng chuyên đề, kèm tình huống thực tế.', 'Dịp này, Sở cũng cấp phát sổ tay nghiệp vụ và tài liệu hỏi đáp pháp luật cho các tổ hòa giải.'];
    const html = `<html lang="vi"><body><table><tr><td><a href="/">Trang chủ</a></td></tr><tr><td class="giua">
      <span class="TieuDe">Tập huấn kỹ năng hòa giải ở cơ sở</span><br><span class="NgayDang">Ngày đăng: 08/11/2024</span><br><br>
      <span id="ctl00_lblNoiDung">${paras.join('<br><br>')}</span></td></tr></table></body></html>`;
    const d = extract(html, 'https://stp.songmay.gov.vn/ChiTietTin.aspx?ID=1');
    expect(d.title).toBe('Tập huấn kỹ năng hòa giải ở cơ sở');
    expect(d.published).toBe('2024-11-08');
    expect(d.bodyText.split('\n\n')).toEqual(paras.map((p) => p.replace('<br>', '\n')));
    // the body lines that share the date line's cell are body, not the date line
    expect(d.eventDates).toEqual([{ iso: '2024-11-07', text: 'Sáng ngày 07/11/2024' }]);
  });

  it('a document page (văn bản): the page-type <title> yields to the heading, each row reads "label⇥value" on a line of its own, the date cell stays', () => {
    const rows = [['Số ký hiệu', '125/QĐ-SNV'], ['Ngày ban hành', '05/03/2024'], ['Người ký', 'Nguyễn Văn Khánh'],
      ['Trích yếu', 'Quyết định về việc ban hành Quy chế thi đua, khen thưởng năm 2024 của Sở Nội vụ, áp dụng đối với các phòng, đơn vị trực thuộc và công chức, viên chức trong cơ quan.']];
    const html = `<html lang="vi"><head><title>Chi tiết văn bản - Sở Nội vụ tỉnh Sông Mây</title></head><body>
      <ul class="menu"><li><a href="/">Trang chủ</a></li></ul><div class="main"><h2 class="title">Quyết định ban hành Quy chế thi đua, khen thưởng năm 2024</h2>
      <table class="vanban">${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table></div></body></html>`;
    const d = extract(html, 'https://snv.songmay.gov.vn/van-ban/125');
    expect(d.title).toBe('Quyết định ban hành Quy chế thi đua, khen thưởng năm 2024');
    expect(d.published).toBe('2024-03-05');
    // the rows follow each other line by line, so the table pastes into Excel whole
    expect(d.bodyText).toBe(rows.map(([k, v]) => `${k}\t${v}`).join('\n'));
  });

  it('leaves out the site\'s own lines after the text in the article\'s box (follow us, copyright, an advertisement\'s label), and finds the signature above them', () => {
    const tail = '<p><b>Lê Văn Hùng</b></p><p>Theo dõi chúng tôi trên Facebook | Zalo</p><p>© 2026 Cổng thông tin điện tử Sở Nội vụ. Ghi rõ nguồn khi phát hành lại.</p>';
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${articleBody}${tail}</div>`));
    expect(d.bodyText).not.toContain('Theo dõi chúng tôi');
    expect(d.bodyText).not.toContain('© 2026');
    expect(d.signature?.authors).toEqual(['Lê Văn Hùng']);
    const news = `<html lang="de"><head><title>Kreisklasse</title></head><body><article><h1>Sennfeld verliert in Wiesentheid</h1>${paragraphs(4)}
      <p>ANZEIGE - Heute mal ausgehen? Wie wäre es mit:</p><p>Folge uns auf Facebook | Instagram</p><p>© Lokalblatt - Alle Angaben ohne Gewähr!</p><p>Fotos sind Symbolbilder!</p></article></body></html>`;
    const n = extract(news, 'https://lokalblatt.example/sport/1');
    expect(n.bodyText.endsWith('trong thời gian tới.')).toBe(true);
  });

  it('keeps a paragraph of the text that starts like a site line', () => {
    const last = '<p>Bản quyền tác giả là quyền của tổ chức, cá nhân đối với tác phẩm do mình sáng tạo ra hoặc sở hữu; hội nghị đề nghị các đơn vị tăng cường tuyên truyền, phổ biến quy định này.</p>';
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${articleBody}${last}</div>`));
    expect(d.bodyText.endsWith('phổ biến quy định này.')).toBe(true);
  });

  it('keeps a short lead named "sapo"', () => {
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="detail-sapo">TTĐT - Ngày 23/7, Sở tổ chức tập huấn.</div><div class="content">${articleBody}</div>`));
    expect(d.bodyText.startsWith('TTĐT - Ngày 23/7, Sở tổ chức tập huấn.')).toBe(true);
  });

  it('keeps a short right-aligned <div> at the end: the signature, not a widget', () => {
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${articleBody}<div align="right"><b>Lê Văn Hùng</b></div></div>`));
    expect(d.signature?.authors).toEqual(['Lê Văn Hùng']);
  });

  it('leaves out title, date line, menus, toolbars, related lists, calendar and footer', () => {
    const html = portalPage(
      `<div class="tools">Xem với cỡ chữ A A | In bài | Gửi email</div><h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div>
       <div class="content">${articleBody}</div>
       <div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
       <div class="other-news"><h3>Các tin khác</h3><ul><li><a href="/1">Sở Nội vụ tổ chức hội nghị cán bộ năm 2020</a> (15/07/2020)</li><li><a href="/2">Trao Bằng khen cho 27 tập thể</a> (09/07/2020)</li></ul></div>
       <table class="calendar"><tr><td>CN</td><td>T2</td></tr><tr><td>1</td><td>2</td></tr></table>`,
    );
    const d = extract(html);
    for (const junk of ['Tập huấn nghiệp vụ', '24/07/2020', 'Xem với cỡ chữ', 'In bài', 'Chia sẻ', 'Các tin khác', 'Trao Bằng khen', 'Trang chủ', 'Bản quyền', 'Trưởng Ban biên tập']) {
      expect(d.bodyText).not.toContain(junk);
    }
    expect(d.bodyText).toContain('Buổi tập huấn lần thứ 5');
  });

  it('leaves out a section heading kept above the headline (`Tin tức - Sự kiện` over the h2 title)', () => {
    const d = extract(portalPage(`<div class="news-detail"><h1 class="cat-name">Tin tức - Sự kiện</h1><h2 class="title">Tập huấn nghiệp vụ văn thư</h2><div class="date">24/07/2020</div><article>${articleBody}</article></div>`));
    expect(d.title).toBe('Tập huấn nghiệp vụ văn thư');
    expect(d.bodyText.startsWith('Buổi tập huấn lần thứ 1')).toBe(true);
  });

  it('leaves out the time zone set on its own line under the date, and a lead printed twice after a byline', () => {
    const lead = 'Nhằm nâng cao chất lượng công tác chuyên môn, Sở Nội vụ đã chủ động xây dựng kế hoạch triển khai.';
    const d = extract(portalPage(`<div class="news-detail"><h1>Tập huấn nghiệp vụ văn thư</h1><div class="date">Thứ hai, 13/01/2025 09:15<br>(GMT+7)</div><div class="author">Tác giả: Lê Hà</div><p class="sapo"><strong>${lead}</strong></p><article><p>${lead}</p>${articleBody}</article></div>`));
    expect(d.published).toBe('2025-01-13T09:15:00+07:00');
    expect(d.bodyText.startsWith(lead)).toBe(true);
    expect(d.bodyText.split(lead)).toHaveLength(2);
    expect(d.bodyText).not.toContain('GMT');
  });

  it('keeps a bold lead paragraph (sapo) before the body container', () => {
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="sapo"><b>Ngày 23/7, Sở Nội vụ tổ chức lớp tập huấn cho hơn 200 cán bộ làm công tác thi đua cấp xã trên địa bàn tỉnh.</b></div><div class="content">${articleBody}</div>`));
    expect(d.bodyText.startsWith('Ngày 23/7, Sở Nội vụ')).toBe(true);
  });

  it('keeps a standfirst named chapo, BEM-style __lead, or set as a long sub-heading, but not a row of tag links under "intro"', () => {
    const body = paragraphs(4, 'The training centre');
    const chapo = extract(`<html lang="en"><body><div class="intro"><h1>Pilots to train in a new centre</h1>
      <div class="mots"><a href="/tag/a">Training</a>-<a href="/tag/b">Aviation</a>-<a href="/tag/c">Airport</a>-<a href="/tag/d">Simulators</a>-<a href="/tag/e">Air force</a></div>
      <div class="chapo"><p>For decades one school trained the transport pilots. That is now over: a new operator won the tender.</p></div></div>
      <div class="entry-content">${body}</div></body></html>`, 'https://news.example/2022/02/pilots/');
    expect(chapo.bodyText.startsWith('For decades one school')).toBe(true);
    expect(chapo.bodyText).not.toContain('Simulators');
    const bem = extract(`<html lang="en"><body><header class="article-header"><h1>A lift in the clouds</h1><p class="article-header__lead">The author introduces herself with a long acronym and a story about her father, told with humour.</p></header>
      <div class="article-content">${body}</div></body></html>`, 'https://mag.example/article/9491/');
    expect(bem.bodyText.startsWith('The author introduces herself')).toBe(true);
    const heading = extract(`<html lang="en"><body><h1>Freedom on wheels at the caravan fair</h1><h3>Travelling by camper is booming. The fair drew more than fifty thousand visitors over five days. In the middle of it all: the new vans.</h3>
      <div class="news_text">${body}</div></body></html>`, 'https://trade.example/news/8950-freedom/');
    expect(heading.bodyText.startsWith('Travelling by camper is booming.')).toBe(true);
  });

  it('takes the fullest of a profile container\'s matches, not an excerpt box that shares its class', () => {
    const html = `<html lang="de"><head><meta name="generator" content="WordPress 6.1"></head><body><h1>Kraftwerk geht ans Netz</h1>
      <div class="entry-content excerpt"><p>Kurzfassung: Das Kraftwerk speist erstmals Strom in das Netz ein. Es ist die vierte Phase eines großen Solarparks, der nach seiner Fertigstellung fast ein Gigawatt an Photovoltaik und Solarthermie umfassen soll, mehr als jede andere Anlage dieser Art.</p></div>
      <div class="entry-content">${paragraphs(5, 'Das Solarkraftwerk')}</div></body></html>`;
    const d = extract(html, 'https://solar.example/2023/02/kraftwerk/');
    expect(d.bodyText).toContain('Das Solarkraftwerk lần thứ 5');
    expect(d.bodyText.startsWith('Kurzfassung')).toBe(true);
  });

  it('leaves out comments and the comment form on a blog', () => {
    const html = `<html lang="en"><body><article><h1>What a village archive taught me</h1><div class="entry-content">${paragraphs(5, 'The ledger')}</div></article>
      <div id="comments" class="comments-area"><h2>1 comment</h2><ol><li class="comment"><p>Great piece, thanks for writing it and sharing the photos with us all.</p></li></ol>
      <form class="comment-form"><textarea></textarea><button>Post</button></form></div></body></html>`;
    const d = extract(html, 'https://blog.example/2023/03/archive/');
    expect(d.bodyText).not.toContain('Great piece');
    expect(d.bodyText).toContain('The ledger lần thứ 5');
  });

  it('leaves out a long reader comment whose item carries a grid class (`comment column`), and takes the article', () => {
    const comment = `<li class="member column is-12 comment"><div class="columns"><div class="column is-7"><div class="is-flex"><div class="message"><div class="typo-short-text text message-text-container"><p>Leserkommentar: ${'Ich sehe das ganz anders, denn die Lage vor Ort ist, wie jeder weiß, viel verwickelter, als der Text, den ich las, es darstellt. '.repeat(5)}</p><p>${'Die Zahlen, die genannt werden, sagen, mit Verlaub, wenig, und die Debatte, die folgt, hilft, so scheint es, niemandem. '.repeat(5)}</p></div></div></div></div></div></li>`;
    const para = (s: string) => `<p class="bodytext column is-8">${s.repeat(2)}</p>`;
    const html = `<html lang="de"><body><main class="main"><section class="outerwrapper"><h1>Ein bisschen Fortschritt</h1>
      <div class="column main-article-corpus"><div class="columns is-multiline">${para('Der Entwurf des Gesetzes liegt vor, und die Ministerien haben sich nach langem Streit geeinigt. ')}
      ${para('Vieles im Entwurf trägt die Handschrift der kleineren Partei, etwa die Wartezeit von drei Monaten. ')}${para('Auch soll es eine gesonderte Klausel zum Hausrecht geben, was viele Verbände scharf kritisieren. ')}</div></div></section>
      <section class="columns is-multiline"><div class="mini news community column is-12"><ul class="comments-list comments-container columns is-multiline">${comment}</ul></div></section></main></body></html>`;
    const d = extract(html, 'https://zeitung.example/fortschritt/!123/');
    expect(d.bodyText).toContain('Der Entwurf des Gesetzes liegt vor');
    expect(d.bodyText).toContain('gesonderte Klausel');
    expect(d.bodyText).not.toContain('Leserkommentar');
    // a bare grid class does not make a comment list or a sidebar look like content (regression: a reader comment was taken as the article)
    expect(isUnlikely('comments-list comments-container columns is-multiline', '', 'ul')).toBe(true);
    expect(isUnlikely('member column pt-0-tablet comment', '', 'li')).toBe(true);
    expect(isUnlikely('sidebar column is-4', '', 'div')).toBe(true);
    // a name that says content still wins
    expect(isUnlikely('main-column sidebar-aware', '', 'div')).toBe(false);
    expect(isUnlikely('comment-columnist', '', 'div')).toBe(false);
  });


  it('drops a newsletter box inside the article', () => {
    const html = `<html lang="en"><body><article><h1>Floating classrooms keep lessons going</h1>${paragraphs(3, 'The school')}
      <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p><input type="email"><button>Sign up</button></div>${paragraphs(2, 'The teacher')}</article></body></html>`;
    const d = extract(html, 'https://news.example/a');
    expect(d.bodyText).not.toContain('morning briefing');
    expect(d.bodyText).toContain('The teacher lần thứ 2');
  });

  it('drops the shown date line when the date itself came from metadata, and a sign-up box from a short article', () => {
    const para = '<p>The district said the boats, each fitted with desks and solar lamps, would run until the water falls, and teachers would rotate between them.</p>';
    const html = `<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Floating classrooms","datePublished":"2024-03-03T09:30:00+01:00"}</script></head><body>
      <article><h1>Floating classrooms</h1><div class="dateline"><time datetime="2024-03-03">March 3, 2024</time></div><div class="article-body">${para.repeat(3)}
      <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story.</p><form><input type="email"><button>Subscribe</button></form></div></div></article></body></html>`;
    const d = extract(html, 'https://news.example/a');
    expect(d.published?.slice(0, 10)).toBe('2024-03-03');
    expect(d.bodyText.startsWith('The district said')).toBe(true);
    expect(d.bodyText).not.toContain('morning briefing');
  });

  it.each([
    ['Xem thêm:', '<p><strong>Xem thêm:</strong> <a href="/tin/2">Hướng dẫn công tác thi đua, khen thưởng năm 2025</a></p>', 'Hướng dẫn công tác thi đua'],
    ['>>', '<p>&gt;&gt; <a href="/tin/3">Sở Nội vụ tổ chức hội nghị cán bộ, công chức năm 2025</a></p>', 'hội nghị cán bộ'],
    ['Read more:', '<p>Read more: <a href="/b">Ferry timetable changes for the winter</a></p>', 'Ferry timetable'],
    ['Lea más:', '<p><strong>Lea más:&nbsp;<a href="/c">El puerto amplía su horario de invierno</a></strong></p>', 'El puerto amplía'],
    ['Czytaj też:', '<p>Czytaj też: <a href="/d">Nowy rozkład promów na zimę</a></p>', 'Nowy rozkład'],
    ['Leia também:', '<p>Leia também: <a href="/e">Porto amplia horário de inverno</a></p>', 'Porto amplia'],
    ['Related post:', '<p>Related post: <a href="/f">Pickled sprouts for the winter</a></p>', 'Pickled sprouts'],
    ['SEE MORE:', '<p>SEE MORE: <a href="/g">Students under siege in the university</a></p>', 'Students under siege'],
  ])('drops a "%s" link to another article set inside the text', (_label, line, gone) => {
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${paragraphs(2)}${line}${paragraphs(2, 'Phần sau')}</div>`));
    expect(d.bodyText).not.toContain(gone);
    expect(d.bodyText).toContain('Phần sau lần thứ 2');
  });

  it('drops a "Xem thêm:" label set over a list of links inside the text, with the links', () => {
    const list = '<p><strong>Xem thêm:</strong></p><p><a href="/tin/3">Sở Nội vụ tổ chức hội nghị cán bộ, công chức năm 2025</a></p><p><a href="/tin/4">Hướng dẫn xét tặng danh hiệu thi đua năm 2025</a></p>';
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${paragraphs(2)}${list}${paragraphs(3, 'Phần sau')}</div>`));
    expect(d.bodyText).not.toContain('Xem thêm');
    expect(d.bodyText).not.toContain('hội nghị cán bộ');
    expect(d.bodyText).toContain('Phần sau lần thứ 3');
  });

  it('cuts a "Schon gelesen?" label and the list of other articles after it at the end', () => {
    const d = extract(`<html lang="de"><body><article><h1>Neuer Radweg</h1>${paragraphs(4, 'Der Rat')}<p><strong>Schon gelesen?</strong></p><p><a href="/a">Brücke früher fertig</a></p><p><a href="/b">Markthalle bekommt neues Dach</a></p></article></body></html>`, 'https://zeitung.example/radweg');
    expect(d.bodyText).toContain('Der Rat lần thứ 4');
    expect(d.bodyText).not.toContain('Schon gelesen');
    expect(d.bodyText).not.toContain('Markthalle');
  });

  it.each([
    ['You may also like...', '<p><a href="/a">Who will make the hall this year?</a></p><p><a href="/b">Fans vote for the river band</a></p>'],
    ['Tags', '<p><a href="/t/1">stock car 2018</a>, <a href="/t/2">corrida do milhão</a></p><p>ATENÇÃO: Comentários ofensivos não serão aprovados.</p>'],
    ['Từ khóa:', '<p><a href="/t/1">thi đua</a>, <a href="/t/2">khen thưởng</a></p>'],
  ])('cuts a "%s" label and what follows it at the end of the text', (label, tail) => {
    const d = extract(`<html><body><article><h1>A long day on the river</h1>${paragraphs(4, 'The crew')}<p>${label}</p>${tail}</article></body></html>`, 'https://news.example/river');
    expect(d.bodyText.endsWith('trong thời gian tới.')).toBe(true);
  });

  it('drops a sign-in wall, a block hidden by a utility class, ad breaks and share prompts set inside the text', () => {
    const html = `<html lang="en"><body><article><h1>Office floors handed back</h1>${paragraphs(2, 'The department')}
      <div class="c-ad"><div class="c-ad__label">Story continues below advertisement</div></div>${paragraphs(2, 'The building')}
      <div class="article-block article-content__sign-in-group"><div class="h2">REGISTER / SIGN IN TO UNLOCK MORE ARTICLES</div><p>Create an account or sign in to continue with your reading experience.</p><ul><li>Access articles from across the country with one account.</li><li>Enjoy additional articles per month.</li></ul></div>
      <div class="intro-body__premium hidden"><div class="h2">THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY</div></div>
      <p class="share-prompt">Diesen Artikel teilen</p><p>Lest auch</p>${paragraphs(1, 'The lease')}</article></body></html>`;
    const d = extract(html, 'https://news.example/floors');
    for (const gone of ['Story continues', 'UNLOCK', 'Create an account', 'RESERVED', 'teilen', 'Lest auch']) expect(d.bodyText).not.toContain(gone);
    expect(d.bodyText).toContain('The building lần thứ 2');
    expect(d.bodyText).toContain('The lease lần thứ 1');
  });

  it('keeps a sentence that starts like a lead-in but is the text itself', () => {
    const d = extract(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${paragraphs(2)}<p>Xem thêm: các đơn vị gửi báo cáo trước ngày 30/7 theo <a href="/mau">mẫu số 2</a>.</p>${paragraphs(2, 'Phần sau')}</div>`));
    expect(d.bodyText).toContain('các đơn vị gửi báo cáo trước ngày 30/7');
  });

  it('keeps a code block\'s indentation, and the prose around a code editor widget nested in <pre>', () => {
    const deep = (inner: string) => '<div><div><div><div><div><div>' + inner + '</div></div></div></div></div></div>';
    const code = '<span>def</span><span> fib(n):</span><br><span>    </span><span>a, b = 0, 1</span><br><span>    </span><span>for _ in range(n):</span><br><span>        </span><span>yield a</span>';
    const html = `<html lang="en"><body><main><h1>Fibonacci in Python</h1><p>Here is a generator-based implementation:</p><pre>${deep(`<div class="cm-content">${code}</div>`)}</pre><p>This uses the yield keyword to produce each number lazily.</p></main></body></html>`;
    const d = extract(html, 'https://chat.example/share/1');
    expect(d.bodyText).toContain('Here is a generator-based implementation:');
    expect(d.bodyText).toContain('def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        yield a');
    expect(d.bodyText).toContain('produce each number lazily');
  });

  it('reads prose set in a <pre> (old portals) as paragraphs parted by blank lines, without its indentation', () => {
    const paras = ['Sáng ngày 12/3, Sở Nội vụ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng với đông đủ đại biểu tham dự.', 'Các đại biểu đã thảo luận, đề xuất nhiều giải pháp nâng cao chất lượng phong trào thi đua trong năm tới.', 'Dịp này, Sở trao bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong năm qua.', 'Phát biểu kết luận, Giám đốc Sở đề nghị các đơn vị tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua.'];
    const d = extract(portalPage(`<h1>Hội nghị tổng kết công tác thi đua</h1><div class="date">13/03/2024</div><pre>\n   ${paras.join('\n\n   ')}\n\n                                        Nguyễn Thu Hà\n</pre>`));
    expect(d.bodyText.split('\n\n')).toEqual(paras);
    expect(d.signature).toMatchObject({ text: 'Nguyễn Thu Hà', authors: ['Nguyễn Thu Hà'] });
  });

  it('numbers the items of an ordered list (start and value honoured), and keeps a data table\'s rows together', () => {
    const html = portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="date">24/07/2020</div><div class="content">${articleBody}
      <p>Các nhiệm vụ trọng tâm:</p><ol start="3"><li>Rà soát tổ chức bộ máy các cơ quan, đơn vị.</li><li>Đẩy mạnh cải cách hành chính.</li><li value="9">Tăng cường kỷ luật, kỷ cương.</li></ol>
      <table border="1"><tr><th>STT</th><th>Đơn vị</th><th>Số hồ sơ</th></tr><tr><td>1</td><td>Huyện Bến Đò</td><td>125</td></tr></table>${paragraphs(1, 'Phần cuối')}</div>`);
    const d = extract(html);
    expect(d.bodyText).toContain('3. Rà soát tổ chức bộ máy các cơ quan, đơn vị.\n\n4. Đẩy mạnh cải cách hành chính.\n\n9. Tăng cường kỷ luật, kỷ cương.');
    expect(d.bodyText).toContain('STT\tĐơn vị\tSố hồ sơ\n1\tHuyện Bến Đò\t125');
  });

  it('gives the main content element', () => {
    const doc = parse(portalPage(`<h1>Tập huấn nghiệp vụ</h1><div class="content" id="noi-dung">${articleBody}</div>`));
    expect(extractArticle(doc, 'https://snv.songmay.gov.vn/a.html').body.element?.getAttribute('id')).toBe('noi-dung');
  });

  it('normalises NFD text and stray spaces', () => {
    const nfd = 'Hội nghị tổng kết công tác năm 2020 đã diễn ra tại trụ sở Ủy ban nhân dân tỉnh , với sự tham dự của các sở , ban , ngành.'.normalize('NFD');
    const d = extract(portalPage(`<h1>Tổng kết</h1><div class="content"><p>${nfd}</p><p>${nfd}  Thêm\u00a0nội dung.</p>${articleBody}</div>`));
    expect(d.bodyText).toBe(d.bodyText.normalize('NFC'));
    expect(d.bodyText).toContain('tỉnh , với');
    expect(d.bodyText).toContain('Thêm nội dung.');
  });

  it.each([false, true])('a category page whose items set the date beside the linked title is not an article (NFD text: %s)', (nfd) => {
    const items = Array.from({ length: 5 }, (_, i) => `<li><a href="/tin/${i}">Hội nghị tổng kết công tác thi đua, khen thưởng (đợt ${i + 1})</a><span class="date">0${i + 1}/06/2022</span><p>Sở Nội vụ thông tin về kết quả hội nghị, đề nghị các đơn vị nghiên cứu, triển khai thực hiện.</p></li>`).join('');
    const html = portalPage(`<h1>Tin tức - Sự kiện</h1><ul class="list-news">${items}</ul>`);
    const d = extract(nfd ? html.normalize('NFD') : html, 'https://snv.songmay.gov.vn/tin-tuc/');
    expect(d.isArticle).toBe(false);
  });

  it('a home page of links is not an article', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><h3><a href="/tin/${i}">Tin tức số ${i + 1} về hoạt động của các cơ quan nhà nước</a></h3><div class="d">0${(i % 9) + 1}/06/2022</div></li>`).join('');
    const d = extract(portalPage(`<ul class="list">${items}</ul>`), 'https://snv.songmay.gov.vn/');
    expect(d.isArticle).toBe(false);
    expect(d.published).toBeNull();
  });
});
