/**
 * Markers for the extension's own nodes inside a page, shared by the anchoring text model (which
 * must not see them) and the highlight painter (which creates some of them).
 */

/** Put this attribute on the toolbar's shadow host (or any UI we add): its text is never anchored. */
export const UI_HOST_ATTRIBUTE = 'data-portal-notes-ui';

/** Carried by the `<mark>` elements of the fallback painter; its value is the highlight id. */
export const MARK_ID_ATTRIBUTE = 'data-portal-notes-id';

/** True for a `<mark>` the fallback painter created (XPaths skip these so painting never moves them). */
export function isOwnMark(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'mark' && (node as Element).hasAttribute(MARK_ID_ATTRIBUTE);
}
