/**
 * Text clean-up at the export edge: every format gets NFC text without characters that break XML,
 * YAML or spreadsheets, and ASCII folding for file names and citation keys.
 */

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 controls except tab and newline, DEL, C1 controls and the two non-characters XML forbids. */
export const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/**
 * NFC text with `\n` line ends (CR, CRLF, NEL and the Unicode line/paragraph separators), lone surrogates replaced by U+FFFD and control characters removed
 * (they are never meaningful in page text and make .docx files unreadable). Bidi marks stay: they are data.
 */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(FORBIDDEN_CONTROLS, '')
    .normalize('NFC');
}

/** `cleanText` on one line: runs of whitespace (newlines included) become one space, ends trimmed. */
export function cleanLine(value: string | null | undefined): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

/** Vietnamese (and other Latin) text folded to ASCII: `Đà Nẵng` → `Da Nang`. Other scripts are dropped. */
export function foldAscii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7E]+/g, ' ');
}

/**
 * A lowercase ASCII slug of at most `max` characters, cut at a word boundary:
 * `Hội nghị sơ kết công tác` → `hoi-nghi-so-ket-cong-tac`. Empty when nothing ASCII is left.
 */
export function slugify(value: string, max = 40): string {
  const slug = foldAscii(cleanText(value))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/g, '');
}
