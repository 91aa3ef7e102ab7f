/**
 * Dates for exports. A publication date is read from its ISO text as written (the article's own calendar
 * day, never shifted by the reader's zone); instants (saved, created, now) are placed in the export's zone.
 */
import type { ExportLocale } from './types';

/** A calendar date with optional month and day, as CSL `date-parts` allow. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** A calendar date and wall-clock time in some zone. */
export interface ZonedDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s)/;

/** The calendar date an ISO 8601 string names (`2020-07-24T10:30:00+07:00` → 2020-07-24), or null. */
export function partsFromIso(iso: string | null | undefined): DateParts | null {
  const m = iso ? ISO_DATE.exec(iso.trim()) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in an IANA zone. */
export function zonedDateTime(instant: number | Date, timeZone: string): ZonedDateTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO calendar date: `2020-07-24`, `2020-07` or `2020` depending on what is known. */
export function isoDate(parts: DateParts): string {
  let out = String(parts.year).padStart(4, '0');
  if (parts.month !== undefined) out += `-${pad(parts.month)}`;
  if (parts.month !== undefined && parts.day !== undefined) out += `-${pad(parts.day)}`;
  return out;
}

/** ISO date and minute for spreadsheets: `2026-11-29 14:05` (Excel reads it as a date-time). */
export function isoDateTimeMinutes(t: ZonedDateTime): string {
  return `${isoDate(t)} ${pad(t.hour)}:${pad(t.minute)}`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date the way each language writes it: vi `24/07/2020`, en `24 Jul 2020` (partial dates shortened). */
export function humanDate(parts: DateParts, locale: ExportLocale): string {
  const { year, month, day } = parts;
  if (locale === 'vi') {
    if (month === undefined) return String(year);
    if (day === undefined) return `${pad(month)}/${year}`;
    return `${pad(day)}/${pad(month)}/${year}`;
  }
  if (month === undefined) return String(year);
  if (day === undefined) return `${EN_MONTHS[month - 1]} ${year}`;
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}
