/**
 * Finding a stored quote again in the page text when its range and position no longer fit.
 * Candidates are scored like the Hypothesis client (quote 50, prefix 20, suffix 20, position 2);
 * on top of that an acceptance rule refuses weak or ambiguous matches, because government pages
 * repeat boilerplate and a highlight on the wrong paragraph is worse than an orphan.
 */

import search from 'approx-string-match';

/** What the quote was found next to when it was described. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Expected start offset (from a position selector), or null. */
  hint: number | null;
}

/** A scored place where the quote (approximately) occurs. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** 1 - errors / quote length. */
  quoteScore: number;
  /** Similarity (0..1) of the text before/after the match to the stored prefix/suffix. */
  prefixScore: number;
  suffixScore: number;
  /** Weighted total, 0..1. */
  score: number;
}

/** How demanding to be. `strict` is for searching outside the region the highlight came from. */
export interface MatchRules {
  from: number;
  to: number;
  strict: boolean;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/**
 * A runner-up within this many points (quote and context only) of the best makes the match
 * ambiguous (orphan): the position only orders candidates, it never separates two look-alikes.
 * Three points are about five differing characters of context.
 */
const AMBIGUITY_POINTS = 3;
/** Exact quotes this similar to both sides of their old context are taken without a fuzzy search. */
const STRONG_CONTEXT = 0.9;
/** Largest number of exact occurrences scored (a quote found more often is hopeless anyway). */
const MAX_EXACT = 200;
/** Fewest points (quote 50, context 40) any accepted match can have: see `isAcceptable`. */
const MIN_ACCEPTED_POINTS = QUOTE_WEIGHT * 0.75 + (PREFIX_WEIGHT + SUFFIX_WEIGHT) * 0.75;
/** Rounds of "find the best match outside the ones already found". */
const FUZZY_ROUNDS = 2;

/**
 * Find `quote` in `text` between `rules.from` and `rules.to`. Returns null when no candidate passes
 * the acceptance rule (see `isAcceptable`), when two places fit about equally well, or when the
 * winner agrees with only one side of its old context while the old context, intact on both
 * sides, still surrounds some other (edited) text: then the winner is a look-alike of an original
 * that was changed, e.g. a title that repeats the lead paragraph.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext, rules: MatchRules): QuoteMatch | null {
  if (!quote) return null;
  const scorer = (start: number, end: number, errors: number) => scoreMatch(text, quote, context, start, end, errors);
  const decide = (candidates: QuoteMatch[], strict: boolean): QuoteMatch | null => {
    const [best, runnerUp] = topTwo(candidates);
    if (!best || !isAcceptable(best, runnerUp, strict)) return null;
    const oneSided = Math.min(best.prefixScore, best.suffixScore) < STRONG_CONTEXT;
    return oneSided && hasContextRival(text, quote.length, context, best, rules) ? null : best;
  };

  const exact: QuoteMatch[] = [];
  for (let at = text.indexOf(quote, rules.from); at !== -1 && at + quote.length <= rules.to; at = text.indexOf(quote, at + 1)) {
    exact.push(scorer(at, at + quote.length, 0));
    if (exact.length >= MAX_EXACT) return null;
  }
  const [bestExact] = topTwo(exact);
  if (bestExact && bestExact.prefixScore >= STRONG_CONTEXT && bestExact.suffixScore >= STRONG_CONTEXT) {
    const found = decide(exact, rules.strict);
    if (found) return found;
  }
  if (rules.strict) return decide(exact, true);

  // Fuzzy rounds: each finds the lowest-error matches outside every place already found. The error
  // budget of a round only reaches candidates that could still change the decision: ones that
  // could be accepted or come within AMBIGUITY_POINTS of the best so far.
  const candidates = [...exact];
  let taken: Array<[number, number]> = exact.map((m) => [m.start, m.end]);
  let bar = Math.max(MIN_ACCEPTED_POINTS, bestExact ? points(bestExact) : 0);
  for (let round = 0; round < FUZZY_ROUNDS; round++) {
    const maxErrors = errorBudget(quote.length, bar - AMBIGUITY_POINTS);
    const found: QuoteMatch[] = [];
    for (const [from, to] of gaps(rules.from, rules.to, taken)) {
      if (to - from < quote.length - maxErrors) continue;
      const raw = search(text.slice(from, to), quote, maxErrors);
      for (const place of clusters(raw)) {
        const scored = place.map((m) => scorer(m.start + from, m.end + from, m.errors));
        found.push(bestOfPlace(scored, quote.length));
      }
    }
    if (!found.length) break;
    candidates.push(...found);
    taken = taken.concat(found.map((m) => [m.start, m.end] as [number, number]));
    const [best] = topTwo(candidates);
    if (best) bar = Math.max(bar, points(best));
  }
  return decide(candidates, false);
}

/** The weighted points of a match without the position (which never decides on its own). */
function points(m: QuoteMatch): number {
  return QUOTE_WEIGHT * m.quoteScore + PREFIX_WEIGHT * m.prefixScore + SUFFIX_WEIGHT * m.suffixScore;
}

/** Most errors a candidate may have and still reach `minPoints` with a perfect context. */
function errorBudget(length: number, minPoints: number): number {
  const minQuoteScore = (minPoints - PREFIX_WEIGHT - SUFFIX_WEIGHT) / QUOTE_WEIGHT;
  const budget = Math.floor(length * (1 - Math.max(0, minQuoteScore)));
  return Math.max(0, Math.min(256, Math.floor(length / 2), budget));
}

/**
 * Whether the stored context, both sides, still brackets some place other than `best`: the old
 * prefix found (<= 25 % errors) with the old suffix after it within reach of the quote's length,
 * or the old suffix with the old prefix before it. An empty gap counts: the quote was deleted there.
 */
function hasContextRival(text: string, length: number, context: QuoteContext, best: QuoteMatch, rules: MatchRules): boolean {
  const { prefix, suffix } = context;
  if (prefix.length < 8 || suffix.length < 8) return false;
  const reach = Math.ceil(length * 1.5) + 16;
  const region = text.slice(rules.from, rules.to);
  const elsewhere = (gapStart: number, gapEnd: number) => gapEnd >= gapStart && (gapEnd < best.start || gapStart > best.end);
  for (const p of search(region, prefix, Math.floor(prefix.length / 4))) {
    const gapStart = rules.from + p.end;
    const window = text.slice(gapStart, Math.min(rules.to, gapStart + reach + suffix.length));
    const s = search(window, suffix, Math.floor(suffix.length / 4))[0];
    if (s && elsewhere(gapStart, gapStart + s.start)) return true;
  }
  for (const s of search(region, suffix, Math.floor(suffix.length / 4))) {
    const gapEnd = rules.from + s.start;
    const windowStart = Math.max(rules.from, gapEnd - reach - prefix.length);
    const found = search(text.slice(windowStart, gapEnd), prefix, Math.floor(prefix.length / 4));
    const p = found[found.length - 1];
    if (p && elsewhere(windowStart + p.end, gapEnd)) return true;
  }
  return false;
}

/**
 * The minimum acceptance rule.
 * - A runner-up at another place within AMBIGUITY_POINTS (quote + context, no position) of the best:
 *   ambiguous, refuse.
 * - An exact quote needs one side of its context to agree well (>= 0.85) or both fairly (mean >= 0.6):
 *   an edit next to the highlight changes one side, a look-alike paragraph usually changes both.
 * - An approximate quote (a word inside it changed) needs >= 75 % of the quote and its context to
 *   agree on both sides (mean >= 0.75, each >= 0.5).
 * - Strict (outside the article the highlight was made in): exact quote, both sides >= 0.9.
 */
export function isAcceptable(best: QuoteMatch, runnerUp: QuoteMatch | null, strict: boolean): boolean {
  if (runnerUp && points(best) - points(runnerUp) < AMBIGUITY_POINTS) return false;
  const p = best.prefixScore;
  const s = best.suffixScore;
  const mean = (p + s) / 2;
  if (strict) return best.errors === 0 && p >= STRONG_CONTEXT && s >= STRONG_CONTEXT;
  if (best.errors === 0) return Math.max(p, s) >= 0.85 || mean >= 0.6;
  return best.quoteScore >= 0.75 && mean >= 0.75 && Math.min(p, s) >= 0.5;
}

/** Similarity of `actual` to `expected` (0..1): 1 - edit errors of the best alignment / length. */
export function similarity(actual: string, expected: string): number {
  if (!expected) return actual ? 0.5 : 1;
  if (!actual) return 0;
  if (actual === expected) return 1;
  const matches = search(actual, expected, expected.length);
  return matches.length ? 1 - matches[0].errors / expected.length : 0;
}

function scoreMatch(text: string, quote: string, context: QuoteContext, start: number, end: number, errors: number): QuoteMatch {
  const quoteScore = Math.max(0, 1 - errors / quote.length);
  const prefixScore = similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix);
  const suffixScore = similarity(text.slice(end, end + context.suffix.length), context.suffix);
  const positionScore = context.hint === null || !text.length ? 1 : 1 - Math.abs(start - context.hint) / text.length;
  const score =
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) /
    TOTAL_WEIGHT;
  return { start, end, errors, quoteScore, prefixScore, suffixScore, score };
}

/** The best match and the best one that does not overlap it. */
function topTwo(matches: QuoteMatch[]): [QuoteMatch | null, QuoteMatch | null] {
  let best: QuoteMatch | null = null;
  for (const m of matches) if (!best || m.score > best.score) best = m;
  if (!best) return [null, null];
  let runnerUp: QuoteMatch | null = null;
  for (const m of matches) {
    if (m.start < best.end && best.start < m.end) continue;
    if (!runnerUp || m.score > runnerUp.score) runnerUp = m;
  }
  return [best, runnerUp];
}

/** Within one place, the best score; on a tie the span closest to the quote's length. */
function bestOfPlace(scored: QuoteMatch[], length: number): QuoteMatch {
  return scored.reduce((a, b) => {
    if (b.score !== a.score) return b.score > a.score ? b : a;
    return Math.abs(b.end - b.start - length) < Math.abs(a.end - a.start - length) ? b : a;
  });
}

/** Group raw matches into places (overlapping spans are one place). */
function clusters<T extends { start: number; end: number }>(matches: T[]): T[][] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const out: T[][] = [];
  let end = -1;
  for (const m of sorted) {
    if (out.length && m.start < end) {
      out[out.length - 1].push(m);
      end = Math.max(end, m.end);
    } else {
      out.push([m]);
      end = m.end;
    }
  }
  return out;
}

/** The parts of [from, to) not covered by `taken`. */
function gaps(from: number, to: number, taken: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...taken].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let at = from;
  for (const [s, e] of sorted) {
    if (s > at) out.push([at, Math.min(s, to)]);
    at = Math.max(at, e);
    if (at >= to) break;
  }
  if (at < to) out.push([at, to]);
  return out.filter(([s, e]) => e > s);
}
