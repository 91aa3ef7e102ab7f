/**
 * Reading dates out of strings: Vietnamese portal forms (day first, `ngày … tháng … năm`, `16:13' -
 * 10/04/2021`), English/European forms and ISO/RFC metadata values. Pure string → candidates; deciding
 * which date is the publication date happens in date-candidates.ts.
 */
import { stripDiacritics } from './text';

/** One date found in a string. */
export interface ParsedDate {
  /** `2024-01-22`, `2024-01-22T15:32:00+07:00` or `2024-01-22T15:32:00` (time shown, zone unknown). */
  iso: string;
  /** The exact substring the date (and its time) was read from. */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  year: number;
  month: number;
  day: number;
  hasTime: boolean;
  hasYear: boolean;
  hasZone: boolean;
  form: 'iso' | 'numeric' | 'words';
}

export interface DateParseOptions {
  /** Day before month in ambiguous numeric dates (true for Vietnamese and most of Europe). */
  dayFirst?: boolean;
  /** A time without a zone on a Vietnamese page is Vietnam time: add +07:00. */
  vietnamese?: boolean;
  /** Accept `25/2`, `ngày 10-7` without a year, dated to this year (event dates). */
  defaultYear?: number;
  minYear?: number;
  maxYear?: number;
}

const MAX_INPUT = 20_000;

/** Month names (diacritics stripped, lower case) in the languages we meet, plus Vietnamese words. */
const MONTHS: Record<string, number> = {};
const addMonths = (names: string[][]): void =>
  names.forEach((alts, i) => alts.forEach((n) => (MONTHS[n] = i + 1)));
addMonths([
  ['january', 'jan', 'januar', 'janner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'stycznia', 'ocak'],
  ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'subat'],
  ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'marco', 'maart', 'marca', 'mart'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'nisan'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maja', 'mayis'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'haziran'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'temmuz'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'agustos'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'wrzesnia', 'eylul'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'pazdziernika', 'ekim'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'kasim'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'aralik'],
]);
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** Vietnamese month words after `tháng` (diacritics stripped). */
const VI_MONTH_WORDS: Record<string, number> = {
  'muoi mot': 11, 'muoi hai': 12, mot: 1, gieng: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6,
  bay: 7, tam: 8, chin: 9, muoi: 10, chap: 12,
};
const VI_MONTH_ALT = 'muoi mot|muoi hai|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi';

// Patterns run on a diacritics-free, lower-case copy of the input with the same length as the
// original (see `foldSameLength`), so indices map back to the original text one to one.
const RE_ISO = /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/g;
const RE_YMD = /(?<![\d./-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/])/g;
const RE_DMY = /(?<![\d/.,-])(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d/]|[.,]\d)/g;
const RE_DMY_WORDS = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s{0,3}(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s{0,3}(?:de\\s+|del\\s+)?(\\d{4})(?![\\d])`,
  'gu',
);
const RE_MDY_WORDS = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALT})\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,3},\\s{0,3}|\\s{1,3})(\\d{4})(?![\\d])`,
  'gu',
);
const RE_VI_WORDS = new RegExp(
  // `10 tháng năm 2024` is "the ten months of 2024": the month word `năm` needs its own `năm` or a comma before the year
  `(?<![\\p{L}])(?:ngay\\s{1,3})?(\\d{1,2})\\s{1,3}thang\\s{1,3}(\\d{1,2}|${VI_MONTH_ALT.replace(/\|nam\|/, '|nam(?!\\s{1,3}\\d)|')})(?:\\s{0,3},\\s{0,3}|\\s{1,3})(?:nam\\s{1,3})?(\\d{4})(?![\\d])`,
  'gu',
);
const RE_VI_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}])thang\\s{1,3}(\\d{1,2}|${VI_MONTH_ALT})\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})(?![\\d])`,
  'gu',
);
/** Day and month without a year, only after a cue word (`Sáng 25/2`, `ngày 10-7`, `Chiều 12.4`). */
const RE_VI_NO_YEAR = /(?<![\p{L}])(sang|chieu|toi|trua|dem|ngay|hom nay)\s{1,3}(?:ngay\s{1,3})?(\d{1,2})\s?([/.-])\s?(\d{1,2})(?![\d]|\s?[/.-]\s?\d)/gu;
const RE_VI_WORDS_NO_YEAR = /(?<![\p{L}])(sang|chieu|toi|trua|dem|ngay)\s{1,3}(?:ngay\s{1,3})?(\d{1,2})\s{1,3}thang\s{1,3}(\d{1,2})(?![\d]|\s{0,3},?\s{0,3}(?:nam\s{1,3})?\d{2,4})/gu;

const RE_TIME = /(\d{1,2})(?:\s?(?::|h|gio)\s?|\.(?=\d\d(?!\.\d)))(\d{2})(?:\s?phút|\s?phut)?(?::(\d{2}))?'?(?:\s?(am|pm|a\.m\.|p\.m\.|sa|ch))?/iy;
const RE_ZONE = /\s{0,3}\(?\s{0,2}(?:(gmt|utc)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})(?![\d])|(z)(?![\p{L}])|(cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|bst|ict|jst|gmt|utc|et|pt|ct|mt)(?![\p{L}]))\s?\)?/iuy;
const ZONES: Record<string, string> = {
  cet: '+01:00', cest: '+02:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  pst: '-08:00', pdt: '-07:00', mst: '-07:00', mdt: '-06:00', bst: '+01:00', ict: '+07:00',
  jst: '+09:00', gmt: '+00:00', utc: '+00:00', z: '+00:00',
};
/** What may sit between a date and its time: spaces, `|`, dashes, commas, brackets, `lúc`/`at`/`um`/`à`. */
const BETWEEN_AFTER = /[\s,|\-–—/(•·]{0,6}(?:(?:luc|vao luc|at|um|a|a las|alle|om|kl\.?|-)\s{1,3})?/y;
const BETWEEN_BEFORE = /[\s,|\-–—/)(•·']{0,6}(?:ngay\s{1,3})?$/;

/** Lower-cased, diacritics removed, same length as the input (one char per char). */
export function foldSameLength(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    let f = FOLD_CACHE.get(ch);
    if (f === undefined) {
      const base = stripDiacritics(ch).toLowerCase();
      const lower = ch.toLowerCase();
      f = base.length === 1 ? base : lower.length === 1 ? lower : ' ';
      if (/[\u0300-\u036f]/.test(f)) f = ' ';
      FOLD_CACHE.set(ch, f);
    }
    out += f;
  }
  return out;
}
const FOLD_CACHE = new Map<string, string>();

/** Days in a month (Gregorian). */
function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n + (n < 70 ? 2000 : 1900);
  return n;
}

function validDate(y: number, m: number, d: number, o: DateParseOptions): boolean {
  const min = o.minYear ?? 1900;
  const max = o.maxYear ?? 2100;
  return y >= min && y <= max && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

interface TimePart { h: number; m: number; s: number; zone: string | null; start: number; end: number; us?: number }

/** US zone names without daylight-saving information: standard offset in hours. */
const US_ZONES: Record<string, number> = { et: -5, ct: -6, mt: -7, pt: -8 };

/** US daylight saving time (second Sunday of March to first Sunday of November, by date). */
function usDst(y: number, m: number, d: number): boolean {
  const nthSunday = (month: number, n: number): number => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  return m === 3 ? d >= nthSunday(3, 2) : d < nthSunday(11, 1);
}

function readZone(folded: string, at: number): { zone: string; end: number; us?: number } | null {
  RE_ZONE.lastIndex = at;
  const z = RE_ZONE.exec(folded);
  if (!z) return null;
  if (z[1]) {
    const h = Number(z[3]);
    if (h > 14) return null;
    return { zone: `${z[2]}${pad(h)}:${z[4] ? pad(Number(z[4])) : '00'}`, end: RE_ZONE.lastIndex };
  }
  if (z[5]) return { zone: `${z[5]}${z[6]}:${z[7]}`, end: RE_ZONE.lastIndex };
  const abbr = (z[8] ?? z[9] ?? '').toLowerCase();
  if (US_ZONES[abbr] !== undefined) return { zone: '', end: RE_ZONE.lastIndex, us: US_ZONES[abbr] };
  return ZONES[abbr] ? { zone: ZONES[abbr], end: RE_ZONE.lastIndex } : null;
}

function readTimeAt(folded: string, at: number): TimePart | null {
  RE_TIME.lastIndex = at;
  const t = RE_TIME.exec(folded);
  if (!t) return null;
  let h = Number(t[1]);
  const m = Number(t[2]);
  const s = t[3] ? Number(t[3]) : 0;
  const ampm = t[4]?.replace(/\./g, '');
  if (ampm === 'pm' || ampm === 'ch') {
    if (h < 12) h += 12;
  } else if ((ampm === 'am' || ampm === 'sa') && h === 12) h = 0;
  if (h > 23 || m > 59 || s > 59) return null;
  // a following digit means this was not a time (`10:305`)
  const after = folded.charAt(RE_TIME.lastIndex);
  if (/\d/.test(after)) return null;
  let end = RE_TIME.lastIndex;
  const z = readZone(folded, end);
  let zone: string | null = null;
  if (z) {
    zone = z.zone || null;
    end = z.end;
  }
  return { h, m, s, zone, start: at, end, us: z?.us };
}

/** A time right after the date (`22/01/2024 15:32`, `…, 19:25 (GMT+7)`, `… lúc 10h30`). */
function timeAfter(folded: string, end: number): TimePart | null {
  BETWEEN_AFTER.lastIndex = end;
  const b = BETWEEN_AFTER.exec(folded);
  const at = b ? BETWEEN_AFTER.lastIndex : end;
  return readTimeAt(folded, at);
}

/** A time right before the date (`15:32 22/01/2024`, `(15:32 | 22/01/2024)`, `16:13' - 10/04/2021`). */
function timeBefore(folded: string, start: number): TimePart | null {
  const from = Math.max(0, start - 40);
  const head = folded.slice(from, start);
  const gap = BETWEEN_BEFORE.exec(head);
  const timeEnd = from + (gap ? gap.index : head.length);
  const win = folded.slice(Math.max(0, timeEnd - 24), timeEnd);
  const m = /(\d{1,2})\s?(?::|h|gio)\s?(\d{2})(?:\s?phut)?(?::(\d{2}))?'?(?:\s?(am|pm|a\.m\.|p\.m\.|sa|ch))?(?:\s{0,3}\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?)?$/.exec(win);
  if (!m) return null;
  const start0 = timeEnd - win.length + m.index;
  if (start0 > 0 && /[\d:]/.test(folded.charAt(start0 - 1))) return null;
  return readTimeAt(folded, start0);
}

function isoOf(y: number, mo: number, d: number, t: TimePart | null, o: DateParseOptions): { iso: string; zone: boolean } {
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!t) return { iso: date, zone: false };
  const time = `${pad(t.h)}:${pad(t.m)}:${pad(t.s)}`;
  if (t.us !== undefined) {
    const off = t.us + (usDst(y, mo, d) ? 1 : 0);
    return { iso: `${date}T${time}${off < 0 ? '-' : '+'}${pad(Math.abs(off))}:00`, zone: true };
  }
  if (t.zone) return { iso: `${date}T${time}${t.zone}`, zone: true };
  if (o.vietnamese) return { iso: `${date}T${time}+07:00`, zone: true };
  return { iso: `${date}T${time}`, zone: false };
}

/**
 * Finds every date in `text`, in order of appearance. Times next to a date are attached to it;
 * impossible dates (31/02, month 13, years out of range) are dropped.
 */
export function findDates(text: string, opts: DateParseOptions = {}): ParsedDate[] {
  if (!text) return [];
  const src = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  // every form needs a day number; forms with a year need two digits in a row
  if (!/\d/.test(src)) return [];
  const hasYear = /\d\d/.test(src);
  if (!hasYear && !opts.defaultYear) return [];
  const folded = foldSameLength(src);
  const o: DateParseOptions = { dayFirst: true, ...opts };
  const found: ParsedDate[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);

  const push = (start: number, end: number, y: number, mo: number, d: number, form: ParsedDate['form'], hasYear: boolean, ownTime: TimePart | null): void => {
    if (!validDate(y, mo, d, o) || overlaps(start, end)) return;
    let t = ownTime;
    let s = start;
    let e = end;
    if (!t) {
      t = timeAfter(folded, end);
      if (t) e = t.end;
      else {
        t = timeBefore(folded, start);
        if (t) s = t.start;
      }
    }
    const { iso, zone } = isoOf(y, mo, d, t, o);
    taken.push([s, e]);
    found.push({ iso, text: src.slice(s, e).trim(), index: s, year: y, month: mo, day: d, hasTime: !!t, hasYear, hasZone: zone, form });
  };

  let m: RegExpExecArray | null;
  const fourDigits = /\d{4}/.test(src);
  const letters = /[a-z]{3}/.test(folded);
  if (fourDigits) {
    RE_ISO.lastIndex = 0;
    while ((m = RE_ISO.exec(folded))) {
      const hasT = m[4] !== undefined;
      let t: TimePart | null = null;
      if (hasT) {
        const zraw = m[7];
        let zone: string | null = null;
        if (zraw === 'z') zone = '+00:00';
        else if (zraw) zone = zraw.length === 3 ? `${zraw}:00` : zraw.includes(':') ? zraw : `${zraw.slice(0, 3)}:${zraw.slice(3)}`;
        const h = Number(m[4]);
        const mi = Number(m[5]);
        const se = m[6] ? Number(m[6]) : 0;
        if (h < 24 && mi < 60 && se < 60) t = { h, m: mi, s: se, zone, start: m.index, end: m.index + m[0].length };
      }
      push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), 'iso', true, t);
    }
    RE_YMD.lastIndex = 0;
    while ((m = RE_YMD.exec(folded))) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), 'numeric', true, null);
    RE_VI_WORDS.lastIndex = 0;
    while ((m = RE_VI_WORDS.exec(folded))) {
      const mo = /^\d/.test(m[2]) ? Number(m[2]) : VI_MONTH_WORDS[m[2]] ?? 0;
      push(m.index, m.index + m[0].length, Number(m[3]), mo, Number(m[1]), 'words', true, null);
    }
    RE_VI_MONTH_FIRST.lastIndex = 0;
    while ((m = RE_VI_MONTH_FIRST.exec(folded))) {
      const mo = /^\d/.test(m[1]) ? Number(m[1]) : VI_MONTH_WORDS[m[1]] ?? 0;
      push(m.index, m.index + m[0].length, Number(m[3]), mo, Number(m[2]), 'words', true, null);
    }
    if (letters) {
      RE_DMY_WORDS.lastIndex = 0;
      while ((m = RE_DMY_WORDS.exec(folded))) push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[2]], Number(m[1]), 'words', true, null);
      RE_MDY_WORDS.lastIndex = 0;
      while ((m = RE_MDY_WORDS.exec(folded))) push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[1]], Number(m[2]), 'words', true, null);
    }
  }
  RE_DMY.lastIndex = 0;
  while ((m = RE_DMY.exec(folded))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = expandYear(m[4]);
    if (m[4].length === 2 && m[2] === '-' ) continue;
    let day = a;
    let mo = b;
    if (a <= 12 && b > 12) [day, mo] = [b, a];
    // dots are never month-first (US dates use slashes)
    else if (a <= 12 && b <= 12 && o.dayFirst === false && m[2] !== '.') [day, mo] = [b, a];
    push(m.index, m.index + m[0].length, y, mo, day, 'numeric', true, null);
  }
  if (o.defaultYear) {
    const y0 = o.defaultYear;
    RE_VI_NO_YEAR.lastIndex = 0;
    while ((m = RE_VI_NO_YEAR.exec(folded))) {
      const start = m.index;
      push(start, start + m[0].length, y0, Number(m[4]), Number(m[2]), 'numeric', false, null);
    }
    RE_VI_WORDS_NO_YEAR.lastIndex = 0;
    while ((m = RE_VI_WORDS_NO_YEAR.exec(folded))) push(m.index, m.index + m[0].length, y0, Number(m[3]), Number(m[2]), 'words', false, null);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in a Vietnamese string (day first; a time without zone is +07:00), or null. */
export function parseVietnameseDate(text: string, defaultYear?: number): ParsedDate | null {
  return findDates(text, { dayFirst: true, vietnamese: true, defaultYear })[0] ?? null;
}

/**
 * A machine-readable date from metadata (`2025-10-22T19:25:52+07:00`, `2019-10-19 12:00`,
 * `Tue, 15 Nov 1994 08:12:31 GMT`, `20191019`), or null. Date-only values stay date-only.
 */
export function parseMachineDate(value: string, opts: DateParseOptions = {}): ParsedDate | null {
  const v = value.trim().slice(0, 200);
  if (!v) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:t?(\d{2})(\d{2})(\d{2})?)?/i.exec(v);
  if (compact) {
    const [y, mo, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
    if (validDate(y, mo, d, { minYear: 1900, ...opts })) {
      const t = compact[4] ? { h: Number(compact[4]), m: Number(compact[5]), s: Number(compact[6] ?? 0), zone: null, start: 0, end: 0 } : null;
      const { iso, zone } = isoOf(y, mo, d, t && t.h < 24 && t.m < 60 ? t : null, opts);
      return { iso, text: value.trim(), index: 0, year: y, month: mo, day: d, hasTime: !!t, hasYear: true, hasZone: zone, form: 'iso' };
    }
  }
  const all = findDates(v, { dayFirst: opts.dayFirst ?? false, ...opts });
  const first = all[0];
  return first ? { ...first, text: value.trim() } : null;
}

/** Vietnamese month word (`Bảy`, `mười một`) or number → 1..12, or 0. */
export function vietnameseMonth(word: string): number {
  const w = stripDiacritics(word).toLowerCase().trim();
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return VI_MONTH_WORDS[w] ?? 0;
}

/**
 * A UTC instant (`…Z`, `…+00:00`) as Vietnam's wall-clock time (`…+07:00`): the same moment, written
 * the way a Vietnamese page's readers see it, so the day shown and cited is theirs. Anything else
 * (a date only, another zone, no zone) is returned unchanged.
 */
export function utcToVietnamTime(iso: string): string {
  return utcAtOffset(iso, 7 * 60);
}

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]00:?00)$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?([+-])(\d{2}):?(\d{2})$/;

/** A candidate date as `rankDates` gives it: value, the text it was read from, where, how sure. */
interface DateSeen {
  iso: string;
  text: string;
  source: string;
  score: number;
}

/** The publication instant as the publisher wrote it: `iso` and, when known, its offset from UTC in minutes. */
export interface PublisherTime {
  iso: string;
  offset: number | null;
}

/**
 * A UTC instant from metadata (`2023-11-01T23:01:00Z`) written the way the publisher shows it:
 * - another of the page's dates gives the same instant with its offset (`2019-11-19 21:57:00 -0800`): that offset;
 * - the page shows it on another day (`<time datetime="2023-11-01T23:01Z">02 Novembre 2023, 00:01</time>`,
 *   a date line `November 8, 2023, 11:15 PM`): the offset the shown time implies; with no time shown,
 *   the shown day alone (`2019-11-19`), rather than a made-up clock time.
 * Returns null when `iso` is not a UTC instant or nothing the page shows disagrees with its UTC day.
 */
export function publisherTime(iso: string, candidates: DateSeen[], dayFirst: boolean): PublisherTime | null {
  const m = UTC_INSTANT.exec(iso);
  if (!m) return null;
  const t = Date.parse(`${m[1]}Z`);
  if (!Number.isFinite(t)) return null;
  for (const c of candidates) {
    const z = ZONED.exec(c.iso);
    if (!z || c.score < 0.8 || Math.abs(Date.parse(c.iso) - t) >= 60_000) continue;
    const offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
    if (offset !== 0 && Math.abs(offset) <= 14 * 60) return { iso: utcAtOffset(iso, offset), offset };
  }
  const shown = shownDays(candidates, t, dayFirst);
  const days = new Set(shown.map((s) => s.day));
  if (days.size !== 1 || days.has(m[1].slice(0, 10))) return null;
  const [day] = days;
  const dayAt = (minutes: number): string => new Date(t + minutes * 60_000).toISOString().slice(0, 10);
  for (const s of shown) {
    if (!s.time) continue;
    const diff = (Date.parse(`${day}T${s.time}:00Z`) - t) / 60_000;
    const quarter = Math.round(diff / 15) * 15;
    if (Math.abs(diff - quarter) < 1 && quarter >= -12 * 60 && quarter <= 14 * 60 && dayAt(quarter) === day) return { iso: utcAtOffset(iso, quarter), offset: quarter };
  }
  // a day within the world's offsets of the instant, shown without a time
  return dayAt(14 * 60) === day || dayAt(-12 * 60) === day ? { iso: day, offset: null } : null;
}

/** A date the page shows as text: its day, and its time of day when shown (`00:01`). */
interface ShownDay {
  day: string;
  time: string | null;
}

/**
 * The days the page shows for the instant `at`: the text of a `<time>`/itemprop element carrying that
 * instant, and date lines read from the page with a good score. Metadata and the address are not shown.
 */
function shownDays(candidates: DateSeen[], at: number, dayFirst: boolean): ShownDay[] {
  const out: ShownDay[] = [];
  for (const c of candidates) {
    if (!c.text || /^\d{4}-\d\d-\d\d(?:[T ]|$)/.test(c.text)) continue;
    let shown: string | null = null;
    if (c.source.startsWith('text:') && c.score >= 0.8) shown = c.iso;
    else if ((c.source === 'time' || c.source === 'time[pubdate]' || c.source.startsWith('itemprop')) && Math.abs(Date.parse(c.iso) - at) < 60_000) {
      shown = findDates(c.text, { dayFirst })[0]?.iso ?? null;
    }
    if (shown) out.push({ day: shown.slice(0, 10), time: /T(\d{2}:\d{2})/.exec(shown)?.[1] ?? null });
  }
  return out;
}

/** A UTC instant written at `offsetMinutes` from UTC (`2023-11-01T23:01:00Z`, 60 → `2023-11-02T00:01:00+01:00`); anything else unchanged. */
export function utcAtOffset(iso: string, offsetMinutes: number): string {
  const m = UTC_INSTANT.exec(iso);
  if (!m) return iso;
  const t = Date.parse(`${m[1]}Z`);
  if (!Number.isFinite(t)) return iso;
  const local = new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const a = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
