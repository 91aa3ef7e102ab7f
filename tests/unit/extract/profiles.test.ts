/**
 * Site profiles: each one matches the fixture pages it lists, points at real elements there, and the
 * generic heuristics reach the same result without any profile (most portals are unknown to us).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, loadAllFixtures, loadFixture } from '../../fixtures/pages/fixtures';
import { extractArticle, toArticleData } from '@/utils/extract';
import { buildPageModel } from '@/utils/extract/page';
import { matchProfile, PROFILES } from '@/utils/extract/profiles';
import { parseSelector, selectAll, selectFirst } from '@/utils/extract/select';
import { parse } from './helpers';

describe('profile table', () => {
  it('has unique ids and non-empty selectors', () => {
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
    for (const p of PROFILES) {
      expect(p.body.length).toBeGreaterThan(0);
      for (const sel of [...p.body, ...p.title, ...p.date, ...p.markers]) expect(parseSelector(sel), `${p.id}: ${sel}`).not.toBeNull();
    }
  });

  const listed = PROFILES.flatMap((p) => p.fixtures.map((f) => [p.id, f] as const));
  it.each(listed)('%s was built against %s, which matches it', (id, file) => {
    expect(existsSync(join(FIXTURE_DIR, file))).toBe(true);
    const fx = loadFixture(file.replace(/\.html$/, ''));
    const doc = parse(fx.html);
    const model = buildPageModel(doc);
    const p = matchProfile(model, fx.expected.url);
    expect(p?.id).toBe(id);
    expect(selectFirst(model, p!.body)).not.toBeNull();
  });

  it('matches nothing on an ordinary English news page', () => {
    const fx = loadFixture('news-en');
    expect(matchProfile(buildPageModel(parse(fx.html)), fx.expected.url)).toBeNull();
  });
});

describe('a profile points the generic steps at its title and date elements', () => {
  const LIFERAY_URL = 'https://snv.example.gov.vn/web/guest/tin-tuc/-/asset_publisher/abc/content/tap-huan';
  const para = (s: string): string =>
    `<p>${s} Đoàn công tác đã kiểm tra việc triển khai các nhiệm vụ trọng tâm, nghe báo cáo kết quả thực hiện và chỉ đạo các đơn vị tiếp tục rà soát, hoàn thiện hồ sơ theo đúng quy định hiện hành của tỉnh.</p>`;
  const page = (top: string, head: string, paras: number): string => `<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử Sở Nội vụ</title></head><body>
${top}<div class="portlet-body"><div class="journal-content-article">
${head}
${Array.from({ length: paras }, (_, i) => para(`Nội dung thứ ${i + 1} được trao đổi tại hội nghị.`)).join('\n')}
<p><b>Lê Văn Hùng</b></p>
<div class="asset-metadata">05/03/2024 08:30</div>
</div></div></body></html>`;
  const TITLE = 'Sở Nội vụ tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cấp xã';

  it('takes the title the profile names over a featured-news h1 when the page declares only the site\'s name', () => {
    const html = page(
      '<div class="top-news"><h1>Hội nghị tổng kết phong trào thi đua yêu nước năm 2023</h1><p>Thứ hai, 26/02/2024</p></div>',
      `<h3 class="asset-title">${TITLE}</h3>`,
      3,
    );
    const d = toArticleData(extractArticle(parse(html), LIFERAY_URL));
    expect(d.title).toBe(TITLE);
    expect(d.provenance.title?.source).toBe('heading:h3:profile');
    expect(d.published).toBe('2024-03-05T08:30:00+07:00');
    expect(d.bodyText.startsWith('Nội dung thứ 1')).toBe(true);
  });

  it('ranks the date line in the profile\'s date element first, even at the foot of a long article', () => {
    const html = page('', `<h1 class="asset-title">${TITLE}</h1>\n<div class="view-count">26/02/2024 09:00</div>`, 10);
    const d = toArticleData(extractArticle(parse(html), LIFERAY_URL));
    expect(d.title).toBe(TITLE);
    expect(d.published).toBe('2024-03-05T08:30:00+07:00');
    expect(d.publishedText).toBe('05/03/2024 08:30');
    // the runner-up stays on offer
    expect(d.dateCandidates.map((c) => c.iso)).toContain('2024-02-26T09:00:00+07:00');
  });

  it('takes an X article\'s own title over a tab title that names only the poster', () => {
    const fx = loadFixture('x-article');
    const html = fx.html.replace(/<title>[^<]*<\/title>/, '<title>Minh Anh Tran (@minhanh_reports) / X</title>');
    const d = toArticleData(extractArticle(parse(html), fx.expected.url));
    expect(d.title).toBe(fx.expected.title);
    expect(d.bodyText.startsWith(fx.expected.bodyStart!)).toBe(true);
    expect(d.bodyText).toContain('Where the real date hides');
    expect(d.published).toBe(fx.expected.published);
  });

  it('leaves a declared title and the heading it agrees with alone (a profile may name a print copy)', () => {
    const html = page('', `<h1>${TITLE}</h1><div class="print-only"><h3 class="asset-title">${TITLE}</h3></div>`, 3).replace(
      '<title>Cổng thông tin điện tử Sở Nội vụ</title>',
      `<title>${TITLE} - Sở Nội vụ</title><meta property="og:title" content="${TITLE}">`,
    );
    const d = toArticleData(extractArticle(parse(html), LIFERAY_URL));
    expect(d.title).toBe(TITLE);
    expect(d.provenance.title?.source).toBe('heading:h1');
  });
});

describe('the generic heuristics stand on their own', () => {
  it.each(loadAllFixtures().map((f) => [f.name, f] as const))('%s without profiles', (_name, fx) => {
    const e = fx.expected;
    const d = toArticleData(extractArticle(parse(fx.html), e.url, { profiles: [] }));
    expect(d.isArticle).toBe(e.isArticle);
    if (e.title !== null) expect(d.title).toBe(e.title);
    expect(d.published).toBe(e.published);
    expect(d.signature).toEqual(e.signature);
    if (e.bodyStart !== null) expect(d.bodyText.startsWith(e.bodyStart)).toBe(true);
    if (e.bodyEnd !== null) expect(d.bodyText.endsWith(e.bodyEnd)).toBe(true);
  });
});

describe('selector matcher over the page model', () => {
  const doc = parse(`<html><body><div id="main" class="news-detail wide"><h1 class="title">T</h1><div class="content" data-x="a b"><p>x</p></div></div><div class="content other"><p>y</p></div></body></html>`);
  const model = buildPageModel(doc);
  it.each([
    ['.content', 2],
    ['#main .content', 1],
    ['div.news-detail h1.title', 1],
    ['[data-x~="b"]', 1],
    ['[data-x^="a"]', 1],
    ['[class*="other"]', 1],
    ['[class$="WIDE" i]', 1],
    ['p', 2],
    ['.missing', 0],
    ['div > p', 0],
  ])('%s', (sel, n) => {
    expect(selectAll(model, sel)).toHaveLength(n);
  });
});
