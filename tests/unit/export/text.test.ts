import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, foldAscii, slugify } from '@/utils/export/text';
import { humanDate, isoDate, partsFromIso, zonedDateTime } from '@/utils/export/dates';

describe('cleanText', () => {
  it('normalises NFD to NFC and keeps tone placement as written', () => {
    const nfd = 'Vie\u0302\u0323t Nam hoà';
    expect(cleanText(nfd)).toBe('Việt Nam hoà');
    expect(cleanText(nfd)).toHaveLength('Việt Nam hoà'.length);
  });

  it('turns CRLF and CR into LF and drops control characters but keeps tab and bidi marks', () => {
    expect(cleanText('a\r\nb\rc\u0000d\u0007\u001B\u007Fe\tf\u200Fg\u2028h')).toBe('a\nb\ncde\tf\u200Fg\nh');
  });

  it('replaces lone surrogates and keeps real pairs', () => {
    expect(cleanText('x\uD83Dy \uDE00z 😀')).toBe('x\uFFFDy \uFFFDz 😀');
  });

  it('cleanLine collapses every whitespace run into one space', () => {
    expect(cleanLine('  Tiêu\n\n đề\t bài  ')).toBe('Tiêu đề bài');
    expect(cleanLine(null)).toBe('');
  });
});

describe('foldAscii and slugify', () => {
  it('folds Vietnamese diacritics, đ and Đ included', () => {
    expect(foldAscii('Đắk Lắk, Đà Nẵng, Quảng Trị, Thừa Thiên Huế')).toBe('Dak Lak, Da Nang, Quang Tri, Thua Thien Hue');
  });

  it('makes short lowercase slugs cut at a word boundary', () => {
    expect(slugify('Hội nghị sơ kết')).toBe('hoi-nghi-so-ket');
    const long = slugify('Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024 của Sở Nội vụ');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^hoi-nghi-so-ket-cong-tac-thi-dua-khen(-[a-z0-9]+)*$/);
    expect(long.endsWith('-')).toBe(false);
  });

  it('gives an empty slug for text with nothing ASCII left', () => {
    expect(slugify('عربي 中文')).toBe('');
  });
});

describe('dates', () => {
  it('reads the calendar day as written, whatever the offset', () => {
    expect(partsFromIso('2020-07-24T23:30:00+07:00')).toEqual({ year: 2020, month: 7, day: 24 });
    expect(partsFromIso('2020-07')).toEqual({ year: 2020, month: 7, day: undefined });
    expect(partsFromIso('24/07/2020')).toBeNull();
    expect(partsFromIso('2020-13-01')).toBeNull();
  });

  it('places instants in the export zone (Vietnam by default is UTC+7)', () => {
    const t = zonedDateTime(Date.UTC(2026, 10, 28, 20, 15), 'Asia/Ho_Chi_Minh');
    expect([t.year, t.month, t.day, t.hour, t.minute]).toEqual([2026, 11, 29, 3, 15]);
    expect(zonedDateTime(Date.UTC(2026, 10, 28, 20, 15), 'UTC').day).toBe(28);
  });

  it('writes dates the way each language does', () => {
    expect(humanDate({ year: 2020, month: 7, day: 4 }, 'vi')).toBe('04/07/2020');
    expect(humanDate({ year: 2020, month: 7, day: 4 }, 'en')).toBe('4 Jul 2020');
    expect(humanDate({ year: 2020, month: 7 }, 'vi')).toBe('07/2020');
    expect(isoDate({ year: 2020, month: 7, day: 4 })).toBe('2020-07-04');
  });
});
