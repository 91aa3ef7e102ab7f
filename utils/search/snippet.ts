/**
 * Cuts a short excerpt around the words a query matched and marks them, as plain segments the view
 * renders as elements (never as HTML). Matching ignores diacritics like the index does, but the
 * segments keep the original text exactly.
 */
import { foldVietnamese } from './fold';
import { tokenize } from './tokenize';

/** A run of the original text; `match` runs are shown marked. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface SnippetOptions {
  /** Cut the text to about this many characters around the first match (whole text when absent). */
  maxLength?: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const foldMemo = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldMemo.get(ch);
  if (f === undefined) {
    f = foldVietnamese(ch);
    foldMemo.set(ch, f);
  }
  return f;
}

/** The folded text plus, for each folded character, the range of the original it came from. */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === '' && to.length > 0) to[to.length - 1] = i + ch.length;
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, from, to };
}

/** Ranges `[start, end)` of the original text where a query word starts a word of the text. */
export function matchRanges(text: string, query: string): [number, number][] {
  const terms = [...new Set(tokenize(query).map((t) => t.folded))];
  if (terms.length === 0 || text === '') return [];
  const { folded, from, to } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      if (at === 0 || !WORD_CHAR.test(folded[at - 1])) ranges.push([from[at], to[at + term.length - 1]]);
      at = folded.indexOf(term, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Segments of `text` with the query's words marked. With `maxLength`, the text is cut around the
 * first match at word boundaries and the cuts are shown as "…".
 */
export function snippet(text: string, query: string, options: SnippetOptions = {}): SnippetSegment[] {
  const ranges = matchRanges(text, query);
  let start = 0;
  let end = text.length;
  const max = options.maxLength;
  if (max !== undefined && text.length > max) {
    const anchor = ranges.length ? ranges[0][0] : 0;
    start = Math.max(0, Math.min(anchor - Math.floor(max / 3), text.length - max));
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space < anchor) start = space + 1;
    }
    end = Math.min(text.length, start + max);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start && (ranges.length === 0 || space >= ranges[0][1])) end = space;
    }
  }
  const out: SnippetSegment[] = [];
  const push = (s: string, match: boolean) => {
    if (s) out.push({ text: s, match });
  };
  if (start > 0) push('…', false);
  let pos = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    push(text.slice(pos, s), false);
    push(text.slice(s, e), true);
    pos = e;
  }
  push(text.slice(pos, end), false);
  if (end < text.length) push('…', false);
  return out;
}
