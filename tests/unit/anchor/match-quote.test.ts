import { describe as group, expect, it } from 'vitest';
import { isAcceptable, matchQuote, similarity, type QuoteMatch } from '@/utils/anchor/match-quote';

const m = (over: Partial<QuoteMatch>): QuoteMatch => ({
  start: 0,
  end: 10,
  errors: 0,
  quoteScore: 1,
  prefixScore: 1,
  suffixScore: 1,
  score: 1,
  ...over,
});

group('similarity', () => {
  it('is 1 for equal text, lower with each difference, 0 for empty actual text', () => {
    expect(similarity('Sở Nội vụ tỉnh', 'Sở Nội vụ tỉnh')).toBe(1);
    const one = similarity('Sở Nội vụ tinh', 'Sở Nội vụ tỉnh');
    const two = similarity('Sở Nôi vụ tinh', 'Sở Nội vụ tỉnh');
    expect(one).toBeLessThan(1);
    expect(two).toBeLessThan(one);
    expect(similarity('', 'abc')).toBe(0);
  });
});

group('isAcceptable', () => {
  it('refuses a runner-up within three points of quote and context, whatever the position', () => {
    const best = m({ score: 1 });
    expect(isAcceptable(best, m({ start: 50, end: 60, prefixScore: 0.9, score: 0.97 }), false)).toBe(false);
    expect(isAcceptable(best, m({ start: 50, end: 60, prefixScore: 0.5, score: 0.89 }), false)).toBe(true);
    // Same quote and context, far from the stored position: still ambiguous.
    expect(isAcceptable(best, m({ start: 5000, end: 5010, score: 0.978 }), false)).toBe(false);
  });

  it('needs one side of context for an exact quote', () => {
    expect(isAcceptable(m({ prefixScore: 0.3, suffixScore: 1 }), null, false)).toBe(true);
    expect(isAcceptable(m({ prefixScore: 0.4, suffixScore: 0.5 }), null, false)).toBe(false);
  });

  it('needs both sides of context for an approximate quote', () => {
    expect(isAcceptable(m({ errors: 3, quoteScore: 0.9, prefixScore: 1, suffixScore: 0.95 }), null, false)).toBe(true);
    expect(isAcceptable(m({ errors: 3, quoteScore: 0.9, prefixScore: 0.3, suffixScore: 1 }), null, false)).toBe(false);
    expect(isAcceptable(m({ errors: 8, quoteScore: 0.7, prefixScore: 1, suffixScore: 1 }), null, false)).toBe(false);
  });

  it('is strict outside the article: exact, both sides of context', () => {
    expect(isAcceptable(m({ prefixScore: 0.95, suffixScore: 0.95 }), null, true)).toBe(true);
    expect(isAcceptable(m({ prefixScore: 0.5, suffixScore: 1 }), null, true)).toBe(false);
    expect(isAcceptable(m({ errors: 1, quoteScore: 0.98 }), null, true)).toBe(false);
  });
});

group('matchQuote', () => {
  const text =
    'Ban Thi đua tỉnh thông báo. Đề nghị các đơn vị nộp hồ sơ trước ngày 15. Chi tiết liên hệ Văn phòng. ' +
    'Sở Tài chính thông báo. Đề nghị các đơn vị nộp hồ sơ trước ngày 15. Hạn chót không gia hạn.';
  const whole = { from: 0, to: text.length, strict: false };

  it('picks the occurrence whose context matches', () => {
    const found = matchQuote(text, 'nộp hồ sơ trước ngày 15', { prefix: 'Sở Tài chính thông báo. Đề nghị các đơn vị ', suffix: '. Hạn chót', hint: null }, whole)!;
    expect(found.start).toBe(text.lastIndexOf('nộp hồ sơ'));
  });

  it('returns null when the context cannot separate two occurrences', () => {
    expect(matchQuote(text, 'nộp hồ sơ trước ngày 15', { prefix: 'Đề nghị các đơn vị ', suffix: '', hint: 60 }, whole)).toBeNull();
  });

  it('finds an edited quote and reports its errors', () => {
    const edited = text.replace('Chi tiết liên hệ', 'Chi tiết xin liên hệ');
    const found = matchQuote(edited, 'Chi tiết liên hệ Văn phòng', { prefix: 'nộp hồ sơ trước ngày 15. ', suffix: '. Sở Tài chính', hint: null }, { ...whole, to: edited.length })!;
    expect(edited.slice(found.start, found.end)).toBe('Chi tiết xin liên hệ Văn phòng');
    expect(found.errors).toBe(4);
  });

  it('only searches the given region', () => {
    const found = matchQuote(text, 'Đề nghị các đơn vị', { prefix: 'thông báo. ', suffix: ' nộp hồ sơ', hint: null }, { from: 0, to: 70, strict: false });
    expect(found?.start).toBe(text.indexOf('Đề nghị'));
  });
});
