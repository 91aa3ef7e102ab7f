/**
 * The fallback painter for browsers without the CSS Custom Highlight API: wraps the highlighted
 * text in `<mark data-portal-notes-id>` elements. It only ever splits text nodes and wraps them; on
 * removal it unwraps and re-joins exactly the text nodes it split, leaving other markup alone.
 * The anchoring text model ignores these marks, so re-anchoring is unaffected.
 * Painting moves text nodes into marks, which collapses any other live Range that ends inside the
 * moved text (an overlapping highlight anchored in the same pass): `startReanchorLoop` re-anchors
 * such a highlight before handing it over; other callers should anchor and paint one at a time.
 */

import type { Colour } from '../model';
import { MARK_ID_ATTRIBUTE, UI_HOST_ATTRIBUTE, isOwnMark } from '../anchor/own-nodes';
import type { Painter } from './painter';
import { MARK_COLOUR_ATTRIBUTE, MARK_FOCUS_ATTRIBUTE } from './styles';

/** One wrapped piece of text, and whether we split it off its neighbours (so removal re-joins). */
interface Piece {
  mark: HTMLElement;
  splitBefore: boolean;
  splitAfter: boolean;
}

interface Entry {
  pieces: Piece[];
  colour: Colour;
}

/** Parents where a whitespace-only text node must not be wrapped (a mark there is invalid markup). */
const NO_WRAP_PARENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select']);
/** Text we never wrap. */
const SKIPPED_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'option']);

/** A painter that wraps text of `doc` in `<mark>` elements. */
export function createMarkPainter(doc: Document): Painter {
  const entries = new Map<string, Entry>();
  let focused: string | null = null;

  const painter: Painter = {
    kind: 'mark',
    paint(id, range, colour) {
      painter.remove(id);
      const pieces: Piece[] = [];
      for (const seg of textSegments(range)) {
        let node = seg.node;
        const splitAfter = seg.end < node.data.length;
        if (splitAfter) node.splitText(seg.end);
        const splitBefore = seg.start > 0;
        if (splitBefore) node = node.splitText(seg.start);
        const mark = doc.createElement('mark');
        mark.setAttribute(MARK_ID_ATTRIBUTE, id);
        mark.setAttribute(MARK_COLOUR_ATTRIBUTE, colour);
        node.parentNode!.insertBefore(mark, node);
        mark.appendChild(node);
        pieces.push({ mark, splitBefore, splitAfter });
      }
      entries.set(id, { pieces, colour });
      if (focused === id) setFocus(pieces, true);
    },
    setColour(id, colour) {
      const entry = entries.get(id);
      if (!entry) return;
      entry.colour = colour;
      for (const { mark } of entry.pieces) mark.setAttribute(MARK_COLOUR_ATTRIBUTE, colour);
    },
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return;
      for (const piece of entry.pieces) unwrap(piece);
      entries.delete(id);
      if (focused === id) focused = null;
    },
    clear() {
      for (const id of [...entries.keys()]) painter.remove(id);
    },
    focus(id) {
      if (focused) setFocus(entries.get(focused)?.pieces ?? [], false);
      focused = id !== null && entries.has(id) ? id : null;
      if (focused) setFocus(entries.get(focused)!.pieces, true);
    },
    idsAtPoint(x, y) {
      const hit = doc.elementFromPoint(x, y);
      const ids: string[] = [];
      for (let n: Element | null = hit; n; n = n.parentElement) {
        if (isOwnMark(n)) ids.push(n.getAttribute(MARK_ID_ATTRIBUTE)!);
      }
      return ids.filter((id) => entries.has(id));
    },
    rangeOf(id) {
      const pieces = entries.get(id)?.pieces.filter((p) => p.mark.isConnected);
      if (!pieces?.length) return null;
      const range = doc.createRange();
      range.setStartBefore(pieces[0].mark);
      range.setEndAfter(pieces[pieces.length - 1].mark);
      return range;
    },
    ids() {
      return [...entries.keys()];
    },
  };
  return painter;
}

function setFocus(pieces: Piece[], on: boolean): void {
  for (const { mark } of pieces) {
    if (on) mark.setAttribute(MARK_FOCUS_ATTRIBUTE, '');
    else mark.removeAttribute(MARK_FOCUS_ATTRIBUTE);
  }
}

/** The text nodes a range covers, with the covered offsets; nothing from our UI or non-text parents. */
function textSegments(range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const add = (node: Text, start: number, end: number) => {
    if (start >= end || !wrappable(node)) return;
    out.push({ node, start, end });
  };
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    add(root as Text, range.startOffset, range.endOffset);
    return out;
  }
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const text = n as Text;
    const start = n === range.startContainer ? range.startOffset : 0;
    const end = n === range.endContainer ? range.endOffset : text.data.length;
    add(text, start, end);
  }
  return out;
}

function wrappable(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  if (SKIPPED_PARENTS.has(parent.localName)) return false;
  if (parent.closest(`[${UI_HOST_ATTRIBUTE}]`)) return false;
  if (!node.data.trim() && NO_WRAP_PARENTS.has(parent.localName)) return false;
  return true;
}

/** Put a piece's children back where the mark was, re-joining the text nodes we split. */
function unwrap(piece: Piece): void {
  const { mark } = piece;
  const parent = mark.parentNode;
  if (!parent) return;
  const first = mark.firstChild;
  const last = mark.lastChild;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  const before = (first ?? mark).previousSibling;
  const after = mark.nextSibling;
  mark.remove();
  if (piece.splitAfter && last && last.nodeType === 3 && after && after.nodeType === 3) {
    (last as Text).appendData((after as Text).data);
    after.remove();
  }
  if (piece.splitBefore && first && first.nodeType === 3 && before && before.nodeType === 3) {
    (before as Text).appendData((first as Text).data);
    first.remove();
  }
}
