/** Text normalisation: the fast paths give exactly what the full normalisation gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, stripDiacritics, toNfc } from '@/utils/extract/text';

// Latin, Vietnamese precomposed and decomposed, combining marks, punctuation, the space singletons, Hangul jamo
const alphabet = [...'aAeEoOdĐđ ăâêôơưệỆộờ’“”…–—', 'e\u0302\u0323', 'o\u031b\u0300', '\u0300', '\u0301', '\u0323', '\u2000', '\u2001', '\u212b', '\u1100\u1161', '\u00a0', 'Å', 'A\u030a'];
const mixed = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((a) => a.join(''));

describe('toNfc', () => {
  it('equals String.prototype.normalize("NFC") on any mix of composed, decomposed and singleton characters', () => {
    fc.assert(fc.property(mixed, (s) => toNfc(s) === s.normalize('NFC')), { numRuns: 2000 });
  });

  it.each([
    ['decomposed Vietnamese', 'Ho\u0300a Bi\u0300nh', 'Hòa Bình'],
    ['composed Vietnamese', 'Hòa Bình', 'Hòa Bình'],
    ['an em quad (a singleton)', 'a\u2000b', 'a\u2002b'],
    ['the angstrom sign', '\u212b', 'Å'],
  ])('%s', (_label, input, want) => expect(toNfc(input)).toBe(want));
});

describe('stripDiacritics', () => {
  it.each([
    ['Cập nhật', 'Cap nhat'],
    ['Ca\u0323\u0302p nha\u0323\u0302t', 'Cap nhat'],
    ['Đăng ngày', 'Dang ngay'],
    ['plain ASCII', 'plain ASCII'],
  ])('%s → %s', (input, want) => expect(stripDiacritics(input)).toBe(want));

  it('matches the full fold on any mix', () => {
    const full = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
    fc.assert(fc.property(mixed, (s) => stripDiacritics(s) === full(s)), { numRuns: 2000 });
  });
});

describe('cleanText', () => {
  it('normalises, drops invisible characters and collapses spaces', () => {
    expect(cleanText('  Ho\u0300a\u00a0\u200bBi\u0300nh \n ')).toBe('Hòa Bình');
  });
});
