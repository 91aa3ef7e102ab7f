/** Builds small invented pages for extractor tests. */
import { extractArticle, toArticleData } from '@/utils/extract';
import type { ArticleData } from '@/utils/model';

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page with a Vietnamese portal's usual frame around `article` (title, date line, body…). */
export function portalPage(article: string, opts: { head?: string; lang?: string; before?: string; after?: string } = {}): string {
  return `<!DOCTYPE html><html lang="${opts.lang ?? 'vi'}"><head><meta charset="utf-8"><title>Trang tin - Sở Nội vụ tỉnh Sông Mây</title>${opts.head ?? ''}</head>
<body>
<div class="header"><div class="banner">Cổng thông tin điện tử</div><div class="org">Sở Nội vụ tỉnh Sông Mây</div>${opts.before ?? ''}</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li></ul>
<div class="main">${article}</div>
${opts.after ?? ''}
<div class="footer">Bản quyền © 2024 Sở Nội vụ tỉnh Sông Mây. Trưởng Ban biên tập: Lương Văn Tuấn</div>
</body></html>`;
}

/** Ordinary body paragraphs (invented text) so the content scorer has something to find. */
export function paragraphs(n: number, seed = 'Hội nghị'): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`<p>${seed} lần thứ ${i + 1} đã thảo luận nhiều nội dung quan trọng, trong đó các đại biểu tập trung phân tích kết quả thực hiện nhiệm vụ, chỉ ra những hạn chế, vướng mắc và đề xuất giải pháp khắc phục trong thời gian tới.</p>`);
  }
  return out.join('\n');
}

export function extract(html: string, url = 'https://snv.songmay.gov.vn/tin-tuc/tap-huan-123.html'): ArticleData {
  return toArticleData(extractArticle(parse(html), url));
}
