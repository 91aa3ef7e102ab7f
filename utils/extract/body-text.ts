/**
 * From the chosen content lines to clean body text: the title and toolbars above it, a leading photo
 * caption and related-news tails are dropped, the sapo before the container is kept, and lines
 * become paragraphs. Also tells a listing page (items with their own dates) from an article.
 */
import { findDates } from './dates';
import type { Line, PageModel } from './page';
import type { SignatureFound } from './signature';
import { isToolLine } from './page-tools';
import { cleanText, looseKey } from './text';

const RELATED = /^(?:(?:các\s+)?(?:tin|bài|bài viết|tin bài)\s+(?:liên quan|khác|cùng chuyên mục|đã đưa|mới|mới nhất|xem nhiều|nổi bật|đọc nhiều)|xem thêm|đọc thêm|related(?: articles| stories| news| posts)?|more (?:from|stories|news)|read more|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|schon gelesen|lesen sie auch|mehr zum thema|weitere artikel|neueste artikel|das könnte sie auch interessieren|à lire aussi|lire aussi|voir aussi|te puede interesar|también te puede interesar|lea también|leia também|veja também|zobacz (?:także|też|również)|czytaj (?:także|też|również)|leggi anche|lees ook|tags?|từ khóa|từ khoá|schlagwörter|schlagworte|etiquetas|tagi|keywords|mots-clés|lest auch|zum selben thema|lesen sie mehr zu diesen themen|mehr zu diesen themen|more|don[’']?t miss|see more)\s*(?:[:?]|\.{3}|…)?$/iu;
/** A lead-in to a link to another article, set inside the text (`Xem thêm: <a>…</a>`, `>> <a>…</a>`, `Read more: <a>…</a>`). */
const SEE_ALSO = /^(?:(?:mời\s+(?:bạn\s+)?)?(?:xem|đọc)\s+(?:thêm|tiếp|lại)|tin liên quan|bài liên quan|có thể bạn quan tâm|read more|read also|also read|see also|see more|related(?: (?:posts?|articles?|stor(?:y|ies)|reading|coverage|links?))?|more|don[’']?t miss|weiterlesen|lesen sie auch|mehr zum thema|auch interessant|lire aussi|à lire aussi|lire également|à lire également|voir aussi|leggi anche|lee también|lea(?: también| más)?|lee más|leer más|te puede interesar|leia (?:também|mais)|veja também|saiba mais|zobacz (?:także|też|również)|czytaj (?:także|też|również|więcej)|lees (?:ook|meer))\s*[:：>»]+\s*|^(?:>>|»|►|▶|→|⇒)\s*/iu;

/** A line that only points to another article: its lead-in, then nothing but link text. */
function isSeeAlso(l: Line): boolean {
  if (l.text.length > 250 || l.linkLen === 0) return false;
  const m = SEE_ALSO.exec(l.text);
  return !!m && l.linkLen >= (l.text.length - m[0].length) * 0.9;
}

/** Drops the title, lines above it, toolbars and related-news tails from the body lines. */
export function trimBody(lines: Line[], titleLine: Line | null): Line[] {
  let out = lines;
  if (titleLine) {
    const idx = out.indexOf(titleLine);
    if (idx >= 0 && idx < Math.max(6, out.length / 3)) out = out.slice(idx + 1);
    else if (idx < 0) {
      // the title left out, but a section heading or breadcrumb above it kept (`Tin tức - Sự kiện` over the headline)
      let k = 0;
      while (k < out.length && k < 7 && out[k].index < titleLine.index && out[k].text.length <= 100) k++;
      if (k > 0 && k <= 6 && k < out.length && out[k].index > titleLine.index) out = out.slice(k);
    }
    const tk = looseKey(titleLine.text);
    out = out.filter((l, i) => !(i < 3 && looseKey(l.text) === tk));
  }
  out = out.filter((l) => !isToolLine(l.text) && !isSeeAlso(l));
  // a photo caption or credit before the first paragraph is not where the text starts
  while (out.length > 1 && isCaptionLine(out[0]) && out[0].text.length < 300) out = out.slice(1);
  const rel = out.findIndex((l, i) => i > 0 && l.text.length <= 60 && RELATED.test(l.text));
  // (not when prose follows the label: `Lest auch` over a link, then the text goes on)
  const prose = (l: Line): boolean => l.text.length > 150 && l.linkLen === 0;
  if (rel > 0 && rel >= out.length * 0.5 && !out.slice(rel + 1, rel + 6).some(prose)) out = out.slice(0, rel);
  // a related-links label inside the text (`Xem thêm:` over a list of other articles): the label and its links
  if (out.some((l, i) => i > 0 && l.text.length <= 60 && RELATED.test(l.text))) {
    const kept: Line[] = [];
    for (let i = 0; i < out.length; i++) {
      if (i > 0 && out[i].text.length <= 60 && RELATED.test(out[i].text)) {
        while (i + 1 < out.length && out[i + 1].linkLen >= out[i + 1].text.length * 0.9) i++;
        continue;
      }
      kept.push(out[i]);
    }
    out = kept;
  }
  out = withoutSiteTail(out);
  // the lead paragraph printed twice (sapo, then again as the first body paragraph)
  // (the date line may still sit before it here: it leaves later)
  for (let i = 0; i < 6 && i + 2 < out.length; i++) {
    if (out[i].text.length >= 40 && out[i].text === out[i + 1].text) {
      out = [...out.slice(0, i), ...out.slice(i + 1)];
      break;
    }
  }
  return out;
}

/**
 * The site's own lines set after the text inside the article's box: a copyright or disclaimer line, a
 * "follow us" line, an advertisement's label. Not the text, nor the signature that may come before them.
 */
const SITE_TAIL = /^(?:©|\(c\)\s|(?:copyright|bản quyền)\s*(?:©|\(c\)|\d{4}|thuộc\b)|(?:folge uns|follow us|theo dõi (?:chúng tôi|fanpage)|suivez-nous|síguenos|seguici|obserwuj nas)\b|(?:anzeige|advertisement|werbung|quảng cáo|reklama|publicité|pubblicità|publicidad)(?:\s*[-–:|]|$))/iu;
/** Lines of the tail looked at, and the longest line that may sit after a site line (a disclaimer, not prose). */
const TAIL_LINES = 8;
const TAIL_LINE_MAX = 150;

/** Cuts the body at the first site line among its last lines, when nothing after it is prose. */
function withoutSiteTail(lines: Line[]): Line[] {
  for (let i = Math.max(1, lines.length - TAIL_LINES); i < lines.length; i++) {
    if (lines[i].text.length > TAIL_LINE_MAX || !SITE_TAIL.test(lines[i].text)) continue;
    if (lines.slice(i + 1).every((l) => l.text.length <= TAIL_LINE_MAX)) return lines.slice(0, i);
  }
  return lines;
}

const CAPTION_CLASS = /caption|credit|hero|figure|photo|image|\bimg|thumb|media|picture/;

function isCaptionLine(l: Line): boolean {
  for (let a: Line['block'] | null = l.block, n = 0; a && n < 3; a = a.parent, n++) {
    if (a.tag === 'figcaption' || a.tag === 'caption') return true;
    // a figure holding a whole article (Medium-style wrappers) is not a photo
    if (a.tag === 'figure' && a.lastLine - a.firstLine <= 2) return true;
    if (a.cid && CAPTION_CLASS.test(a.cid) && a.tag !== 'article' && a.tag !== 'main' && a.lastLine - a.firstLine <= 2) return true;
  }
  return false;
}

const LEAD_CLASS = /sapo|(?:\b|[_-])lead\b|chapeau|\bchapo\b|standfirst|summary|teaser-text|\bexcerpt\b|tomtat|tom-tat|mota|intro\b|article-desc|news-desc|detail-desc/;

/**
 * The lead paragraph (sapo) often sits between the title and the body container; it is body
 * text. A dek inside the page header is not.
 */
export function withLead(lines: Line[], titleLine: Line | null, model: PageModel): Line[] {
  if (!titleLine || !lines.length) return lines;
  const first = lines[0].index;
  for (let i = titleLine.index + 1; i < first && i <= titleLine.index + 8; i++) {
    const l = model.lines[i];
    // a lead is prose: a run of tag links or a menu under a wrapper named "intro" is not
    if (l.text.length < 30 || l.linkLen > l.text.length * 0.3 || !/[.!?…:;»"”)]$|[.!?] /.test(l.text)) continue;
    let lead = false;
    for (let a: Line['block'] | null = l.block, n = 0; a && n < 3; a = a.parent, n++) {
      if (a.tag === 'header') break;
      if (a.cid && LEAD_CLASS.test(a.cid)) lead = true;
    }
    // a short lead only when named one (`<div class="detail-sapo">TTĐT - Ngày 12/02, Sở … tổng kết.</div>`)
    if (l.text.length < 60 && !lead) continue;
    // a standfirst set as a sub-heading: several sentences, far longer than any section heading
    if (!lead && (l.block.tag === 'h2' || l.block.tag === 'h3') && l.text.length >= 120 && /[.!?] \S/.test(l.text)) lead = true;
    if (lead) return [l, ...lines];
  }
  return lines;
}

/**
 * `1. ` before the first line of an item of an ordered list (its `start` and `value` honoured), else ''.
 * `positions` keeps each list's item numbers, counted once per list (a long list stays linear).
 */
function listNumber(l: Line, positions: Map<Element, Map<Element, number>>): string {
  const li = l.block;
  if (li.tag !== 'li' || li.parent?.tag !== 'ol' || l.index !== li.firstLine || /^\d+[.)]/.test(l.text)) return '';
  const ol = li.parent.el;
  if (/^(?:a|A|i|I)$/.test(ol.getAttribute?.('type') ?? '')) return '';
  let items = positions.get(ol);
  if (!items) {
    items = new Map();
    let n = Number.parseInt(ol.getAttribute?.('start') ?? '1', 10);
    if (!Number.isFinite(n)) n = 1;
    for (let sib = ol.firstElementChild; sib; sib = sib.nextElementSibling) if (sib.localName === 'li') items.set(sib, n++);
    positions.set(ol, items);
  }
  const value = Number.parseInt(li.el.getAttribute?.('value') ?? '', 10);
  return `${Number.isFinite(value) ? value : items.get(li.el) ?? 1}. `;
}

/** The first cell of a table row right after the last cell of the row before, in the same table. */
function nextRow(prev: Line, l: Line): boolean {
  const a = prev.block;
  const b = l.block;
  if ((a.tag !== 'td' && a.tag !== 'th') || (b.tag !== 'td' && b.tag !== 'th')) return false;
  const ra = a.parent;
  const rb = b.parent;
  if (!ra || !rb || ra === rb || ra.tag !== 'tr' || rb.tag !== 'tr') return false;
  // single-line cells only: a layout table's cell holds paragraphs, not a value
  if (a.lastLine - a.firstLine !== 1 || b.lastLine - b.firstLine !== 1) return false;
  const table = (r: typeof ra) => (r.parent?.tag === 'table' ? r.parent : r.parent?.parent);
  return table(ra) === table(rb) && l.index === b.firstLine && rb.firstLine === l.index;
}

/** Two lines, each alone in its own cell of the same table row. */
function sameRow(a: Line, b: Line): boolean {
  const ca = a.block;
  const cb = b.block;
  if (ca === cb || (ca.tag !== 'td' && ca.tag !== 'th') || (cb.tag !== 'td' && cb.tag !== 'th')) return false;
  if (ca.lastLine - ca.firstLine !== 1 || cb.lastLine - cb.firstLine !== 1) return false;
  return !!ca.parent && ca.parent === cb.parent && ca.parent.tag === 'tr';
}

/** Lines as paragraphs: `<br>`-split lines of one block stay one paragraph; a name on the last line is cut off. */
export function toParagraphs(lines: Line[], sig: SignatureFound | null): string[] {
  const paras: string[] = [];
  let cur = '';
  let prev: Line | null = null;
  const positions = new Map<Element, Map<Element, number>>();
  const lastLine = lines[lines.length - 1];
  for (const l of lines) {
    let text = l.text;
    if (sig?.inline && l === lastLine && l.nodes.includes(sig.inline.node)) {
      const name = sig.inline.node.data.slice(sig.inline.offset);
      const cut = text.lastIndexOf(cleanText(name));
      if (cut > 0) text = text.slice(0, cut).trim();
    }
    text = listNumber(l, positions) + text;
    if (prev && prev.br && !prev.gap && prev.block === l.block) cur += '\n' + text;
    // the cells of one table row read as one line, a tab between them (`Số ký hiệu⇥125/QĐ-SNV`; pastes into Excel as columns)
    else if (prev && sameRow(prev, l)) cur += '\t' + text;
    // and the rows of one table follow each other line by line, so the table pastes whole
    else if (prev && nextRow(prev, l)) cur += '\n' + text;
    else {
      if (cur) paras.push(cur);
      cur = text;
    }
    prev = l;
  }
  if (cur) paras.push(cur);
  return paras;
}

/**
 * A category or search page: the "body" is a run of linked item titles, each with its own date
 * line (and usually a summary).
 */
export function looksLikeListing(lines: Line[], vietnamese: boolean, dayFirst: boolean): boolean {
  let linkTitles = 0;
  let dateLines = 0;
  let firstItem = -1;
  for (const [i, l] of lines.entries()) {
    // (cheap tests first: little unlinked text, and a digit in it)
    if (l.text.length >= 25 && l.text.length <= 250 && l.linkLen >= l.text.length * 0.5 && l.linkLen < l.text.length && l.text.length - l.linkLen <= 40 && /\d/.test(l.text)) {
      // a linked title with its date beside it on the same line (`<a>Title</a> <span>12/03/2024</span>`)
      const d = findDates(l.text, { dayFirst, vietnamese })[0];
      if (d && l.text.length - l.linkLen <= d.text.length + 16) {
        linkTitles++;
        dateLines++;
        if (firstItem < 0) firstItem = i;
        continue;
      }
    }
    if (l.text.length >= 15 && l.text.length <= 200 && l.linkLen >= l.text.length * 0.9) {
      linkTitles++;
      if (firstItem < 0) firstItem = i;
    }
    if (l.text.length <= 60) {
      const d = findDates(l.text, { dayFirst, vietnamese })[0];
      if (d && d.text.length >= l.text.length * 0.5) dateLines++;
    }
  }
  // the items start the page's main block; a related list after an article's text does not
  return linkTitles >= 5 && dateLines >= 4 && firstItem >= 0 && firstItem <= Math.max(3, lines.length * 0.2);
}
