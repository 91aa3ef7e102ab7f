/**
 * The text model every selector counts in: the visible-ish text of a root element, normalised
 * (see normalise.ts), with a map from each model character back to its DOM text node and offsets.
 * Built once per anchoring pass and shared by all highlights, which is what keeps 500 re-anchors fast.
 *
 * Rules (describe and anchor both go through this, so they always agree):
 * - text nodes in document order; nothing under script/style/noscript/template/textarea/select/
 *   iframe/object, nor under an element carrying `UI_HOST_ATTRIBUTE` (our own toolbar); text hidden
 *   by CSS is kept (no layout is consulted, so Vitest and the browser build the same model);
 * - whitespace runs collapse to one space; a block boundary (p, div, li, td, br, …) also counts as
 *   whitespace, so `<p>a</p><p>b</p>` reads `a b` whether or not the page put a newline between them;
 * - no leading or trailing space; characters NFC-composed (an NFD page reads like an NFC one);
 * - inline elements (b, a, span, our own `<mark>`s) change nothing, so painting with marks
 *   or splitting text nodes never shifts an offset.
 */

import { isCombiningMark, isIgnorable, isSpace } from './normalise';
import { UI_HOST_ATTRIBUTE } from './own-nodes';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'iframe', 'object', 'head']);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** A boundary point inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Start/end offsets in the model (end exclusive). */
export interface ModelSpan {
  start: number;
  end: number;
}

/**
 * An immutable snapshot of a root's text model. It goes stale when the DOM under the root changes
 * (including the fallback painter splitting text nodes): build a new one for each pass.
 */
export class TextIndex {
  /** The normalised text. */
  readonly text: string;
  private readonly nodes: Text[];
  private readonly nodeNumbers: Map<Text, number>;
  /** Per model character: which text node, and the UTF-16 span in it the character came from. */
  private readonly charNode: Int32Array;
  private readonly charStart: Int32Array;
  private readonly charEnd: Int32Array;
  /** Per text node: the first model character at or after it (length nodes + 1). */
  private readonly nodeFirst: Int32Array;

  constructor(readonly root: Element) {
    const b = new Builder();
    b.walk(root);
    this.text = b.finish();
    this.nodes = b.nodes;
    this.nodeNumbers = new Map(b.nodes.map((n, i) => [n, i]));
    this.charNode = b.charNode.subarray(0, b.length);
    this.charStart = b.charStart.subarray(0, b.length);
    this.charEnd = b.charEnd.subarray(0, b.length);
    this.nodeFirst = new Int32Array(this.nodes.length + 1);
    let c = 0;
    for (let k = 0; k <= this.nodes.length; k++) {
      while (c < this.charNode.length && this.charNode[c] < k) c++;
      this.nodeFirst[k] = c;
    }
  }

  /** Model offset of a DOM boundary point: the number of model characters that lie before it. */
  offsetAt(container: Node, offset: number): number {
    if (!this.root.contains(container)) {
      const pos = this.root.compareDocumentPosition(container);
      return pos & 2 /* DOCUMENT_POSITION_PRECEDING */ ? 0 : this.text.length;
    }
    const k = container.nodeType === 3 ? this.nodeNumbers.get(container as Text) : undefined;
    if (k !== undefined) {
      let lo = this.nodeFirst[k];
      let hi = this.nodeFirst[k + 1];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.charStart[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    // An element boundary (or a point in text we do not index): the model position of the first
    // indexed text node at or after it in document order.
    let n: Node | null =
      container.nodeType === 1 && offset < container.childNodes.length
        ? container.childNodes[offset]
        : this.nextAfter(container);
    while (n) {
      if (n.nodeType === 3) {
        const m = this.nodeNumbers.get(n as Text);
        if (m !== undefined) return this.nodeFirst[m];
      }
      n = n.firstChild ?? this.nextAfter(n);
    }
    return this.text.length;
  }

  /** Model span of a DOM range, clipped to the root. */
  spanOf(range: Range): ModelSpan {
    const start = this.offsetAt(range.startContainer, range.startOffset);
    const end = this.offsetAt(range.endContainer, range.endOffset);
    return { start, end: Math.max(start, end) };
  }

  /** Model span of an element's subtree. */
  spanOfElement(el: Element): ModelSpan {
    return { start: this.offsetAt(el, 0), end: this.offsetAt(el, el.childNodes.length) };
  }

  /** Where model character `offset` starts in the DOM (a range start). */
  startPoint(offset: number): TextPoint | null {
    if (this.nodes.length === 0) return null;
    if (offset >= this.text.length) {
      const node = this.nodes[this.nodes.length - 1];
      return { node, offset: node.data.length };
    }
    const c = Math.max(0, offset);
    return { node: this.nodes[this.charNode[c]], offset: this.charStart[c] };
  }

  /** Where the model character before `offset` ends in the DOM (a range end). */
  endPoint(offset: number): TextPoint | null {
    if (this.nodes.length === 0) return null;
    const c = Math.min(offset, this.text.length) - 1;
    if (c < 0) return this.text.length ? this.startPoint(0) : { node: this.nodes[0], offset: 0 };
    return { node: this.nodes[this.charNode[c]], offset: this.charEnd[c] };
  }

  /** A live DOM Range over model characters [start, end), or null when the model is empty. */
  toRange(start: number, end: number): Range | null {
    const a = this.startPoint(start);
    const b = this.endPoint(Math.max(start, end));
    if (!a || !b) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    if (range.collapsed && end > start) return null;
    return range;
  }

  private nextAfter(node: Node): Node | null {
    let n: Node | null = node;
    while (n && n !== this.root) {
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
    }
    return null;
  }
}

/** Build the text model of `root` (usually `document.body`). */
export function buildTextIndex(root: Element): TextIndex {
  return new TextIndex(root);
}

class Builder {
  nodes: Text[] = [];
  charNode = new Int32Array(4096);
  charStart = new Int32Array(4096);
  charEnd = new Int32Array(4096);
  codes = new Uint16Array(4096);
  length = 0;
  /** A whitespace run is open; `spaceNode`/`spaceAt` locate its first character (-1: a block boundary only). */
  private pendingSpace = false;
  private spaceNode = -1;
  private spaceAt = 0;

  walk(parent: Node): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        this.text(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const name = el.localName;
        if (SKIPPED.has(name) || el.hasAttribute(UI_HOST_ATTRIBUTE)) continue;
        const block = BLOCKS.has(name);
        if (block) this.boundary();
        this.walk(el);
        if (block) this.boundary();
      }
    }
  }

  finish(): string {
    const chunks: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      chunks.push(String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]));
    }
    return chunks.join('');
  }

  private boundary(): void {
    if (!this.pendingSpace) {
      this.pendingSpace = true;
      this.spaceNode = -1;
    }
  }

  private text(node: Text): void {
    const k = this.nodes.length;
    this.nodes.push(node);
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (!this.pendingSpace || this.spaceNode < 0) {
          this.pendingSpace = true;
          this.spaceNode = k;
          this.spaceAt = i;
        }
        i++;
        continue;
      }
      if (isIgnorable(c)) {
        i++;
        continue;
      }
      // A cluster: one character (or surrogate pair) plus the combining marks that follow it.
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < n) {
        const d = data.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
      let plain = j === i + 1 && c < 0x300;
      while (j < n) {
        const d = data.charCodeAt(j);
        if (isIgnorable(d)) {
          plain = false;
          j++;
        } else if (isCombiningMark(d)) {
          plain = false;
          j++;
        } else break;
      }
      if (this.pendingSpace) {
        if (this.length > 0) {
          if (this.spaceNode >= 0) this.push(0x20, this.spaceNode, this.spaceAt, this.spaceAt + 1);
          else this.push(0x20, k, i, i);
        }
        this.pendingSpace = false;
      }
      if (plain) {
        this.push(c, k, i, j);
      } else {
        let cluster = data.slice(i, j);
        if (cluster.length > 1) cluster = [...cluster].filter((ch) => !isIgnorable(ch.charCodeAt(0))).join('');
        const composed = cluster.normalize('NFC');
        for (let u = 0; u < composed.length; u++) this.push(composed.charCodeAt(u), k, i, j);
      }
      i = j;
    }
  }

  private push(code: number, node: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const i = this.length++;
    this.codes[i] = code;
    this.charNode[i] = node;
    this.charStart[i] = start;
    this.charEnd[i] = end;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const widen = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.codes = widen(this.codes, (n) => new Uint16Array(n));
    this.charNode = widen(this.charNode, (n) => new Int32Array(n));
    this.charStart = widen(this.charStart, (n) => new Int32Array(n));
    this.charEnd = widen(this.charEnd, (n) => new Int32Array(n));
  }
}
