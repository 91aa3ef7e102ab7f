/**
 * The character rules of the anchoring text model, in one place so the model built from the DOM
 * (text-index.ts) and strings stored in selectors are compared in the same space.
 *
 * The model: NFC; every run of whitespace (including non-breaking and other Unicode spaces) is one
 * U+0020; zero-width characters and soft hyphens are dropped; leading/trailing space trimmed.
 */

/** Zero-width space/joiners, word joiner, BOM and soft hyphen: invisible, so not part of the text. */
export function isIgnorable(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/** Exactly JavaScript's `\s` minus U+FEFF (which is treated as ignorable). */
export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const MARK = /\p{M}/u;

/** A combining mark (NFD Vietnamese puts tones and hats in these). Fast for the common case. */
export function isCombiningMark(code: number): boolean {
  return code >= 0x300 && MARK.test(String.fromCharCode(code));
}

const IGNORABLE_RE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const SPACE_RE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * Bring any string (a stored quote, prefix or suffix, possibly written by an older version or
 * imported) into the text model's space.
 */
export function normaliseText(text: string): string {
  return normaliseContext(text).trim();
}

/** Like `normaliseText` but keeps a leading/trailing space: prefixes and suffixes may end in one. */
export function normaliseContext(text: string): string {
  return text.replace(IGNORABLE_RE, '').normalize('NFC').replace(SPACE_RE, ' ');
}
