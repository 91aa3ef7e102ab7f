/**
 * A Vietnamese administrative document's number and symbol ("số ký hiệu": `245/QĐ-SNV`,
 * `15/2024/NĐ-CP`), as a record's row or a text's header gives it. Researchers cite and search
 * documents by it.
 */
import { cleanText } from './text';

/** `Số: 312/TB-SNV` (the header line of an administrative text posted whole). */
export const NUMBER_LINE = /^Số\s*[:：]?\s*(\d+[\p{L}\d/.-]*)\s*$/u;

/** A number and symbol: digits first, then symbols, years and bodies joined by `/`, `-` or `.` (no spaces). */
const NUMBER = /^\d+[\p{L}\d/.\-–]*$/u;

/**
 * The number as a citation writes it, out of a value as shown (`Số 245/QĐ-SNV`, `245/QĐ-SNV ngày
 * 12/11/2026`, `245 / QĐ - SNV`), or null when the value holds none (`Đang cập nhật`, a date alone).
 */
export function cleanDocumentNumber(value: string): string | null {
  let t = cleanText(value).normalize('NFC').trim();
  t = t.replace(/^số\s*[:：.]?\s*/iu, '');
  // `… ngày 12/11/2026`, `… (bản sao)`: the number is the first word
  t = t.split(/\s+(?:ngày|ban hành|\()/iu)[0];
  // spaces around the separators (`245 / QĐ - SNV`)
  t = t.replace(/\s*([/\-–])\s*/gu, '$1').replace(/–/g, '-');
  if (t.length > 60 || !NUMBER.test(t)) return null;
  // a date alone (`12/11/2026`) is no number
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t)) return null;
  return t;
}

/** The number on an administrative text's header line (`Số: 312/TB-SNV`), or null. */
export function headerNumber(text: string): string | null {
  const m = NUMBER_LINE.exec(text.trim());
  return m ? cleanDocumentNumber(m[1]) : null;
}
