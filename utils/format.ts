/**
 * Dates and numbers written the way each UI language writes them (vi: 24/07/2020, 15:32;
 * en: 24 Jul 2020, 15:32). Deterministic: an ISO string is shown with the wall-clock time it
 * states, never converted to the viewer's time zone, so "+07:00" times read as the portal printed them.
 */
import type { Locale } from './i18n';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The parts an ISO 8601 string states (missing parts are undefined), or null when it is not ISO. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** Read the wall-clock parts of an ISO date or date-time, ignoring its offset. */
export function parseIsoParts(iso: string): DateParts | null {
  const m = ISO.exec(iso.trim());
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  return { year: Number(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]) };
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface FormatDateOptions {
  /** Show the time when the ISO string has one (default true). */
  time?: boolean;
}

/**
 * Format an ISO date for display: vi "24/07/2020" / "15:32, 22/01/2024"; en "24 Jul 2020" /
 * "22 Jan 2024, 15:32". A year-month shows as "07/2020" / "Jul 2020". Text that is not ISO is
 * returned unchanged; null/undefined give ''.
 */
export function formatDate(iso: string | null | undefined, locale: Locale, options: FormatDateOptions = {}): string {
  if (!iso) return '';
  const p = parseIsoParts(iso);
  if (!p) return iso;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return formatMonth(p.year, p.month, locale);
  const date = locale === 'vi' ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
  if (options.time === false || p.hour === undefined || p.minute === undefined) return date;
  const time = `${pad(p.hour)}:${pad(p.minute)}`;
  return locale === 'vi' ? `${time}, ${date}` : `${date}, ${time}`;
}

/** A month as each language writes it: vi "07/2020", en "Jul 2020". */
export function formatMonth(year: number, month: number, locale: Locale): string {
  return locale === 'vi' ? `${pad(month)}/${year}` : `${EN_MONTHS[month - 1]} ${year}`;
}

/**
 * An epoch-milliseconds moment (e.g. when a clip was saved) as a date-time, at the given offset
 * from UTC in minutes (default: the viewer's own offset at that moment).
 */
export function formatTimestamp(ms: number, locale: Locale, offsetMinutes = -new Date(ms).getTimezoneOffset()): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return formatDate(iso, locale);
}

/**
 * The viewer's own time zone (IANA name), the one the UI shows saved times in, so an export's dates (saved,
 * accessed, the file name's) agree with the screen; undefined when the runtime does not say.
 */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** An integer with the language's thousands separator: vi "10.000", en "10,000". */
export function formatNumber(n: number, locale: Locale): string {
  const sep = locale === 'vi' ? '.' : ',';
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = n < 0 ? '-' : '';
  return frac ? `${sign}${grouped}${locale === 'vi' ? ',' : '.'}${frac}` : `${sign}${grouped}`;
}
