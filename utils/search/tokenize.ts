/**
 * Splits text into search tokens (words and numbers) and gives each token both its diacritic-keeping
 * form and its folded form. Vietnamese has a small syllable vocabulary, so a memo of token → forms
 * makes indexing megabytes of text cheap.
 */
import { foldVietnamese, normalizeForSearch } from './fold';

/** A token as indexed: `exact` keeps diacritics (canonical tone placement), `folded` drops them. */
export interface TokenForms {
  exact: string;
  folded: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
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

/** Call `visit` for each token of `text` in order (text may be NFC or NFD, any case). */
export function forEachToken(text: string, visit: (forms: TokenForms) => void): void {
  const lowered = text.normalize('NFC').toLowerCase();
  for (const m of lowered.matchAll(WORD)) visit(tokenForms(m[0]));
}

/** All tokens of `text`, in order. */
export function tokenize(text: string): TokenForms[] {
  const out: TokenForms[] = [];
  forEachToken(text, (f) => out.push(f));
  return out;
}
