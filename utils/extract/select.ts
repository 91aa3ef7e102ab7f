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
  return true;
}

function matchesComplex(info: ElInfo, complex: Complex): boolean {
  const last = complex[complex.length - 1];
  if (!mightMatch(info, last) || !matchesCompound(info, last)) return false;
  let i = complex.length - 2;
  for (let a = info.parent; a && i >= 0; a = a.parent) {
    if (mightMatch(a, complex[i]) && matchesCompound(a, complex[i])) i--;
  }
  return i < 0;
}

/** Elements of the model matching `selector`, in document order (unsupported selectors match nothing). */
export function selectAll(model: PageModel, selector: string, within: ElInfo | null = null): ElInfo[] {
  const parsed = parseSelector(selector);
  if (!parsed) return [];
  const from = within ? within.order : 0;
  const to = within ? within.end : model.infos.length - 1;
  const out: ElInfo[] = [];
  for (let k = from; k <= to; k++) {
    const info = model.infos[k];
    if (parsed.some((cx) => matchesComplex(info, cx))) out.push(info);
  }
  return out;
}

/** The first element matching any of `selectors`, trying them in order. */
export function selectFirst(model: PageModel, selectors: string[]): ElInfo | null {
  for (const s of selectors) {
    const parsed = parseSelector(s);
    if (!parsed) continue;
    for (const info of model.infos) if (parsed.some((cx) => matchesComplex(info, cx))) return info;
  }
  return null;
}

/** Whether any element matches (for profile markers). */
export function selectExists(model: PageModel, selector: string): boolean {
  return selectFirst(model, [selector]) !== null;
}
