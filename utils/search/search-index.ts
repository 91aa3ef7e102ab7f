/**
 * In-memory inverted index over clips (title, body, highlight quotes, notes, tags, site, authors)
 * that answers a typed query in a few milliseconds for 10,000 clips: every query word must match
 * (AND), the last word matches as a prefix while the user is still typing it, diacritics are
 * optional, and typing them ranks exact-diacritic matches first.
 */
import { scanWords, tokenForms, tokenize } from './tokenize';

/** The searchable fields of a clip, from most to least telling. */
export const SEARCH_FIELDS = ['title', 'quotes', 'notes', 'tags', 'authors', 'site', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** What the index is built from: one per clip; multi-valued fields are joined with newlines. */
export interface SearchDocument {
  id: string;
  fields: Partial<Record<SearchField, string>>;
}

/** One result: the clip id, its score and the fields where query words were found. */
export interface SearchHit {
  id: string;
  score: number;
  fields: readonly SearchField[];
}

export interface SearchOptions {
  /**
   * Match the last query word as a prefix ("thi đ" finds "thi đua"). Default: true unless the
   * query ends with a space or punctuation, i.e. the user finished the word.
   */
  prefixLast?: boolean;
}

/** Field weights: a word in the title says more about a clip than one somewhere in the body. */
const FIELD_WEIGHT: Record<SearchField, number> = {
  title: 10,
  quotes: 5,
  notes: 5,
  tags: 5,
  authors: 4,
  site: 3,
  body: 1,
};
const FIELD_COUNT = SEARCH_FIELDS.length;
/** Postings pack `slot << FIELD_COUNT | fieldMask` into one small integer (slots < 2^24). */
const MASK_SPAN = 1 << FIELD_COUNT;
const MASK_BITS = MASK_SPAN - 1;
/** Whole-word matches beat prefix matches; matching the typed diacritics adds half the weight again. */
const PREFIX_FACTOR = 0.7;
const EXACT_BONUS = 0.5;

/** The fields of each mask, shared by all hits so a 10,000-hit answer allocates no field arrays. */
const MASK_FIELDS: readonly SearchField[][] = Array.from({ length: MASK_SPAN }, (_, mask) =>
  SEARCH_FIELDS.filter((_, i) => mask & (1 << i)),
);

const MASK_WEIGHT: Float64Array = (() => {
  const w = new Float64Array(MASK_SPAN);
  for (let mask = 1; mask < MASK_SPAN; mask++) {
    let best = 0;
    SEARCH_FIELDS.forEach((f, i) => {
      if (mask & (1 << i) && FIELD_WEIGHT[f] > best) best = FIELD_WEIGHT[f];
    });
    w[mask] = best;
  }
  return w;
})();

/**
 * Tokens (numbered once, never renumbered) and their postings, with a lazily sorted token list for
 * prefix lookups and per-document stamps so a document's repeated words cost no extra allocation.
 */
class TokenTable {
  private readonly idOf = new Map<string, number>();
  private readonly tokens: string[] = [];
  readonly lists: number[][] = [];
  private stamp = new Int32Array(1024);
  private mask = new Uint8Array(1024);
  private sorted: number[] = [];
  private dirty = false;

  /** The id of `token`, numbering it when new. */
  intern(token: string): number {
    let id = this.idOf.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.idOf.set(token, id);
      this.tokens.push(token);
      this.lists.push([]);
      this.dirty = true;
      if (id >= this.stamp.length) {
        const stamp = new Int32Array(this.stamp.length * 2);
        stamp.set(this.stamp);
        this.stamp = stamp;
        const mask = new Uint8Array(this.mask.length * 2);
        mask.set(this.mask);
        this.mask = mask;
      }
    }
    return id;
  }

  /** Note that the document being added (`generation`) has token `id` in the field `bit`. */
  mark(id: number, generation: number, bit: number, touched: number[]): void {
    if (this.stamp[id] !== generation) {
      this.stamp[id] = generation;
      this.mask[id] = bit;
      touched.push(id);
    } else this.mask[id] |= bit;
  }

  /** Write the postings of the marked tokens for `slot`. */
  flush(touched: number[], slot: number): void {
    const base = slot << FIELD_COUNT;
    for (const id of touched) this.lists[id].push(base | this.mask[id]);
  }

  /** Ids of tokens equal to `key`, or starting with it when `prefix`. */
  matching(key: string, prefix: boolean): { id: number; whole: boolean }[] {
    if (!prefix) {
      const id = this.idOf.get(key);
      return id === undefined ? [] : [{ id, whole: true }];
    }
    if (this.dirty) {
      this.sorted = this.tokens.map((_, i) => i).sort((a, b) => (this.tokens[a] < this.tokens[b] ? -1 : 1));
      this.dirty = false;
    }
    const keys = this.sorted;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[keys[mid]] < key) lo = mid + 1;
      else hi = mid;
    }
    const out: { id: number; whole: boolean }[] = [];
    for (let i = lo; i < keys.length && this.tokens[keys[i]].startsWith(key); i++) {
      out.push({ id: keys[i], whole: this.tokens[keys[i]] === key });
    }
    return out;
  }

  /** Drop dead slots and renumber live ones (`remap[old]` is the new slot, or -1). */
  compact(remap: Int32Array): void {
    this.lists.forEach((list, id) => {
      const kept: number[] = [];
      for (const p of list) {
        const next = remap[p >>> FIELD_COUNT];
        if (next >= 0) kept.push((next << FIELD_COUNT) | (p & MASK_BITS));
      }
      this.lists[id] = kept;
    });
  }
}

/**
 * The search index. Documents are added, removed and updated one at a time; removal marks the slot
 * dead and the postings are compacted once dead slots outnumber live ones.
 */
export class SearchIndex {
  private readonly folded = new TokenTable();
  /** Only tokens that carry diacritics: their folded form is indexed in `folded` too. */
  private readonly exact = new TokenTable();
  /** Raw word → [folded token id, exact token id or -1]. */
  private readonly words = new Map<string, [number, number]>();
  private generation = 0;
  private slotIds: (string | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private dead = 0;

  /** Number of documents in the index. */
  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Index a document (replacing any document with the same id). */
  add(doc: SearchDocument): void {
    if (this.slotOf.has(doc.id)) this.remove(doc.id);
    const slot = this.slotIds.length;
    this.slotIds.push(doc.id);
    this.slotOf.set(doc.id, slot);
    const generation = ++this.generation;
    const touchedFolded: number[] = [];
    const touchedExact: number[] = [];
    SEARCH_FIELDS.forEach((field, i) => {
      const text = doc.fields[field];
      if (!text) return;
      const bit = 1 << i;
      scanWords(text, (word) => {
        let ref = this.words.get(word);
        if (!ref) {
          const { exact, folded } = tokenForms(word);
          ref = [this.folded.intern(folded), exact === folded ? -1 : this.exact.intern(exact)];
          this.words.set(word, ref);
        }
        this.folded.mark(ref[0], generation, bit, touchedFolded);
        if (ref[1] >= 0) this.exact.mark(ref[1], generation, bit, touchedExact);
      });
    });
    this.folded.flush(touchedFolded, slot);
    this.exact.flush(touchedExact, slot);
  }

  /** Replace a document's indexed text. */
  update(doc: SearchDocument): void {
    this.add(doc);
  }

  /** Remove a document; unknown ids are ignored. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.slotIds[slot] = null;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.slotOf.size) this.compact();
  }

  private compact(): void {
    const remap = new Int32Array(this.slotIds.length).fill(-1);
    const ids: (string | null)[] = [];
    this.slotIds.forEach((id, slot) => {
      if (id === null) return;
      remap[slot] = ids.length;
      this.slotOf.set(id, ids.length);
      ids.push(id);
    });
    this.folded.compact(remap);
    this.exact.compact(remap);
    this.slotIds = ids;
    this.dead = 0;
  }

  /**
   * Ranked hits for a query, best first (ties keep insertion order). A query with no words
   * returns null, meaning "no search": the caller shows everything.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] | null {
    const words = tokenize(query);
    if (words.length === 0) return null;
    const prefixLast = options.prefixLast ?? /[\p{L}\p{M}\p{N}]$/u.test(query);
    const seen = new Set<string>();
    const terms = words
      .map((w, i) => ({ ...w, prefix: prefixLast && i === words.length - 1 }))
      .filter((w) => {
        const key = `${w.exact}|${w.prefix}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });

    const n = this.slotIds.length;
    const score = new Float64Array(n);
    const matched = new Uint16Array(n);
    const fieldMask = new Uint8Array(n);
    const best = new Float64Array(n);
    const bestMask = new Uint8Array(n);
    const exactBest = new Float64Array(n);

    terms.forEach((term, round) => {
      const touched: number[] = [];
      for (const { id, whole } of this.folded.matching(term.folded, term.prefix)) {
        const factor = whole ? 1 : PREFIX_FACTOR;
        const list = this.folded.lists[id];
        for (let k = 0; k < list.length; k++) {
          const p = list[k];
          const slot = p >>> FIELD_COUNT;
          if (matched[slot] !== round) continue;
          const mask = p & MASK_BITS;
          const s = MASK_WEIGHT[mask] * factor;
          if (bestMask[slot] === 0) touched.push(slot);
          if (s > best[slot]) best[slot] = s;
          bestMask[slot] |= mask;
        }
      }
      if (term.exact !== term.folded) {
        for (const { id } of this.exact.matching(term.exact, term.prefix)) {
          const list = this.exact.lists[id];
          for (let k = 0; k < list.length; k++) {
            const p = list[k];
            const slot = p >>> FIELD_COUNT;
            const bonus = MASK_WEIGHT[p & MASK_BITS] * EXACT_BONUS;
            if (bestMask[slot] !== 0 && bonus > exactBest[slot]) exactBest[slot] = bonus;
          }
        }
      }
      for (const slot of touched) {
        matched[slot] = round + 1;
        score[slot] += best[slot] + exactBest[slot];
        fieldMask[slot] |= bestMask[slot];
        best[slot] = 0;
        exactBest[slot] = 0;
        bestMask[slot] = 0;
      }
    });

    const hits: SearchHit[] = [];
    for (let slot = 0; slot < n; slot++) {
      const id = this.slotIds[slot];
      if (id === null || matched[slot] !== terms.length) continue;
      hits.push({ id, score: score[slot], fields: MASK_FIELDS[fieldMask[slot]] });
    }
    return hits.sort((a, b) => b.score - a.score);
  }
}
