/** Bringing a range on the page into view: into any scrolling container around it, then centred in the window. */

/** The part of `window` used to scroll. */
export interface ScrollWindow {
  innerHeight: number;
  scrollBy(x: number, y: number): void;
}

/** Scroll `range` into view; a range taller than the window shows its top. */
export function scrollRangeIntoView(win: ScrollWindow, range: Range): void {
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  if (rect && rect.height > 0) win.scrollBy(0, rect.top + Math.min(rect.height, win.innerHeight) / 2 - win.innerHeight / 2);
}
