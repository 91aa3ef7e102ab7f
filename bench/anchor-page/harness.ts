/**
 * The in-page half of the anchoring benchmark, bundled by bench/anchor.ts with utils/anchor and
 * run in real Chromium: times describe/re-anchor of many highlights, and replays edits of the
 * page to count how many highlights come back correct, misplaced or orphaned.
 */

import { anchor, describe, type AnchorScopes } from '../../utils/anchor/anchor';
import { normaliseText } from '../../utils/anchor/normalise';
import { buildTextIndex, type ModelSpan, type TextIndex } from '../../utils/anchor/text-index';
import { elementFromXPath, xpathFromElement } from '../../utils/anchor/xpath';
import type { Selector } from '../../utils/model';
import { createRng, paragraph, pick, randomInt, WORDS } from './words';

export const EDIT_KINDS = [
  'paragraph-inserted',
  'words-changed',
  'whitespace',
  'nfd',
  'paragraph-removed',
  'word-inside',
  'tone-placement',
] as const;
/** Edits that change text inside the highlight too (the rest change only text outside it). */
export const INSIDE_KINDS: readonly EditKind[] = ['word-inside', 'tone-placement'];
export type EditKind = (typeof EDIT_KINDS)[number];

export interface Tally {
  correct: number;
  misplaced: number;
  orphaned: number;
  /** Trials that could not be set up (e.g. no other paragraph to remove). */
  skipped: number;
}

export interface SurvivalReport {
  highlights: number;
  articleChars: number;
  tallies: Record<EditKind, Tally>;
  /** How the placed highlights were found, per edit kind. */
  via: Record<EditKind, Record<string, number>>;
  /** A few misplaced cases, for diagnosis. */
  misplacedSamples: Array<{ kind: EditKind; quote: string; got: string }>;
}

export interface SpeedReport {
  articleChars: number;
  /** Building the text index alone (part of both figures below). */
  indexMs: number[];
  describeMs: number[];
  reanchorMs: number[];
  reanchorAfterInsertMs: number[];
  /** Sanity: how the unchanged-page re-anchors were placed, and how many had the wrong text. */
  via: Record<string, number>;
  wrong: number;
}

interface Stored {
  span: ModelSpan;
  quote: string;
  selectors: Selector[];
}

/** Where the body text is: the smallest element holding `bodyStart` … `bodyEnd`, else a guess. */
function findArticle(doc: Document, bodyStart: string | null, bodyEnd: string | null): { element: Element; span: ModelSpan } {
  const index = buildTextIndex(doc.body);
  if (bodyStart && bodyEnd) {
    const s = index.text.indexOf(normaliseText(bodyStart));
    const endText = normaliseText(bodyEnd);
    const e = index.text.indexOf(endText, Math.max(0, s));
    if (s >= 0 && e >= 0) {
      const range = index.toRange(s, e + endText.length)!;
      let el: Node = range.commonAncestorContainer;
      while (el.nodeType !== 1) el = el.parentNode!;
      return { element: el as Element, span: { start: s, end: e + endText.length } };
    }
  }
  const element =
    doc.querySelector('article, [itemprop="articleBody"]') ??
    [...doc.querySelectorAll('div, main, section')].sort((a, b) => b.querySelectorAll(':scope > p').length - a.querySelectorAll(':scope > p').length)[0] ??
    doc.body;
  return { element, span: index.spanOfElement(element) };
}

/** Word spans (runs without spaces) of the model inside `span`. */
function words(text: string, span: ModelSpan): ModelSpan[] {
  const out: ModelSpan[] = [];
  const re = /[^ ]+/g;
  re.lastIndex = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    if (m.index + m[0].length <= span.end) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** `count` random highlights of 3–40 words inside `span`. */
function randomSpans(rng: () => number, text: string, span: ModelSpan, count: number): ModelSpan[] {
  const ws = words(text, span);
  const out: ModelSpan[] = [];
  while (out.length < count && ws.length >= 3) {
    const n = randomInt(rng, 3, Math.min(40, ws.length));
    const first = randomInt(rng, 0, ws.length - n);
    out.push({ start: ws[first].start, end: ws[first + n - 1].end });
  }
  return out;
}

function trimmed(index: TextIndex, span: ModelSpan): ModelSpan {
  const s = { ...span };
  while (s.start < s.end && index.text.charCodeAt(s.start) === 0x20) s.start++;
  while (s.end > s.start && index.text.charCodeAt(s.end - 1) === 0x20) s.end--;
  return s;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Time describe and re-anchor of `count` highlights on this page, `runs` times each. */
function speed(options: { seed: number; count: number; runs: number }): SpeedReport {
  const doc = document;
  const { element: article, span } = findArticle(doc, null, null);
  const scopes: AnchorScopes = { article, document: doc.body };
  const rng = createRng(options.seed);
  const index0 = buildTextIndex(doc.body);
  const spans = randomSpans(rng, index0.text, span, options.count);
  const ranges = spans.map((s) => index0.toRange(s.start, s.end)!);
  const quotes = spans.map((s) => index0.text.slice(s.start, s.end));

  const indexMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const t0 = performance.now();
    buildTextIndex(doc.body);
    indexMs.push(performance.now() - t0);
  }
  const describeMs: number[] = [];
  let stored: Selector[][] = [];
  for (let run = 0; run < options.runs; run++) {
    const t0 = performance.now();
    const index = buildTextIndex(doc.body);
    stored = ranges.map((r) => describe(r, scopes, { index }));
    describeMs.push(performance.now() - t0);
  }

  const reanchorMs: number[] = [];
  const via: Record<string, number> = {};
  let wrong = 0;
  for (let run = 0; run < options.runs; run++) {
    const t0 = performance.now();
    const index = buildTextIndex(doc.body);
    const results = stored.map((s) => anchor(s, scopes, { index }));
    reanchorMs.push(performance.now() - t0);
    if (run === 0) {
      results.forEach((r, i) => {
        via[r?.via ?? 'orphan'] = (via[r?.via ?? 'orphan'] ?? 0) + 1;
        if (r && r.text !== quotes[i]) wrong++;
      });
    }
  }

  // The same after a paragraph is added at the top of the article: every XPath and position shifts,
  // so every highlight goes through the quote search.
  const added = doc.createElement('p');
  added.textContent = paragraph(rng);
  article.insertBefore(added, article.firstChild);
  const reanchorAfterInsertMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const t0 = performance.now();
    const index = buildTextIndex(doc.body);
    for (const s of stored) anchor(s, scopes, { index });
    reanchorAfterInsertMs.push(performance.now() - t0);
  }
  added.remove();
  return { articleChars: span.end - span.start, indexMs, describeMs, reanchorMs, reanchorAfterInsertMs, via, wrong };
}

const BLOCK_SELECTOR = 'p, li, h2, h3, h4, h5, h6, blockquote, figcaption, td';

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement;
    if (parent && !parent.closest('script, style, noscript, template, textarea')) out.push(n as Text);
  }
  return out;
}

function replaceWord(rng: () => number, index: TextIndex, word: ModelSpan): boolean {
  const a = index.startPoint(word.start)!;
  const b = index.endPoint(word.end)!;
  if (a.node !== b.node) return false;
  const old = index.text.slice(word.start, word.end);
  let next = pick(rng, WORDS);
  for (let i = 0; i < 5 && normaliseText(next) === normaliseText(old.replace(/[.,;:]$/, '')); i++) next = pick(rng, WORDS);
  a.node.replaceData(a.offset, b.offset - a.offset, next + (/[.,;:]$/.test(old) ? old.slice(-1) : ''));
  return true;
}

/**
 * Where the highlight should be after an edit: `live` where the live range now is; `same` at its old
 * model offsets (the edit cannot move text); `live-then-churn`: where the live range is, then
 * whitespace churn that must not change the text model is applied on top.
 */
type Expectation = 'live' | 'same' | 'live-then-churn';

const OLD_TONES: Record<string, string> = {
  'òa': 'oà', 'óa': 'oá', 'ỏa': 'oả', 'õa': 'oã', 'ọa': 'oạ', 'òe': 'oè', 'óe': 'oé', 'ỏe': 'oẻ', 'õe': 'oẽ', 'ọe': 'oẹ',
  'ùy': 'uỳ', 'úy': 'uý', 'ủy': 'uỷ', 'ũy': 'uỹ', 'ụy': 'uỵ',
};
const NEW_TONES = Object.fromEntries(Object.entries(OLD_TONES).map(([k, v]) => [v, k]));
const TONE_PAIR = new RegExp(`(${[...Object.keys(OLD_TONES), ...Object.keys(NEW_TONES)].join('|')})(?![\\p{L}])`, 'gu');

/** hòa -> hoà and hoà -> hòa, in open syllables only (hoàng stays). */
function swapTonePlacement(text: string): string {
  return text.replace(TONE_PAIR, (m) => OLD_TONES[m] ?? NEW_TONES[m] ?? m);
}

/** Portal-style whitespace churn that leaves the text model as it is. */
function churnWhitespace(rng: () => number, doc: Document, article: Element): void {
  const variants = ['  ', '\u00a0', '\n      ', ' \t', '\u00a0 '];
  for (const node of textNodes(doc.body)) {
    node.data = node.data.replace(/ /g, (s) => (rng() < 0.3 ? pick(rng, variants) : s));
  }
  for (const block of [...article.querySelectorAll(BLOCK_SELECTOR)]) {
    if (rng() < 0.3) block.parentNode?.insertBefore(doc.createTextNode('\n\t\t'), block);
  }
}

/**
 * Apply one edit of `kind` for the highlight at `live` (a live Range on the fresh page). Returns
 * how to find where the highlight should now be, or null when the edit could not be made.
 */
function applyEdit(
  kind: EditKind,
  rng: () => number,
  doc: Document,
  article: Element,
  index: TextIndex,
  stored: Stored,
  live: Range,
): Expectation | null {
  switch (kind) {
    case 'paragraph-inserted': {
      let block: Node | null = live.startContainer;
      while (block && !(block.nodeType === 1 && (block as Element).matches(BLOCK_SELECTOR + ', div'))) block = block.parentNode;
      const target = block && article.contains(block) ? (block as Element) : article.firstElementChild;
      if (!target?.parentNode) return null;
      const added = doc.createElement(target.localName === 'li' || target.localName === 'td' ? target.localName : 'p');
      added.textContent = paragraph(rng, 1, 4);
      target.parentNode.insertBefore(added, target);
      return 'live';
    }
    case 'paragraph-removed': {
      const others = [...article.querySelectorAll(BLOCK_SELECTOR)].filter(
        (el) => !live.intersectsNode(el) && !el.querySelector(BLOCK_SELECTOR) && el.textContent!.trim().length > 0,
      );
      if (!others.length) return null;
      pick(rng, others).remove();
      return 'live';
    }
    case 'words-changed': {
      const span = index.spanOfElement(article);
      const outside = words(index.text, span).filter((w) => w.end < stored.span.start - 1 || w.start > stored.span.end + 1);
      if (!outside.length) return null;
      const near = outside.filter((w) => Math.abs(w.end - stored.span.start) < 40 || Math.abs(w.start - stored.span.end) < 40);
      const chosen = new Set<ModelSpan>();
      if (near.length) chosen.add(pick(rng, near));
      while (chosen.size < Math.min(4, outside.length)) chosen.add(pick(rng, outside));
      const ordered = [...chosen].sort((a, b) => b.start - a.start);
      let changed = 0;
      for (const w of ordered) if (replaceWord(rng, index, w)) changed++;
      return changed ? 'live' : null;
    }
    case 'word-inside': {
      const inside = words(index.text, stored.span);
      for (let tries = 0; tries < 5; tries++) {
        if (replaceWord(rng, index, pick(rng, inside))) return 'live';
      }
      return null;
    }
    case 'whitespace': {
      // Quirks that change the text outside the highlight: a stray space before punctuation, a
      // missing space after a full stop. Done with insertData/deleteData so `live` follows them.
      const span = index.spanOfElement(article);
      const spots: Array<{ at: number; insert: boolean }> = [];
      for (let i = span.start; i < span.end - 1; i++) {
        if (i >= stored.span.start - 1 && i <= stored.span.end) continue;
        const c = index.text[i];
        if ((c === ',' || c === ';' || c === ':') && index.text[i - 1] !== ' ') spots.push({ at: i, insert: true });
        else if (c === ' ' && index.text[i - 1] === '.' && rng() < 0.5) spots.push({ at: i, insert: false });
      }
      for (const spot of spots.filter(() => rng() < 0.5).sort((a, b) => b.at - a.at)) {
        const point = index.startPoint(spot.at)!;
        if (spot.insert) point.node.insertData(point.offset, ' ');
        else if (point.node.data[point.offset] === ' ') point.node.deleteData(point.offset, 1);
      }
      return 'live-then-churn';
    }
    case 'nfd': {
      for (const node of textNodes(doc.body)) node.data = node.data.normalize('NFD');
      return 'same';
    }
    case 'tone-placement': {
      // The page switches between old and new tone placement (hoà <-> hòa), highlight included.
      // Lengths do not change, so the highlight keeps its offsets.
      let changed = false;
      for (const node of textNodes(doc.body)) {
        const next = swapTonePlacement(node.data.normalize('NFC'));
        if (next !== node.data.normalize('NFC')) changed = true;
        node.data = next;
      }
      return changed ? 'same' : null;
    }
  }
}

/** 50 random highlights, each edit kind applied to a fresh copy of the page for each highlight. */
function survival(options: { seed: number; count: number; bodyStart: string | null; bodyEnd: string | null }): SurvivalReport {
  const doc = document;
  const found = findArticle(doc, options.bodyStart, options.bodyEnd);
  const articlePath = xpathFromElement(found.element, doc.body);
  const pristine = doc.body.cloneNode(true) as HTMLElement;
  const rng = createRng(options.seed);
  const index0 = buildTextIndex(doc.body);
  const scopes0: AnchorScopes = { article: found.element, document: doc.body };
  const highlights: Stored[] = randomSpans(rng, index0.text, found.span, options.count).map((span) => {
    const selectors = describe(index0.toRange(span.start, span.end)!, scopes0, { index: index0 });
    return { span, quote: index0.text.slice(span.start, span.end), selectors };
  });

  const tallies = Object.fromEntries(EDIT_KINDS.map((k) => [k, { correct: 0, misplaced: 0, orphaned: 0, skipped: 0 }])) as Record<EditKind, Tally>;
  const misplacedSamples: SurvivalReport['misplacedSamples'] = [];
  const via = Object.fromEntries(EDIT_KINDS.map((k) => [k, {}])) as Record<EditKind, Record<string, number>>;
  for (const kind of EDIT_KINDS) {
    for (const h of highlights) {
      doc.body.replaceWith(pristine.cloneNode(true));
      const article = elementFromXPath(articlePath, doc.body)!;
      const scopes: AnchorScopes = { article, document: doc.body };
      const before = buildTextIndex(doc.body);
      const live = before.toRange(h.span.start, h.span.end)!;
      const expectation = applyEdit(kind, rng, doc, article, before, h, live);
      const tally = tallies[kind];
      if (!expectation) {
        tally.skipped++;
        continue;
      }
      let after = buildTextIndex(doc.body);
      if (expectation === 'same' && after.text.length !== before.text.length) throw new Error(`${kind} edit moved the text`);
      if (kind === 'nfd' && after.text !== before.text) throw new Error('NFD changed the text model');
      const expected = expectation === 'same' ? h.span : trimmed(after, after.spanOf(live));
      if (expectation === 'live-then-churn') {
        const settled = after.text;
        churnWhitespace(rng, doc, article);
        after = buildTextIndex(doc.body);
        if (after.text !== settled) throw new Error('whitespace churn changed the text model');
      }
      const got = anchor(h.selectors, scopes, { index: after });
      if (!got) {
        tally.orphaned++;
        continue;
      }
      via[kind][got.via] = (via[kind][got.via] ?? 0) + 1;
      const ok =
        kind === 'word-inside'
          ? got.start < expected.end && expected.start < got.end
          : kind === 'tone-placement'
            ? got.start === expected.start && got.end === expected.end
            : got.start === expected.start && got.end === expected.end && normaliseText(got.text) === h.quote;
      if (ok) tally.correct++;
      else {
        tally.misplaced++;
        if (misplacedSamples.length < 5) misplacedSamples.push({ kind, quote: h.quote, got: got.text });
      }
    }
  }
  doc.body.replaceWith(pristine);
  return { highlights: highlights.length, articleChars: found.span.end - found.span.start, tallies, via, misplacedSamples };
}

(globalThis as unknown as { anchorBench: unknown }).anchorBench = { speed, survival, median };
