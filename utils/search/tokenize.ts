/**
 * Splits text into search tokens (words and numbers) and gives each token both its diacritic-keeping
 * form and its folded form. A hand-written scanner and a memo of word → forms keep indexing tens of
 * megabytes cheap: Vietnamese has a small syllable vocabulary, and Unicode-property regexes were
 * the slowest part of an index build.
 */
import { foldVietnamese, normalizeForSearch } from './fold';

/** A token as indexed: `exact` keeps diacritics (canonical tone placement), `folded` drops them. */
export interface TokenForms {
  exact: string;
  folded: string;
}

const MEMO_LIMIT = 200_000;
const memo = new Map<string, TokenForms>();

/** The two search forms of one lower-case NFC word. */
export function tokenForms(word: string): TokenForms {
  let forms = memo.get(word);
  if (!forms) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const exact = normalizeForSearch(word);
    forms = { exact, folded: foldVietnamese(exact) };
    memo.set(word, forms);
  }
  return forms;
}

/**
 * Whether a UTF-16 code unit belongs to a word: ASCII letters and digits, and everything above
 * Latin-1 punctuation except the general-punctuation, CJK-punctuation and BOM blocks (so letters
 * with diacritics and combining marks stay inside words).
 */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xfeff;
}

/** Call `visit` with each lower-case NFC word of `text` (text may be NFC or NFD, any case). */
export function scanWords(text: string, visit: (word: string) => void): void {
  const s = text.normalize('NFC').toLowerCase();
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isWordCode(s.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(s.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) visit(s.slice(start));
}

/** Call `visit` for each token of `text` in order. */
export function forEachToken(text: string, visit: (forms: TokenForms) => void): void {
  scanWords(text, (w) => visit(tokenForms(w)));
}

/** All tokens of `text`, in order. */
export function tokenize(text: string): TokenForms[] {
  const out: TokenForms[] = [];
  forEachToken(text, (f) => out.push(f));
  return out;
}
