/**
 * A day typed by a user, read the way people in Vietnam write it: day first (`24/07/2020`,
 * `24-7-2020`, `24.07.2020`), in words (`24 tháng 7 năm 2020`, `24 Jul 2020`, `July 24, 2020`), or
 * ISO (`2020-07-24`). The same reader that finds dates on pages does the work, so what the popup
 * shows as a candidate can be typed back exactly.
 */
import { findDates } from './extract/dates';
import { cleanText } from './extract/text';

/** The outcome of reading a typed day. */
export type TypedDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

/** Reads one whole typed day (no time). Anything besides a single valid date is invalid. */
export function parseTypedDate(text: string): TypedDate {
  const t = cleanText(text.normalize('NFC')).replace(/^ngày\s+/i, '');
  if (!t) return { kind: 'empty' };
  if (t.length > 60) return { kind: 'invalid' };
  const found = findDates(t, { dayFirst: true });
  if (found.length !== 1) return { kind: 'invalid' };
  const d = found[0];
  // the date must be all that was typed (a trailing "năm" or full stop aside)
  const rest = (t.slice(0, d.index) + t.slice(d.index + d.text.length)).replace(/[\s.,]|năm/gi, '');
  if (rest || d.hasTime || !d.hasYear) return { kind: 'invalid' };
  return { kind: 'date', iso: d.iso.slice(0, 10) };
}

/** Reads a typed time of day, 24-hour (`15:32`, `15h32`, `9:05`), as `HH:MM`; '' when empty; null when invalid. */
export function parseTypedTime(text: string): string | null {
  const t = text.trim();
  if (!t) return '';
  const m = /^(\d{1,2})\s*[:hH]\s*(\d{2})$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}
