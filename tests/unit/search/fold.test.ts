import { describe, expect, it } from 'vitest';
import { foldVietnamese, hasDiacritics, normalizeForSearch } from '@/utils/search/fold';

const nfd = (s: string) => s.normalize('NFD');

describe('foldVietnamese', () => {
  it.each([
    ['thi đua', 'thi dua'],
    ['Thi Đua Khen Thưởng', 'thi dua khen thuong'],
    ['ĐẢNG ỦY', 'dang uy'],
    ['hoà', 'hoa'],
    ['hòa', 'hoa'],
    ['Nguyễn Thị Thuý', 'nguyen thi thuy'],
    ['ăâêôơư', 'aaeoou'],
    ['già trẻ', 'gia tre'],
    ['2024', '2024'],
  ])('folds %s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
    expect(foldVietnamese(nfd(input))).toBe(expected);
  });
});

describe('normalizeForSearch', () => {
  it.each([
    // old → new tone placement for open oa / oe / uy syllables
    ['hoà', 'hòa'],
    ['hoá', 'hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['khoẻ', 'khỏe'],
    ['loè', 'lòe'],
    ['xoé', 'xóe'],
    ['thuỷ', 'thủy'],
    ['thuý', 'thúy'],
    ['tuỳ', 'tùy'],
    ['luỹ', 'lũy'],
    ['thuỵ', 'thụy'],
    ['uỷ ban', 'ủy ban'],
    ['Hoà Bình', 'hòa bình'],
    ['HOÀ', 'hòa'],
    ['Uỷ', 'ủy'],
  ])('canonicalises %s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
    expect(normalizeForSearch(nfd(input))).toBe(expected);
  });

  it.each([
    // the mark has one correct place here: a closed syllable, or "qu" + y
    ['hoàng', 'hoàng'],
    ['toàn', 'toàn'],
    ['khoảng', 'khoảng'],
    ['quý', 'quý'],
    ['quỳnh', 'quỳnh'],
    ['thuyền', 'thuyền'],
    ['hòa', 'hòa'],
    ['thủy', 'thủy'],
  ])('leaves %s as %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('returns NFC and keeps diacritics', () => {
    const out = normalizeForSearch(nfd('Thi đua khen thưởng'));
    expect(out).toBe('thi đua khen thưởng');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('makes both placements and both Unicode forms equal', () => {
    const forms = ['hoà', 'hòa', nfd('hoà'), nfd('hòa'), 'HOÀ'];
    expect(new Set(forms.map(normalizeForSearch)).size).toBe(1);
  });

  it('tells tokens with diacritics apart', () => {
    expect(hasDiacritics('đua')).toBe(true);
    expect(hasDiacritics('thi')).toBe(false);
  });
});
