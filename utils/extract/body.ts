/**
 * Finding the main content: paragraphs vote for their ancestors (text length, commas), link-heavy
 * and boilerplate-named regions lose, the best container plus its content-like siblings win; then
 * lists, tables and blocks that look like navigation are dropped inside it. Works on the page model,
 * never mutates the document.
 */
import { classWeight, isUnlikely } from './classes';
import { NUMBER_LINE } from './document-number';
import type { ElInfo, Line, PageModel } from './page';
import { contains } from './page';
import { looseKey } from './text';

/** The chosen content and its kept lines. */
export interface BodySelection {
  /** The main content element (the top candidate). */
  container: ElInfo | null;
  /** The container and the sibling elements merged with it, in document order. */
  parts: ElInfo[];
  /** Subtrees inside `parts` that were dropped. */
  removed: ElInfo[];
  /** Kept lines in reading order. */
  lines: Line[];
  /** Confidence 0..1 in the selection. */
  confidence: number;
}

interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

const TAG_BASE: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
/** Blocks whose text does not vote (Readability-style: list items and table structure do not). */
const NON_SCORING = new Set(['li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'tbody', 'thead', 'tfoot', 'table', 'h1', 'th', 'caption', 'figcaption', 'label', 'legend', 'nav', 'footer', 'aside', 'header', 'html', 'body', 'address', 'form', 'fieldset', 'option', 'summary']);
const DROP_TAGS = new Set(['footer', 'aside', 'nav', 'fieldset']);
const CONDITIONAL = new Set(['table', 'ul', 'ol', 'div', 'form', 'section', 'dl']);
const CHAR_THRESHOLD = 500;
const SIGN_IN_BOX = /sign-?in-|signin|log-?in-|registration-wall|register-wall|apphint|app-hint|app-promo|app-banner|newsletter-(?:box|signup|teaser|promo)/;
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|hide|is-hidden|u-hidden|visually-hidden|sr-only|screen-reader-text|invisible)(?:\s|$)/;

/** Main-content selection on a page model. `title` helps drop a heading that repeats it. */
export function selectBody(model: PageModel, title: string, preferred: ElInfo | null = null): BodySelection {
  const attempts: Flags[] = [
    { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
  ];
  let best: BodySelection | null = null;
  let bestLen = -1;
  for (const flags of attempts) {
    const sel = preferred ? selectFrom(model, [preferred], title, flags) : grab(model, title, flags);
    const len = sel.lines.reduce((n, l) => n + l.text.length, 0);
    if (len >= CHAR_THRESHOLD) return sel;
    if (len > bestLen) {
      best = sel;
      bestLen = len;
    }
  }
  return best ?? { container: null, parts: [], removed: [], lines: [], confidence: 0 };
}

/** The national motto heading an administrative text (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`). */
const MOTTO = /^C[ỘO]NG H[ÒOÓ]A X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM$/iu;

/**
 * An administrative text's header (the motto beside `Số: 312/TB-SNV`) is the text's own, whatever its box is
 * called: a `<table class="header">` holding it is no page header, and it keeps the text's number and issuing body.
 */
function isTextHeader(model: PageModel, info: ElInfo): boolean {
  if (info.lastLine - info.firstLine > 12) return false;
  let motto = false;
  let number = false;
  for (let i = info.firstLine; i < info.lastLine; i++) {
    const t = model.lines[i].text.trim().normalize('NFC');
    if (MOTTO.test(t)) motto = true;
    else if (NUMBER_LINE.test(t)) number = true;
  }
  return motto && number;
}

function grab(model: PageModel, title: string, flags: Flags): BodySelection {
  const { lines } = model;
  const root = model.body;
  if (!root || !lines.length) return { container: null, parts: [], removed: [], lines: [], confidence: 0 };

  // unlikely regions as pre-order intervals (nested ones are covered by their outermost)
  const unlikely: ElInfo[] = [];
  if (flags.stripUnlikely) {
    for (const info of model.infos) {
      if (unlikely.length && contains(unlikely[unlikely.length - 1], info)) continue;
      if (info.order <= root.order || info.order > root.end) continue;
      if (isUnlikely(info.cid, info.role, info.tag) && !insideTableOrCode(info) && !isTextHeader(model, info)) unlikely.push(info);
    }
  }
  const inUnlikely = makeIntervalTest(unlikely);

  const scores = new Map<ElInfo, number>();
  const init = (info: ElInfo): void => {
    if (scores.has(info)) return;
    scores.set(info, (TAG_BASE[info.tag] ?? 0) + (flags.weightClasses ? classWeight(info.cid) : 0));
  };

  // group lines by their block: a `<p>` split by `<br>` votes once
  let i = 0;
  while (i < lines.length) {
    const block = lines[i].block;
    let j = i;
    let len = 0;
    let commas = 0;
    while (j < lines.length && lines[j].block === block) {
      len += lines[j].text.length + 1;
      commas += countCommas(lines[j].text);
      j++;
    }
    const first = lines[i];
    i = j;
    if (len < 25 || NON_SCORING.has(block.tag) || !contains(root, block) || inUnlikely(block)) continue;
    if (insideTag(block, 'li', 3)) continue;
    // code blocks count as content but must not outvote the prose around them (they are long and comma-rich)
    const code = model.hasCode && inCodePre(block);
    const score = code ? 1 + Math.min(commas, 1) : 1 + commas + Math.min(Math.floor(len / 100), 3);
    // text mixed with child blocks gets wrapped in a virtual <p> inside the block itself
    const mixed = block.tag !== 'p' && block.lastLine - block.firstLine > j - first.index;
    let anc: ElInfo | null = mixed && block.tag !== 'td' ? block : block.parent;
    for (let level = 0; anc && level < 5; level++, anc = anc.parent) {
      if (!anc.parent && anc.tag !== 'body') break;
      init(anc);
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? 0) + score / div);
    }
  }
  if (!scores.size) return selectFrom(model, [root], title, flags);

  const ranked: Array<{ info: ElInfo; score: number }> = [];
  for (const [info, s] of scores) {
    const ld = info.textLen ? info.linkLen / info.textLen : 0;
    ranked.push({ info, score: s * (1 - ld) });
  }
  ranked.sort((a, b) => b.score - a.score);
  const final = new Map(ranked.map((r) => [r.info, r.score]));
  let top = ranked[0].info;
  const topScore = ranked[0].score;
  if (top.tag === 'body' || top.tag === 'html') return selectFrom(model, [top], title, flags, topScore);

  // several strong candidates under one ancestor: the ancestor is the article
  const alternatives = ranked.slice(1, 5).filter((r) => r.score / topScore >= 0.75).map((r) => r.info);
  if (alternatives.length >= 3) {
    for (let p = top.parent; p && p.tag !== 'body'; p = p.parent) {
      if (alternatives.filter((a) => contains(p as ElInfo, a)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // climb while the parent scores at least as well (the article is split across wrappers)
  let last = final.get(top) ?? 0;
  const threshold = last / 3;
  for (let p = top.parent; p && p.tag !== 'body'; p = p.parent) {
    const ps = final.get(p);
    if (ps === undefined) continue;
    if (ps < threshold) break;
    if (ps > last) {
      top = p;
      break;
    }
    last = ps;
  }
  // a code block's cell or figure is not the article: climb to the prose around it
  if (codeShare(model, top) > 0.8) {
    // (out of the <pre> too: editors nest whole widgets of divs inside it)
    let start = top;
    for (let p: ElInfo | null = top; p && p.tag !== 'body'; p = p.parent) if (p.tag === 'pre') start = p;
    for (let p = start.parent; p && p.tag !== 'body'; p = p.parent) {
      if (!CODE_WRAPPERS.has(p.tag) && !/highlight|code|syntax/.test(p.cid)) {
        top = p;
        break;
      }
    }
  }
  // on a short page, the single <article> holds the whole story when the best block is only part of it
  const articles = top.textLen < 500 ? model.infos.filter((i) => i.tag === 'article') : [];
  if (articles.length === 1 && articles[0] !== top && contains(articles[0], top)) {
    const art = articles[0];
    if (art.textLen < top.textLen * 4 && (art.textLen ? art.linkLen / art.textLen : 0) < 0.35) top = art;
  }
  // the story split into same-named chunks under different wrappers (`story-body-1`, `story-body-2`):
  // take the nearest ancestor (within three levels) that holds another chunk with paragraphs
  const token = classOf(top).split(/\s+/)[0];
  if (token) {
    for (let a = top.parent, n = 0; a && n < 3 && a.tag !== 'body'; a = a.parent, n++) {
      let twin = false;
      for (let k = a.order + 1; k <= a.end && !twin; k++) {
        const d = model.infos[k];
        if (d.p >= 2 && d !== top && !contains(top, d) && !contains(d, top) && d.cid.startsWith(token.toLowerCase()) && classOf(d).split(/\s+/)[0] === token) twin = true;
      }
      if (twin) {
        top = a;
        break;
      }
    }
  }
  // a lone child stands for its parent
  while (top.parent && top.parent.tag !== 'body' && elementChildren(model, top.parent).length === 1) top = top.parent;

  // siblings that look like more of the article
  const topFinal = final.get(top) ?? topScore;
  const parts: ElInfo[] = [];
  const parent = top.parent;
  if (!parent) return selectFrom(model, [top], title, flags, topFinal);
  const sibThreshold = Math.max(10, topFinal * 0.2);
  const topClass = classOf(top);
  for (const sib of elementChildren(model, parent)) {
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    // (a footer, comment or newsletter sibling never joins, whatever the attempt: a short article would take it in)
    if ((flags.stripUnlikely && inUnlikely(sib)) || isUnlikely(sib.cid, sib.role, sib.tag)) continue;
    const bonus = topClass && classOf(sib) === topClass ? topFinal * 0.2 : 0;
    const s = final.get(sib);
    if (s !== undefined && s + bonus >= sibThreshold) {
      parts.push(sib);
      continue;
    }
    // a container of several plain paragraphs whose votes decayed before reaching it is more of the story
    if (sib.p >= 3 && sib.textLen >= 500 && sib.linkLen / sib.textLen < 0.2 && !(sib.cid && classWeight(sib.cid) < 0)) {
      parts.push(sib);
      continue;
    }
    if (sib.tag === 'p' || (sib.tag === 'div' && sib.lastLine - sib.firstLine === 1)) {
      const ld = sib.textLen ? sib.linkLen / sib.textLen : 0;
      const text = model.lines.slice(sib.firstLine, sib.lastLine).map((l) => l.text).join(' ');
      if ((text.length > 80 && ld < 0.25) || (text.length > 0 && text.length <= 80 && ld === 0 && /\.( |$)/.test(text))) parts.push(sib);
    }
  }
  return selectFrom(model, parts, title, flags, topFinal, unlikely, scores);
}

/** Cleans inside the chosen parts and returns the kept lines. */
function selectFrom(model: PageModel, parts: ElInfo[], title: string, flags: Flags, score = 0, unlikely: ElInfo[] = [], scores: Map<ElInfo, number> = new Map()): BodySelection {
  const removed: ElInfo[] = [];
  const deltas = new Map<ElInfo, Counts>();
  const partSet = new Set(parts);
  const titleKey = looseKey(title);
  const inUnlikely = makeIntervalTest(unlikely);
  for (const part of parts) {
    // reverse pre-order: inner blocks are judged first and their removal updates outer counts
    for (let k = part.end; k >= part.order; k--) {
      const info = model.infos[k];
      if (inUnlikely(info)) {
        if (!partSet.has(info)) drop(info);
        continue;
      }
      // a sibling taken in with the article is still dropped when it is hidden or a sign-in box
      const part = partSet.has(info) && !(parts.length > 1 && info.cid && (HIDDEN_CLASS.test(info.cid) || SIGN_IN_BOX.test(info.cid)));
      if (shouldDrop(model, info, flags, deltas, part, titleKey, scores.get(info) ?? 0)) drop(info);
    }
  }
  const isRemoved = makeIntervalTest(removed);
  const kept: Line[] = [];
  for (const part of parts) {
    for (let li = part.firstLine; li < part.lastLine; li++) {
      const line = model.lines[li];
      if (!isRemoved(line.block)) kept.push(line);
    }
  }
  const textLen = kept.reduce((n, l) => n + l.text.length, 0);
  const confidence = Math.max(0.05, Math.min(0.95, (score > 0 ? 0.4 : 0.2) + Math.min(textLen, 3000) / 6000));
  return { container: parts.length === 1 ? parts[0] : commonParent(parts), parts, removed, lines: kept, confidence };

  function drop(info: ElInfo): void {
    removed.push(info);
    const c = countsOf(info, deltas);
    for (let a = info.parent; a; a = a.parent) {
      const d = deltas.get(a) ?? zero();
      d.text += c.text;
      d.link += c.link;
      d.p += c.p + (info.tag === 'p' ? 1 : 0);
      d.img += c.img + (info.tag === 'img' ? 1 : 0);
      d.li += c.li + (info.tag === 'li' ? 1 : 0);
      d.input += c.input;
      d.embed += c.embed;
      d.heading += c.heading;
      d.commas += c.commas;
      deltas.set(a, d);
      if (partSet.has(a)) break;
    }
  }
}

interface Counts { text: number; link: number; p: number; img: number; li: number; input: number; embed: number; heading: number; commas: number }
const zero = (): Counts => ({ text: 0, link: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, heading: 0, commas: 0 });

/** Subtree counts of `info` minus what was already dropped inside it. */
function countsOf(info: ElInfo, deltas: Map<ElInfo, Counts>): Counts {
  const d = deltas.get(info);
  const c: Counts = { text: info.textLen, link: info.linkLen, p: info.p, img: info.img, li: info.li, input: info.input, embed: info.embed, heading: info.headingLen, commas: info.commas };
  if (!d) return c;
  return { text: c.text - d.text, link: c.link - d.link, p: c.p - d.p, img: c.img - d.img, li: c.li - d.li, input: c.input - d.input, embed: c.embed - d.embed, heading: c.heading - d.heading, commas: c.commas - d.commas };
}

function shouldDrop(model: PageModel, info: ElInfo, flags: Flags, deltas: Map<ElInfo, Counts>, isPart: boolean, titleKey: string, contentScore: number): boolean {
  const tag = info.tag;
  if (!isPart && DROP_TAGS.has(tag)) return true;
  if (!isPart && info.cid && /share|sharedaddy|partage|teilen|chia-se|chiase/.test(info.cid) && info.textLen < 500) return true;
  // hidden by a utility class (`hidden`, `d-none`, `sr-only`): a sign-in wall or screen-reader text, not shown
  if (!isPart && info.cid && HIDDEN_CLASS.test(info.cid) && info.textLen < 600) return true;
  // a sign-in or registration wall, an app or newsletter promotion set inside the text
  if (!isPart && info.cid && SIGN_IN_BOX.test(info.cid) && info.textLen < 2000 && info.p < 8) return true;
  // a sign-up box (named so, with its e-mail field) goes whatever the attempt: a short article must not keep it
  if (!isPart && info.input > 0 && info.textLen < 400 && info.cid && /newsletter|subscri|signup|sign-up|register|dang-ky|dangky/.test(info.cid)) return true;
  if ((tag === 'h1' || tag === 'h2') && titleKey) {
    const k = looseKey(model.lines.slice(info.firstLine, info.lastLine).map((l) => l.text).join(' '));
    if (k && (k === titleKey || (titleKey.length > 15 && similarity(k, titleKey) > 0.75))) return true;
  }
  if ((tag === 'h1' || tag === 'h2') && flags.weightClasses && classWeight(info.cid) < 0) return true;
  if (!flags.cleanConditionally || !CONDITIONAL.has(tag)) return false;
  if (tag === 'table' && isDataTable(model, info)) return false;
  if (insideTag(info, 'code', 50)) return false;
  const c = countsOf(info, deltas);
  const weight = flags.weightClasses ? classWeight(info.cid) : 0;
  // a boilerplate name loses only when the block's own text did not outvote it
  if (weight + contentScore < 0 && !isPart) return true;
  if (c.commas >= 10) return false;
  const isList = tag === 'ul' || tag === 'ol' || (tag === 'div' && c.li > 0 && c.li >= c.p && c.text > 0 && listTextShare(model, info) > 0.9);
  const p = c.p;
  const img = c.img;
  const li = c.li - 100;
  const ld = c.text ? c.link / c.text : 0;
  const headingDensity = c.text ? c.heading / c.text : 0;
  const inFigure = insideTag(info, 'figure', 10);
  if (img > 1 && p / img < 0.5 && !inFigure) return true;
  if (!isList && li > p) return true;
  if (c.input > Math.floor(p / 3)) return true;
  // a short right-aligned block without links is a signature line (`<div align="right"><b>Name</b></div>`), kept
  if (!isList && headingDensity < 0.9 && c.text < 25 && (img === 0 || img > 2) && !inFigure && !(c.link === 0 && c.text > 0 && rightAligned(info))) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((c.embed === 1 && c.text < 75) || c.embed > 1) return true;
  if (isList && ld > 0.5) return true;
  return false;
}

function rightAligned(info: ElInfo): boolean {
  const align = (info.el.getAttribute?.('align') ?? '').toLowerCase();
  return align === 'right' || /text-align\s*:\s*right/i.test(info.el.getAttribute?.('style') ?? '');
}

const CODE_WRAPPERS = new Set(['td', 'tr', 'tbody', 'thead', 'table', 'figure', 'pre', 'code']);

/** Share of an element's text inside `<pre>`. */
function codeShare(model: PageModel, info: ElInfo): number {
  let code = 0;
  let all = 0;
  for (let i = info.firstLine; i < info.lastLine; i++) {
    const l = model.lines[i];
    all += l.text.length;
    if (model.hasCode && inCodePre(l.block)) code += l.text.length;
  }
  return all ? code / all : 0;
}

/** Inside a `<pre>` that holds code (prose set in `<pre>` on old portals counts as prose). */
function inCodePre(info: ElInfo): boolean {
  for (let a: ElInfo | null = info, n = 0; a && n < 24; a = a.parent, n++) if (a.tag === 'pre') return !!a.code;
  return false;
}

/** Share of a container's text that sits in list items. */
function listTextShare(model: PageModel, info: ElInfo): number {
  let inLi = 0;
  let all = 0;
  for (let i = info.firstLine; i < info.lastLine; i++) {
    const l = model.lines[i];
    all += l.text.length;
    if (l.block.tag === 'li' || insideTag(l.block, 'li', 4)) inLi += l.text.length;
  }
  return all ? inLi / all : 0;
}

function isDataTable(model: PageModel, info: ElInfo): boolean {
  const el = info.el;
  const role = info.role;
  if (role === 'presentation') return false;
  if (el.getAttribute?.('datatable') === '0') return false;
  if (el.getAttribute?.('summary')) return true;
  let rows = 0;
  let cols = 0;
  let nested = false;
  for (let k = info.order + 1; k <= info.end && k < info.order + 2000; k++) {
    const d = model.infos[k];
    if (d.tag === 'caption' || d.tag === 'thead' || d.tag === 'tfoot' || d.tag === 'th' || d.tag === 'colgroup') return true;
    if (d.tag === 'table') nested = true;
    if (d.tag === 'tr') {
      rows++;
      let c = 0;
      for (let q = d.order + 1; q <= d.end; q++) if (model.infos[q].parent === d) c++;
      cols = Math.max(cols, c);
    }
  }
  if (nested) return false;
  if (rows === 1 || cols === 1) return false;
  if (rows >= 10 || cols > 4) return true;
  return rows * cols > 10;
}

function insideTableOrCode(info: ElInfo): boolean {
  for (let a = info.parent, n = 0; a && n < 30; a = a.parent, n++) if (a.tag === 'table' || a.tag === 'code') return true;
  return false;
}

function insideTag(info: ElInfo, tag: string, max: number): boolean {
  for (let a = info.parent, n = 0; a && n < max; a = a.parent, n++) if (a.tag === tag) return true;
  return false;
}

/** Direct element children that the walk visited. */
function elementChildren(model: PageModel, info: ElInfo): ElInfo[] {
  const out: ElInfo[] = [];
  for (let k = info.order + 1; k <= info.end; ) {
    const c = model.infos[k];
    out.push(c);
    k = c.end + 1;
  }
  return out;
}

function classOf(info: ElInfo): string {
  return (info.el.getAttribute?.('class') ?? '').trim();
}

function commonParent(parts: ElInfo[]): ElInfo | null {
  return parts[0]?.parent ?? null;
}

function countCommas(s: string): number {
  const m = s.match(/[,，、،]/g);
  return m ? m.length : 0;
}

/** Token-set overlap of two keys (0..1). */
export function similarity(a: string, b: string): number {
  const ta = new Set(a.split(' ').filter(Boolean));
  const tb = b.split(' ').filter(Boolean);
  if (!ta.size || !tb.length) return 0;
  const union = new Set([...ta, ...tb]);
  let shared = 0;
  for (const t of new Set(tb)) if (ta.has(t)) shared++;
  return shared / union.size;
}

/** A test `(info) => inside any of these intervals`, fast for sorted, non-overlapping input. */
function makeIntervalTest(list: ElInfo[]): (info: ElInfo) => boolean {
  if (!list.length) return () => false;
  const sorted = [...list].sort((a, b) => a.order - b.order);
  const merged: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.order <= last[1]) last[1] = Math.max(last[1], s.end);
    else merged.push([s.order, s.end]);
  }
  return (info: ElInfo): boolean => {
    let lo = 0;
    let hi = merged.length - 1;
    const o = info.order;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = merged[mid];
      if (o < a) hi = mid - 1;
      else if (o > b) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
