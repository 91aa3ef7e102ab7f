/**
 * Text normalisation for extraction: pages arrive in NFC and NFD, with non-breaking and zero-width
 * spaces, so every string we compare or return passes through here first.
 */

/** Characters that render as space (or nothing) but defeat `\s`-based splitting in some engines. */
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** NFC, invisible characters dropped, every run of whitespace collapsed to one space, trimmed. */
export function cleanText(s: string): string {
  if (!s) return '';
  // plain ASCII needs neither NFC nor the invisible/space-like passes
  const t = PRINTABLE_ASCII.test(s) ? s : toNfc(s).replace(INVISIBLE, '').replace(SPACE_LIKE, ' ');
  return t.replace(/\s+/g, ' ').trim();
}
const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;

/**
 * Text that is already NFC whatever it holds: Latin below U+0300, precomposed Vietnamese letters, and
 * general punctuation without its two space singletons. None of these composes with another (checked
 * over every pair), so normalising such text is skipped — most pages are mostly this.
 */
const NFC_STABLE = /^[\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e]*$/;

/** NFC without throwing on lone surrogates (normalize accepts them, but be defensive). */
export function toNfc(s: string): string {
  if (NFC_STABLE.test(s)) return s;
  try {
    return s.normalize('NFC');
  } catch {
    return s;
  }
}

/** Removes Vietnamese (and other Latin) diacritics, so `Cập nhật` and `cap nhat` compare equal. */
export function stripDiacritics(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Comparison key: folded, diacritics removed, punctuation dropped. */
export function looseKey(s: string): string {
  const hit = KEY_CACHE.get(s);
  if (hit !== undefined) return hit;
  const key = stripDiacritics(cleanText(s).toLowerCase())
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // titles, headings and names are compared against each other many times per page
  if (s.length <= 500) {
    if (KEY_CACHE.size >= 4000) KEY_CACHE.clear();
    KEY_CACHE.set(s, key);
  }
  return key;
}
const KEY_CACHE = new Map<string, string>();

/** Count of letter/digit words, the measure most heuristics here use. */
export function wordCount(s: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(s)) n++;
  return n;
}

/** True when the text carries Vietnamese-only letters (ă, ơ, ư, đ and tone-marked vowels). */
export function looksVietnamese(s: string): boolean {
  const sample = s.length > 4000 ? s.slice(0, 4000) : s;
  const m = toNfc(sample).match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu);
  return (m?.length ?? 0) >= Math.max(3, sample.length / 200);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** Decodes HTML entities left in metadata values by double-escaping CMSs (`&#038;`, `&amp;quot;`). */
export function decodeEntities(s: string): string {
  if (!s || !s.includes('&')) return s;
  let out = s;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
      if (body[0] === '#') {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : m;
      }
      return NAMED_ENTITIES[body.toLowerCase()] ?? m;
    });
  }
  return out;
}
