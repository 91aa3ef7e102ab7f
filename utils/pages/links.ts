/**
 * Addresses of the extension's own pages: the Library opened on one clip (`library.html#clip=<id>`),
 * so the popup of a saved page can go straight to its details and a reload keeps them open.
 */

const CLIP_HASH = /^#clip=([^&]+)$/;

/** The Library's path, opened on `clipId` when given. */
export function libraryPath(clipId?: string | null): string {
  return clipId ? `/library.html#clip=${encodeURIComponent(clipId)}` : '/library.html';
}

/** The hash that opens `clipId` in the Library ('' for none). */
export function clipHash(clipId: string | null): string {
  return clipId ? `#clip=${encodeURIComponent(clipId)}` : '';
}

/** The clip a Library address asks to open, or null (a malformed hash is ignored). */
export function clipIdFromHash(hash: string): string | null {
  const m = CLIP_HASH.exec(hash);
  if (!m) return null;
  try {
    const id = decodeURIComponent(m[1]);
    return id.length > 0 && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}
