/**
 * Painting with the CSS Custom Highlight API: one registered Highlight per colour plus one for the
 * focused highlight. The page's DOM is never touched, so page scripts and re-anchoring see the
 * page exactly as it was served.
 */

import type { Colour } from '../model';
import type { Painter } from './painter';
import { FOCUS_HIGHLIGHT_NAME, highlightName } from './styles';

/** The parts of `Highlight` we use (a set of ranges with a priority). */
export interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

/** The parts of `CSS.highlights` we use. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}

/** A window's Highlight API, reduced to what the painter needs. */
export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(): HighlightLike;
}

/** The Highlight API of `win`, or null when the browser lacks it. */
export function highlightApiOf(win: Window): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new () => HighlightLike };
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: () => new Ctor() };
}

interface Entry {
  range: Range;
  colour: Colour;
}

/** A painter over `api` (normally `highlightApiOf(win)`). */
export function createHighlightApiPainter(win: Window, api: HighlightApi): Painter {
  const doc = win.document;
  const entries = new Map<string, Entry>();
  const groups = new Map<string, HighlightLike>();
  let focused: string | null = null;

  const group = (name: string, priority: number): HighlightLike => {
    let h = groups.get(name);
    if (!h) {
      h = api.create();
      h.priority = priority;
      api.registry.set(name, h);
      groups.set(name, h);
    }
    return h;
  };
  const colourGroup = (colour: Colour) => group(highlightName(colour), 0);
  const focusGroup = () => group(FOCUS_HIGHLIGHT_NAME, 1);

  const painter: Painter = {
    kind: 'highlight-api',
    paint(id, range, colour) {
      painter.remove(id);
      const own = range.cloneRange();
      entries.set(id, { range: own, colour });
      colourGroup(colour).add(own);
    },
    setColour(id, colour) {
      const entry = entries.get(id);
      if (!entry || entry.colour === colour) return;
      colourGroup(entry.colour).delete(entry.range);
      entry.colour = colour;
      colourGroup(colour).add(entry.range);
    },
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return;
      colourGroup(entry.colour).delete(entry.range);
      if (focused === id) painter.focus(null);
      entries.delete(id);
    },
    clear() {
      entries.clear();
      focused = null;
      for (const [name, h] of groups) {
        h.clear();
        api.registry.delete(name);
      }
      groups.clear();
    },
    focus(id) {
      const h = focusGroup();
      h.clear();
      const entry = id === null ? undefined : entries.get(id);
      focused = entry ? id : null;
      if (entry) h.add(entry.range);
    },
    idsAtPoint(x, y) {
      const caret = caretAt(doc, x, y);
      if (!caret) return [];
      const hits: Array<[string, number]> = [];
      for (const [id, { range }] of entries) {
        if (containsPoint(range, caret.node, caret.offset) && rectsAllow(range, x, y)) {
          hits.push([id, range.toString().length]);
        }
      }
      return hits.sort((a, b) => a[1] - b[1]).map(([id]) => id);
    },
    rangeOf(id) {
      return entries.get(id)?.range.cloneRange() ?? null;
    },
    ids() {
      return [...entries.keys()];
    },
  };
  return painter;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function containsPoint(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false;
  }
}

/** With layout, the point must be inside one of the range's boxes; without layout (tests), accept. */
function rectsAllow(range: Range, x: number, y: number): boolean {
  if (typeof range.getClientRects !== 'function') return true;
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) return true;
  return rects.some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
}
