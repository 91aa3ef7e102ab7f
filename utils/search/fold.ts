/**
 * Vietnamese-aware text normalisation for search: one form that ignores diacritics entirely (so
 * "thi dua" finds "thi đua") and one that keeps them but erases the NFC/NFD and tone-placement
 * differences (so "hoà" and "hòa" are the same word).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Old/new tone placement only differs in open syllables ending in oa, oe, uy: "hoà"/"hòa",
 * "khoẻ"/"khỏe", "thuỷ"/"thủy". We canonicalise to the mark on the first vowel (òa, òe, ùy). Working
 * on NFD text lets one pattern move any of the five tone marks. "quý" is left alone: there "qu"
 * is the consonant and "y" the only vowel, so the mark has one correct place.
 */
const OA_OE_TONE = new RegExp(`o([ae])([${TONE_MARKS}])(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
const UY_TONE = new RegExp(`(?<!q)uy([${TONE_MARKS}])(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

/**
 * Fold text for diacritic-insensitive matching: NFD, combining marks removed, đ/Đ → d, lower-case.
 * Folding also makes old and new tone placement equal ("hoà" and "hòa" both fold to "hoa").
 */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Normalise text for diacritic-sensitive matching: lower-case, tone marks moved to one placement
 * (oà→òa, oé→óe, uỷ→ủy, …), returned in NFC. Two spellings of the same word give the same string
 * whatever their Unicode form or tone placement.
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(OA_OE_TONE, 'o$2$1')
    .replace(UY_TONE, 'u$1y')
    .normalize('NFC');
}

/** Whether a normalised token carries any diacritic (its folded form differs). */
export function hasDiacritics(normalized: string): boolean {
  return foldVietnamese(normalized) !== normalized;
}
