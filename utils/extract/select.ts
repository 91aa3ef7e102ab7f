/**
 * A small CSS selector matcher over the page model. linkedom's querySelector walks the whole tree
 * on every call and dominated extraction time; profiles and metadata need only simple selectors
 * (tag, #id, .class, [attr], [attr=v], ^= *= $= ~=, optional ` i`, descendant combinator).
 */
import { attr } from './dom';
import type { ElInfo, PageModel } from './page';

interface AttrTest { name: string; op: '' | '=' | '^=' | '*=' | '$=' | '~='; value: string; ci: boolean }
interface Compound { tag: string; id: string; classes: string[]; attrs: AttrTest[] }
type Complex = Compound[];

const cache = new Map<string, Complex[] | null>();

/** Parses a selector list; null when it uses anything we do not support. */
export function parseSelector(selector: string): Complex[] | null {
  const hit = cache.get(selector);
  if (hit !== undefined) return hit;
  let result: Complex[] | null = [];
  for (const part of selector.split(',')) {
    const complex: Complex = [];
    for (const token of part.trim().split(/\s+(?![^[]*\])/)) {
      const c = parseCompound(token);
      if (!c) {
        result = null;
        break;
      }
      complex.push(c);
    }
    if (!result) break;
    if (complex.length) result.push(complex);
  }
  if (cache.size < 500) cache.set(selector, result);
  return result;
}

function parseCompound(token: string): Compound | null {
  const c: Compound = { tag: '', id: '', classes: [], attrs: [] };
  const re = /^([a-z][\w-]*|\*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~^*$]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*(i)?)?\s*\]/iy;
  let pos = 0;
  while (pos < token.length) {
    re.lastIndex = pos;
    const m = re.exec(token);
    if (!m || m[0].length === 0) return null;
    if (m[1]) c.tag = m[1] === '*' ? '' : m[1].toLowerCase();
    else if (m[2]) c.id = m[2];
    else if (m[3]) c.classes.push(m[3]);
    else if (m[4]) c.attrs.push({ name: m[4].toLowerCase(), op: (m[5] ?? '') as AttrTest['op'], value: m[6] ?? m[7] ?? m[8] ?? '', ci: !!m[9] });
    pos = re.lastIndex;
  }
  return c;
}

function matchesCompound(info: ElInfo, c: Compound): boolean {
  if (c.tag && info.tag !== c.tag) return false;
  if (c.id && attr(info.el, 'id') !== c.id) return false;
  if (c.classes.length) {
    const cls = ` ${attr(info.el, 'class')} `.replace(/\s+/g, ' ');
    for (const k of c.classes) if (!cls.includes(` ${k} `)) return false;
  }
  for (const a of c.attrs) {
    let has = false;
    try {
      has = info.el.hasAttribute(a.name);
    } catch {
      has = false;
    }
    if (!has) return false;
    if (!a.op) continue;
    let v = attr(info.el, a.name);
    let want = a.value;
    if (a.ci) {
      v = v.toLowerCase();
      want = want.toLowerCase();
    }
    if (a.op === '=' && v !== want) return false;
    if (a.op === '^=' && !v.startsWith(want)) return false;
    if (a.op === '$=' && !v.endsWith(want)) return false;
    if (a.op === '*=' && !v.includes(want)) return false;
    if (a.op === '~=' && !v.split(/\s+/).includes(want)) return false;
  }
  return true;
}

/** Cheap pre-test on the class/id string the walk already read. */
function mightMatch(info: ElInfo, c: Compound): boolean {
  if (c.tag && info.tag !== c.tag) return false;
  if (c.id && !info.cid.includes(c.id.toLowerCase())) return false;
  for (const k of c.classes) if (!info.cid.includes(k.toLowerCase())) return false;
  for (const a of c.attrs) {
    // class, id and itemprop were read by the walk: test them without touching the DOM
    if ((a.name === 'class' || a.name === 'id') && a.op && !info.cid.includes(a.value.toLowerCase())) return false;
    if (a.name === 'itemprop' && (!info.prop || (a.op && !info.prop.includes(a.value.toLowerCase())))) return false;
  }
  return true;
}

function matchesComplex(info: ElInfo, complex: Complex): boolean {
  const last = complex[complex.length - 1];
  if (!mightMatch(info, last) || !matchesCompound(info, last)) return false;
  if (complex.length === 1) return true;
  let i = complex.length - 2;
  for (let a = info.parent; a && i >= 0; a = a.parent) {
    if (mightMatch(a, complex[i]) && matchesCompound(a, complex[i])) i--;
  }
  return i < 0;
}

const tagIndexes = new WeakMap<PageModel, Map<string, ElInfo[]>>();

/** Tags → elements, built once per model. */
function byTag(model: PageModel): Map<string, ElInfo[]> {
  let idx = tagIndexes.get(model);
  if (idx) return idx;
  idx = new Map();
  for (const info of model.infos) {
    const t = idx.get(info.tag);
    if (t) t.push(info);
    else idx.set(info.tag, [info]);
  }
  tagIndexes.set(model, idx);
  return idx;
}

interface CidIndex {
  /** Each class token and id on the page → its elements, in document order. */
  byToken: Map<string, ElInfo[]>;
  /** Every token in one text, for substring tests (`[id^="ctl00_"]`). */
  text: string;
}
const cidIndexes = new WeakMap<PageModel, CidIndex>();

/** The page's class tokens and ids → elements, built once per model from the class/id strings the walk read. */
function cidIndex(model: PageModel): CidIndex {
  let idx = cidIndexes.get(model);
  if (!idx) {
    const byToken = new Map<string, ElInfo[]>();
    for (const info of model.infos) {
      const cid = info.cid;
      let start = -1;
      for (let k = 0; k <= cid.length; k++) {
        const space = k === cid.length || cid.charCodeAt(k) <= 32;
        if (!space && start < 0) start = k;
        else if (space && start >= 0) {
          const t = cid.slice(start, k);
          const list = byToken.get(t);
          if (!list) byToken.set(t, [info]);
          else if (list[list.length - 1] !== info) list.push(info);
          start = -1;
        }
      }
    }
    idx = { byToken, text: [...byToken.keys()].join('\n') };
    cidIndexes.set(model, idx);
  }
  return idx;
}

/**
 * The candidate elements for a compound: for a class or id, its elements from the page's token
 * index; for an id/class attribute test (`[id^="ctl00_"]`), a substring scan over the class/id
 * strings the walk already read, when the substring occurs at all; else the elements with its tag;
 * else all.
 */
function candidates(model: PageModel, c: Compound): ElInfo[] {
  const attrToken = c.attrs.find((a) => (a.name === 'id' || a.name === 'class') && a.op && a.value)?.value;
  const token = c.id || c.classes[0] || attrToken;
  if (token) {
    const t = token.toLowerCase();
    const idx = cidIndex(model);
    if (token !== attrToken) {
      // an exact class or id: its elements straight from the index (none, for most profile markers)
      const list = idx.byToken.get(t) ?? [];
      return c.tag ? list.filter((i) => i.tag === c.tag) : list;
    }
    if (!/\s/.test(t) && !idx.text.includes(t)) return [];
    const list = c.tag ? byTag(model).get(c.tag) ?? [] : model.infos;
    return list.filter((i) => i.cid.includes(t));
  }
  if (c.tag) return byTag(model).get(c.tag) ?? [];
  return model.infos;
}

/** Elements of the model matching `selector`, in document order (unsupported selectors match nothing). */
export function selectAll(model: PageModel, selector: string, within: ElInfo | null = null): ElInfo[] {
  const parsed = parseSelector(selector);
  if (!parsed) return [];
  const from = within ? within.order : 0;
  const to = within ? within.end : model.infos.length - 1;
  const found = new Set<ElInfo>();
  for (const cx of parsed) {
    for (const info of candidates(model, cx[cx.length - 1])) {
      if (info.order >= from && info.order <= to && matchesComplex(info, cx)) found.add(info);
    }
  }
  return [...found].sort((a, b) => a.order - b.order);
}

/** The first element (in document order) matching a selector, trying the selectors in order. */
export function selectFirst(model: PageModel, selectors: string[]): ElInfo | null {
  for (const s of selectors) {
    const parsed = parseSelector(s);
    if (!parsed) continue;
    let best: ElInfo | null = null;
    for (const cx of parsed) {
      for (const info of candidates(model, cx[cx.length - 1])) {
        if (best && info.order >= best.order) break;
        if (matchesComplex(info, cx)) {
          best = info;
          break;
        }
      }
    }
    if (best) return best;
  }
  return null;
}

/** Whether any element matches (for profile markers). */
export function selectExists(model: PageModel, selector: string): boolean {
  return selectFirst(model, [selector]) !== null;
}
