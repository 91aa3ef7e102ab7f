import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, describe, quoteOf, type AnchorScopes } from '@/utils/anchor/anchor';
import { buildTextIndex } from '@/utils/anchor/text-index';
import { normaliseText } from '@/utils/anchor/normalise';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/utils/model';
import { makeDocument, rangeOfText } from './dom';
import { BOILERPLATE, PARAGRAPHS, portalPage } from './portal-page';

function page(paragraphs = PARAGRAPHS, transform: (html: string) => string = (h) => h) {
  const doc = makeDocument(transform(portalPage(paragraphs)));
  const scopes: AnchorScopes = { article: doc.getElementById('content'), document: doc.body };
  return { doc, scopes };
}

function selectorsFor(text: string, occurrence = 1, paragraphs = PARAGRAPHS): Selector[] {
  const { doc, scopes } = page(paragraphs);
  return describe(rangeOfText(doc.getElementById('content')!, text, occurrence), scopes);
}

const quote = (s: Selector[]) => s.find((x): x is TextQuoteSelector => x.type === 'TextQuoteSelector')!;
const position = (s: Selector[], scope: 'article' | 'document') =>
  s.find((x): x is TextPositionSelector => x.type === 'TextPositionSelector' && x.scope === scope)!;

group('describe', () => {
  it('stores a quote with 32 characters of context, both positions and a range', () => {
    const { doc, scopes } = page();
    const selectors = describe(rangeOfText(doc.body, 'đồng chí Nguyễn Văn Hòa'), scopes);
    expect(selectors.map((s) => s.type).sort()).toEqual([
      'RangeSelector',
      'TextPositionSelector',
      'TextPositionSelector',
      'TextQuoteSelector',
    ]);
    const q = quote(selectors);
    expect(q.exact).toBe('đồng chí Nguyễn Văn Hòa');
    expect(q.prefix).toHaveLength(32);
    expect(q.prefix.endsWith('Tham dự hội nghị có ')).toBe(true);
    expect(q.suffix.startsWith(', Phó Chủ tịch')).toBe(true);
    const index = buildTextIndex(doc.body);
    const doc0 = position(selectors, 'document');
    expect(index.text.slice(doc0.start, doc0.end)).toBe(q.exact);
    const art = position(selectors, 'article');
    expect(art.start).toBeLessThan(doc0.start);
    expect(doc0.start - art.start).toBe(index.text.indexOf(PARAGRAPHS[0]));
  });

  it('stores NFC quotes when the page is NFD', () => {
    const { doc, scopes } = page(PARAGRAPHS.map((p) => p.normalize('NFD')));
    const range = rangeOfText(doc.body, 'Phó Chủ tịch Ủy ban'.normalize('NFD'));
    const q = quote(describe(range, scopes));
    expect(q.exact).toBe('Phó Chủ tịch Ủy ban'.normalize('NFC'));
    expect(q.exact).not.toBe(range.toString());
  });

  it('leaves out whitespace at the ends of the selection and returns nothing for an empty one', () => {
    const { doc, scopes } = page();
    const range = rangeOfText(doc.body, ' tổ chức hội nghị ');
    expect(quote(describe(range, scopes)).exact).toBe('tổ chức hội nghị');
    range.collapse(true);
    expect(describe(range, scopes)).toEqual([]);
  });

  it('omits the article position for a selection outside the article', () => {
    const { doc, scopes } = page();
    const selectors = describe(rangeOfText(doc.body, 'Tin liên quan'), scopes);
    expect(selectors.some((s) => s.type === 'TextPositionSelector' && s.scope === 'article')).toBe(false);
    expect(anchor(selectors, scopes)?.text).toBe('Tin liên quan');
  });

  it('describes a selection across paragraphs with the block boundary as one space', () => {
    const { doc, scopes } = page();
    const range = doc.createRange();
    const a = rangeOfText(doc.body, 'địa phương.');
    const b = rangeOfText(doc.body, 'Mọi ý kiến', 1);
    range.setStart(a.startContainer, a.startOffset);
    range.setEnd(b.endContainer, b.endOffset);
    expect(quote(describe(range, scopes)).exact).toBe('địa phương. Mọi ý kiến');
  });
});

group('anchor', () => {
  it('round-trips through the range selector on the unchanged page', () => {
    const selectors = selectorsFor('tổ chức hội nghị tổng kết');
    const { scopes } = page();
    const result = anchor(selectors, scopes)!;
    expect(result.via).toBe('range');
    expect(result.range.toString()).toBe('tổ chức hội nghị tổng kết');
  });

  it('falls back to the position when the range path no longer resolves', () => {
    const selectors = selectorsFor('phong trào thi đua yêu nước');
    // The portal now wraps the body in one more <div>: every XPath changes, the text does not.
    const { scopes } = page(PARAGRAPHS, (h) => h.replace('<article id="content">', '<article id="content"><div>').replace('</article>', '</div></article>'));
    const result = anchor(selectors, scopes)!;
    expect(result.via).toBe('position');
    expect(result.text).toBe('phong trào thi đua yêu nước');
  });

  it('uses the article position when the document position moved (banner text added above)', () => {
    const selectors = selectorsFor('phong trào thi đua yêu nước');
    const { scopes } = page(PARAGRAPHS, (h) =>
      h.replace('<div id="banner">', '<div>THÔNG BÁO: Lịch tiếp công dân tháng 4</div><div id="banner">').replace('<article id="content">', '<article id="content"><div>').replace('</article>', '</div></article>'),
    );
    const result = anchor(selectors, scopes)!;
    expect(result.via).toBe('position');
    const index = buildTextIndex(scopes.document);
    expect(result.start).not.toBe(position(selectors, 'document').start);
    expect(index.text.slice(result.start, result.end)).toBe('phong trào thi đua yêu nước');
  });

  it('falls back to the quote when the position text differs (a paragraph inserted before)', () => {
    const selectors = selectorsFor('tặng thưởng 45 tập thể, 120 cá nhân');
    const edited = [PARAGRAPHS[0], 'Đoạn mới được thêm vào sau khi bài đã đăng.', ...PARAGRAPHS.slice(1)];
    const { scopes } = page(edited);
    const result = anchor(selectors, scopes)!;
    expect(result.via).toBe('quote');
    expect(result.range.toString()).toBe('tặng thưởng 45 tập thể, 120 cá nhân');
  });

  it('finds the quote fuzzily when a word inside it changed', () => {
    const selectors = selectorsFor('đề nghị tặng thưởng 45 tập thể, 120 cá nhân có thành tích xuất sắc');
    const edited = PARAGRAPHS.map((p) => p.replace('120 cá nhân', '125 cá nhân'));
    const { scopes } = page(edited);
    const result = anchor(selectors, scopes)!;
    expect(result.via).toBe('quote');
    expect(result.text).toBe('đề nghị tặng thưởng 45 tập thể, 125 cá nhân có thành tích xuất sắc');
  });

  it('survives old/new tone placement (hòa → hoà) through the fuzzy step', () => {
    const selectors = selectorsFor('đồng chí Nguyễn Văn Hòa, Phó Chủ tịch Ủy ban nhân dân tỉnh');
    const edited = PARAGRAPHS.map((p) => p.replace('Tham dự hội nghị có', 'Tới dự có').replaceAll('Hòa', 'Hoà'));
    const { scopes } = page(edited);
    const result = anchor(selectors, scopes)!;
    expect(result.via).toBe('quote');
    expect(result.text).toBe('đồng chí Nguyễn Văn Hoà, Phó Chủ tịch Ủy ban nhân dân tỉnh');
  });

  it('anchors on the same page served in NFD, and the range covers the NFD text', () => {
    const selectors = selectorsFor('Phó Chủ tịch Ủy ban nhân dân tỉnh');
    const { scopes } = page(PARAGRAPHS.map((p) => p.normalize('NFD')));
    const result = anchor(selectors, scopes)!;
    expect(result.text).toBe('Phó Chủ tịch Ủy ban nhân dân tỉnh');
    expect(result.range.toString()).toBe('Phó Chủ tịch Ủy ban nhân dân tỉnh'.normalize('NFD'));
    // With only the quote left, the search itself must work in the normalised space.
    const quoteOnly = anchor([quote(selectors)], scopes)!;
    expect(quoteOnly.via).toBe('quote');
    expect(quoteOnly.range.toString()).toBe('Phó Chủ tịch Ủy ban nhân dân tỉnh'.normalize('NFD'));
  });

  it('accepts stored quotes that are NFD or carry extra whitespace (older or imported data)', () => {
    const selectors = selectorsFor('khen thưởng năm 2023').map((s) =>
      s.type === 'TextQuoteSelector' ? { ...s, exact: ' khen  thưởng\u00a0năm 2023 '.normalize('NFD') } : s,
    );
    expect(anchor(selectors, page().scopes)?.via).toBe('range');
    expect(quoteOf(selectors)).toBe('khen thưởng năm 2023');
  });

  it('orphans a highlight whose paragraph is gone rather than jumping to the look-alike footer (regression: boilerplate jump)', () => {
    const selectors = selectorsFor(BOILERPLATE);
    const { doc, scopes } = page(PARAGRAPHS.filter((p) => p !== BOILERPLATE));
    expect(normaliseText(doc.body.textContent!)).toContain(BOILERPLATE);
    expect(anchor(selectors, scopes)).toBeNull();
  });

  it('orphans a quote that fits two places equally well, whatever the stored position says', () => {
    const twin = 'Đề nghị các đơn vị báo cáo kết quả trước ngày 30 hằng tháng.';
    // The same boilerplate block twice, with the same neighbours: context cannot tell them apart.
    const paragraphs = [PARAGRAPHS[0], twin, PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[0], twin, PARAGRAPHS[1]];
    const selectors = selectorsFor('báo cáo kết quả trước ngày 30', 2, paragraphs);
    // Same page with a paragraph added at the top: range and positions no longer fit.
    const { scopes } = page(['Thông báo mới.', ...paragraphs]);
    expect(anchor(selectors, scopes)).toBeNull();
    // The unchanged page still anchors it through its range.
    expect(anchor(selectors, page(paragraphs).scopes)?.via).toBe('range');
  });

  it('picks the right one of two identical sentences when their context differs', () => {
    const twin = 'Đề nghị các đơn vị báo cáo kết quả trước ngày 30 hằng tháng.';
    const paragraphs = [PARAGRAPHS[0], twin, PARAGRAPHS[1], PARAGRAPHS[2], twin, PARAGRAPHS[4]];
    const selectors = selectorsFor('báo cáo kết quả trước ngày 30', 2, paragraphs);
    const { scopes } = page(['Thông báo mới.', ...paragraphs]);
    const result = anchor(selectors, scopes)!;
    expect(result.via).toBe('quote');
    const second = rangeOfText(scopes.document, 'báo cáo kết quả trước ngày 30', 2);
    expect(result.range.startContainer).toBe(second.startContainer);
    expect(result.range.startOffset).toBe(second.startOffset);
  });

  it('prefers the edited original to an exact copy in a teaser outside the article', () => {
    const sentence = 'Hội đồng Thi đua, Khen thưởng tỉnh đã xét và đề nghị tặng thưởng 45 tập thể';
    const selectors = selectorsFor(sentence);
    const edited = PARAGRAPHS.map((p) => p.replace('đã xét và đề nghị', 'đã họp xét, đề nghị'));
    const { scopes } = page(edited);
    const result = anchor(selectors, scopes)!;
    expect(result).not.toBeNull();
    expect(scopes.article!.contains(result.range.startContainer)).toBe(true);
    expect(result.text).toBe('Hội đồng Thi đua, Khen thưởng tỉnh đã họp xét, đề nghị tặng thưởng 45 tập thể');
  });

  it('orphans rather than jumping to a title that repeats the edited lead (regression: sapo/title look-alike)', () => {
    const lead = 'Hội đồng quốc gia về nước sạch nông thôn họp phiên thường kỳ quý III';
    const make = (body: string) => {
      const doc = makeDocument(
        `<div class="menu">Trang chủ | Thời sự</div><article id="content"><h1>${lead}</h1><div class="date">22/10/2025</div>` +
          `<p>(Chinhphu.vn) - Chiều 22/10, tại Hà Nội, ${body} để đánh giá tiến độ cấp nước.</p><p>Đoạn tiếp theo của bài.</p></article>`,
      );
      return { doc, scopes: { article: doc.getElementById('content'), document: doc.body } as AnchorScopes };
    };
    const before = make(lead);
    const selectors = describe(rangeOfText(before.doc.querySelector('p')!, 'gia về nước sạch'), before.scopes);
    const after = make(lead.replace('về nước sạch', 'về cấp nước sạch'));
    expect(anchor(selectors, after.scopes)).toBeNull();
  });

  it('orphans a fuzzy match whose context does not agree', () => {
    const selectors = selectorsFor('tiếp tục đổi mới nội dung, hình thức');
    // The sentence was rewritten and moved into a new context.
    const edited = PARAGRAPHS.slice(0, 5).concat(['Các huyện cần tiếp tục đổi mới nội dung và hình thức tuyên truyền.']);
    const { scopes } = page(edited);
    expect(anchor(selectors, scopes)).toBeNull();
  });

  it('works without an article scope', () => {
    const selectors = selectorsFor('tặng thưởng 45 tập thể, 120 cá nhân');
    const { scopes } = page([PARAGRAPHS[0], 'Đoạn thêm.', ...PARAGRAPHS.slice(1)]);
    const result = anchor(selectors, { article: null, document: scopes.document })!;
    expect(result.via).toBe('quote');
    expect(scopes.article!.contains(result.range.startContainer)).toBe(true);
  });

  it('reuses one index for many highlights and refuses an index of another root', () => {
    const { doc, scopes } = page();
    const items = ['tổ chức hội nghị', 'thi đua yêu nước', 'Phó Chủ tịch'].map((t, i) => ({
      id: `h${i}`,
      selectors: describe(rangeOfText(doc.getElementById('content')!, t), scopes),
    }));
    const results = anchorAll(items, scopes);
    expect([...results.values()].map((r) => r?.text)).toEqual(['tổ chức hội nghị', 'thi đua yêu nước', 'Phó Chủ tịch']);
    expect(() => anchor(items[0].selectors, scopes, { index: buildTextIndex(scopes.article!) })).toThrow();
  });
});
