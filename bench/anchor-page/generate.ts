/**
 * Generates invented portal article pages for the anchoring benchmark: the 200 KB speed article,
 * and stand-in demo articles when tests/fixtures/pages has none. Portal shell (banner, menu, date
 * widget, related list, footer with the same boilerplate the body repeats) around the article.
 */

import { BOILERPLATE, createRng, paragraph, pick, randomInt, sentence } from './words';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Put a few inline elements inside a paragraph, as portal editors do (bold names, links, italics). */
function inlineMarkup(rng: () => number, text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const r = rng();
    if (r < 0.04 && i + 3 < words.length) {
      const tag = pick(rng, ['b', 'em', 'strong']);
      out.push(`<${tag}>${escapeHtml(words.slice(i, i + 3).join(' '))}</${tag}>`);
      i += 3;
    } else if (r < 0.06 && i + 2 < words.length) {
      out.push(`<a href="#tin-${randomInt(rng, 1, 999)}">${escapeHtml(words.slice(i, i + 2).join(' '))}</a>`);
      i += 2;
    } else {
      out.push(escapeHtml(words[i]));
      i += 1;
    }
  }
  return out.join(' ');
}

/** The article's HTML (one block per line, as CMSs write it) of about `targetBytes` UTF-8 bytes of text. */
function articleBody(rng: () => number, targetBytes: number): string {
  const blocks: string[] = [];
  let bytes = 0;
  const encoder = new TextEncoder();
  while (bytes < targetBytes) {
    const r = rng();
    let text: string;
    let html: string;
    if (r < 0.06) {
      text = sentence(rng).replace(/\.$/, '');
      html = `<h2>${escapeHtml(text)}</h2>`;
    } else if (r < 0.1) {
      const items = Array.from({ length: randomInt(rng, 2, 5) }, () => sentence(rng));
      text = items.join(' ');
      html = `<ul>\n${items.map((i) => `  <li>${inlineMarkup(rng, i)}</li>`).join('\n')}\n</ul>`;
    } else if (r < 0.12) {
      const rows = Array.from({ length: randomInt(rng, 2, 4) }, (_, i) => [`${i + 1}`, sentence(rng), `${randomInt(rng, 1, 500)}`]);
      text = rows.flat().join(' ');
      html = `<table>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;
    } else {
      text = paragraph(rng);
      html = `<p>${inlineMarkup(rng, text)}</p>`;
    }
    bytes += encoder.encode(text).length;
    blocks.push(html);
  }
  return blocks.join('\n');
}

/** A whole page: `targetBytes` is the article's text size in UTF-8 bytes. */
export function generateArticlePage(seed: number, targetBytes: number): string {
  const rng = createRng(seed);
  const related = Array.from({ length: 6 }, () => `<li><a href="#">${escapeHtml(sentence(rng))}</a> (12/03/2024)</li>`).join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(sentence(rng))} - Sở Nội vụ tỉnh Sông Mây</title></head>
<body>
<div class="banner">Cổng thông tin điện tử Sở Nội vụ tỉnh Sông Mây</div>
<div class="today">Thứ năm, ngày 28 tháng 3 năm 2024</div>
<ul class="menu"><li>Trang chủ</li><li>Giới thiệu</li><li>Tin tức - Sự kiện</li><li>Văn bản</li><li>Thi đua khen thưởng</li></ul>
<div class="breadcrumb">Trang chủ / Tin tức - Sự kiện</div>
<main>
<h1>${escapeHtml(sentence(rng))}</h1>
<div class="date">(15:32 | 22/01/2024)</div>
<article>
${articleBody(rng, targetBytes)}
<p style="text-align:right"><strong>Nguyễn Thị Mai</strong><br>Ban Thi đua, Khen thưởng - Sở Nội vụ</p>
</article>
</main>
<div class="related"><h3>Tin liên quan</h3><ul>
${related}
</ul></div>
<div class="footer">
<p>${escapeHtml(BOILERPLATE[0])}</p>
<p>${escapeHtml(BOILERPLATE[2])}</p>
<p>Trưởng Ban biên tập: Lương Văn Tuấn</p>
</div>
</body></html>`;
}
