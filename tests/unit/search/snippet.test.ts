import { describe, expect, it } from 'vitest';
import { matchRanges, snippet } from '@/utils/search/snippet';

const marked = (segs: { text: string; match: boolean }[]) => segs.filter((s) => s.match).map((s) => s.text);

describe('snippet', () => {
  it('marks matches typed without diacritics, keeping the original text', () => {
    const segs = snippet('Phong trào thi đua yêu nước', 'thi dua');
    expect(segs.map((s) => s.text).join('')).toBe('Phong trào thi đua yêu nước');
    expect(marked(segs)).toEqual(['thi', 'đua']);
  });

  it('maps matches back onto NFD text including its combining marks', () => {
    const text = 'Hòa giải viên'.normalize('NFD');
    const segs = snippet(text, 'hoa');
    expect(marked(segs)).toEqual(['Hòa'.normalize('NFD')]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('marks old tone placement when the query uses the new one', () => {
    expect(marked(snippet('Tổ hoà giải', 'hòa'))).toEqual(['hoà']);
  });

  it('only matches at the start of words', () => {
    expect(matchRanges('ông thi, cô nhi', 'hi')).toEqual([]);
    expect(matchRanges('thi thiết', 'thi')).toEqual([
      [0, 3],
      [4, 7],
    ]);
  });

  it('cuts long text around the first match with ellipses', () => {
    const text = `${'mở đầu '.repeat(40)}kết quả thi đua ${'phần sau '.repeat(40)}`;
    const segs = snippet(text, 'thi dua', { maxLength: 80 });
    const joined = segs.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(84);
    expect(marked(segs)).toEqual(['thi', 'đua']);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(snippet('abc', 'xyz')).toEqual([{ text: 'abc', match: false }]);
    expect(snippet('abc', '')).toEqual([{ text: 'abc', match: false }]);
  });
});
