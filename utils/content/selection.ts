/**
 * Which selections the toolbar and the "highlight selection" command act on: text the user
 * selected in the page itself, never in our own UI, in form fields or in editable regions (there
 * a highlight would fight the page's editor), and never an empty or whitespace-only one.
 */
import { UI_HOST_ATTRIBUTE } from '../anchor/own-nodes';

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false" i])';

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** True when `node` lies inside our own UI or an editable part of the page. */
export function isExcludedNode(node: Node): boolean {
  const el = elementOf(node);
  if (!el) return true;
  return el.closest(`[${UI_HOST_ATTRIBUTE}]`) !== null || el.closest(EDITABLE) !== null;
}

/**
 * The range the user selected in `doc`'s body, or null when there is nothing to highlight:
 * no selection, a collapsed or whitespace-only one, one outside the body (our UI host lives
 * outside it), inside our UI, or inside a form field or editable region.
 */
export function selectedRange(doc: Document, selection: Selection | null): Range | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const active = doc.activeElement;
  // Text selected inside an <input>/<textarea> shows up as a collapsed or odd range around the field.
  if (active && active !== doc.body && active.matches(EDITABLE)) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed || !range.toString().trim()) return null;
  const body = doc.body;
  if (!body || !body.contains(range.commonAncestorContainer)) return null;
  if (isExcludedNode(range.startContainer) || isExcludedNode(range.endContainer)) return null;
  return range;
}
