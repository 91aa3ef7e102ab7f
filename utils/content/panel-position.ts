/**
 * Where the toolbar or editor goes: beside the selection, never over it — below its last line
 * when there is room in the view, else above its first line, kept inside the view horizontally.
 * Pure geometry in document coordinates, so it is tested without layout.
 */

/** A box in document coordinates (viewport coordinates plus the scroll offset). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between the selection and the panel, and between the panel and the view's edge. */
export const PANEL_GAP = 8;

/**
 * The panel's top-left corner for a selection drawn as `lines` (its client rects, in document
 * coordinates, in order), a panel of `size`, in the visible part of the document `view`.
 */
export function placePanel(lines: readonly Box[], size: { width: number; height: number }, view: Box): { left: number; top: number } {
  const boxes = lines.filter((b) => b.width > 0 || b.height > 0);
  const first = boxes[0] ?? lines[0] ?? { left: view.left, top: view.top, width: 0, height: 0 };
  const last = boxes[boxes.length - 1] ?? first;
  const below = last.top + last.height + PANEL_GAP;
  const above = first.top - PANEL_GAP - size.height;
  const viewBottom = view.top + view.height;
  const fitsBelow = below + size.height <= viewBottom;
  const fitsAbove = above >= view.top;
  // Neither fits: take the side with more room; the page can scroll, the selection stays uncovered.
  const useBelow = fitsBelow || (!fitsAbove && viewBottom - below >= first.top - view.top);
  const target = useBelow ? last : first;
  const minLeft = view.left + PANEL_GAP;
  const maxLeft = view.left + view.width - size.width - PANEL_GAP;
  const left = Math.max(minLeft, Math.min(target.left, maxLeft));
  return { left, top: useBelow ? below : above };
}
