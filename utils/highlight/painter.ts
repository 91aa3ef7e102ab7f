/**
 * One painter interface for the content script, whatever the browser supports: the CSS Custom
 * Highlight API (no change to the page's DOM) when present, else `<mark>` elements.
 */

import type { Colour } from '../model';
import { createHighlightApiPainter, highlightApiOf } from './highlight-api-painter';
import { createMarkPainter } from './mark-painter';

export interface Painter {
  /** Which technique is in use. */
  readonly kind: 'highlight-api' | 'mark';
  /** Paint (or repaint) highlight `id` over `range`. The painter keeps its own copy of the range. */
  paint(id: string, range: Range, colour: Colour): void;
  setColour(id: string, colour: Colour): void;
  remove(id: string): void;
  /** Remove every highlight this painter made (and, for the API, its registrations). */
  clear(): void;
  /** Emphasise one highlight (hover/selection in the UI); null for none. */
  focus(id: string | null): void;
  /**
   * Highlights under a viewport point (e.g. a mouse event's clientX/clientY), innermost first.
   * With the Highlight API there is no element to hit: the point is turned into a caret position
   * (`caretPositionFromPoint`, else `caretRangeFromPoint`), matched against the painted ranges, and
   * confirmed against the ranges' client rects so a point just past a highlight's end does not count.
   */
  idsAtPoint(x: number, y: number): string[];
  /** The painted extent of a highlight (to place the edit toolbar), or null. */
  rangeOf(id: string): Range | null;
  /** Ids currently painted. */
  ids(): string[];
}

/** The best painter for `win`: the Highlight API when `CSS.highlights` and `Highlight` exist. */
export function createPainter(win: Window): Painter {
  const api = highlightApiOf(win);
  return api ? createHighlightApiPainter(win, api) : createMarkPainter(win.document);
}
