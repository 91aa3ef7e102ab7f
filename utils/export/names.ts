/**
 * Person names for citations. Vietnamese names are written family name first (`Nguyễn Tuyết Mai`:
 * family `Nguyễn`, given `Tuyết Mai`); other names are given-first.
 */
import { cleanLine, foldAscii } from './text';

/** A CSL name: a person split in two, or a literal (units, outlets, initials like `N.T.M`). */
export type CitationName = { family: string; given: string } | { literal: string };

/** Common Vietnamese family names, ASCII-folded (also recognises `Nguyen Van A` on English-language sites). */
const VIETNAMESE_FAMILY_NAMES = new Set(
  ('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao trinh mai lam phung ta cao ha ' +
    'luong to truong vuong kieu quach doan thai chu tong luu la trieu dam khong mac than nong lo hua chau giap luc ' +
    'au kha khuc lai ton tang thach quan van')
    .split(' '),
);

/** `TRẦN VĂN BÌNH` → `Trần Văn Bình`; names written in mixed case are left alone. */
function fixCapitals(name: string): string {
  if (name !== name.toLocaleUpperCase('vi') || name === name.toLocaleLowerCase('vi')) return name;
  return name
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/**
 * Splits a person's name. `lang` is the article's language: on Vietnamese pages every name is read
 * family-first; elsewhere only names that start with a common Vietnamese family name are.
 * One-word names and initials (`PV`, `N.T.M`, `T.Duyên`) stay literal: they cannot be split honestly.
 */
export function personName(raw: string, lang: string): CitationName {
  const written = cleanLine(raw).replace(/[.,;]+$/, '');
  if (!written.includes(' ') || written.includes('.')) return { literal: written };
  const words = fixCapitals(written).split(' ');
  const vietnamese = lang.toLowerCase().startsWith('vi') || VIETNAMESE_FAMILY_NAMES.has(foldAscii(words[0]).toLowerCase());
  return vietnamese
    ? { family: words[0], given: words.slice(1).join(' ') }
    : { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}
