/**
 * Bytes → text for saved pages: BOM, then the `<meta charset>` (or http-equiv) declared in the first
 * 4 KB, then UTF-8, falling back to windows-1258 (old Vietnamese pages) or windows-1252. Pure; uses
 * only TextDecoder, so it runs in Node and in browsers.
 */

export interface Decoded {
  text: string;
  /** The encoding used, as TextDecoder names it. */
  encoding: string;
  /** How it was chosen: bom, meta, utf-8, fallback. */
  via: 'bom' | 'meta' | 'utf-8' | 'fallback';
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in a `<meta>` within its first 4 KB, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  // only <meta> tags count: scripts carry `charset` attributes too
  const re = /<meta\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const c = META_CHARSET.exec(m[0]);
    if (c) return c[1].toLowerCase();
  }
  return null;
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a saved HTML page. Never throws; invalid bytes become U+FFFD at worst. */
export function decodeHtml(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: tryDecode(bytes.subarray(3), 'utf-8', false) ?? '', encoding: 'utf-8', via: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: tryDecode(bytes.subarray(2), 'utf-16le', false) ?? '', encoding: 'utf-16le', via: 'bom' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: tryDecode(bytes.subarray(2), 'utf-16be', false) ?? '', encoding: 'utf-16be', via: 'bom' };
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?16/.test(declared)) {
    const text = tryDecode(bytes, declared, false);
    if (text !== null) return { text, encoding: declared, via: 'meta' };
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', via: 'utf-8' };
  const label = looksLike1258(bytes) ? 'windows-1258' : 'windows-1252';
  return { text: tryDecode(bytes, label, false) ?? '', encoding: label, via: 'fallback' };
}

/** windows-1258 writes tones as combining marks at 0xCC, 0xD2, 0xDE, 0xEC, 0xF2 and uses 0xD0/0xF0 for Đ/đ. */
function looksLike1258(bytes: Uint8Array): boolean {
  let marks = 0;
  const n = Math.min(bytes.length, 200_000);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0xcc || b === 0xd2 || b === 0xde || b === 0xec || b === 0xf2 || b === 0xd0 || b === 0xf0) marks++;
  }
  return marks >= 5;
}
