import { describe, expect, it } from 'vitest';
import { parseTypedDate, parseTypedTime } from '@/utils/date-input';

const iso = (s: string) => {
  const r = parseTypedDate(s);
  return r.kind === 'date' ? r.iso : r.kind;
};

describe('parseTypedDate', () => {
  it('reads day-first numbers with any of the usual separators', () => {
    expect(iso('24/07/2020')).toBe('2020-07-24');
    expect(iso('24/7/2020')).toBe('2020-07-24');
    expect(iso('4-7-2020')).toBe('2020-07-04');
    expect(iso('24.07.2020')).toBe('2020-07-24');
    expect(iso(' 24/07/2020 ')).toBe('2020-07-24');
  });

  it('reads Vietnamese and English words, and ISO', () => {
    expect(iso('24 tháng 7 năm 2020')).toBe('2020-07-24');
    expect(iso('ngày 24 tháng 7 năm 2020')).toBe('2020-07-24');
    expect(iso('Ngày 24 tháng 7 năm 2020'.normalize('NFD'))).toBe('2020-07-24');
    expect(iso('24 Jul 2020')).toBe('2020-07-24');
    expect(iso('July 24, 2020')).toBe('2020-07-24');
    expect(iso('2020-07-24')).toBe('2020-07-24');
  });

  it('tells empty from invalid', () => {
    expect(iso('')).toBe('empty');
    expect(iso('   ')).toBe('empty');
    for (const bad of ['31/02/2020', '24/13/2020', '24/07', 'hôm qua', '24/07/2020 15:30', '24/07/2020 và 25/07/2020', '2020', 'x'.repeat(100), '24/07/2020abc']) {
      expect(iso(bad), bad).toBe('invalid');
    }
  });
});

describe('parseTypedTime', () => {
  it('reads 24-hour times as portals write them', () => {
    expect(parseTypedTime('15:32')).toBe('15:32');
    expect(parseTypedTime('9:05')).toBe('09:05');
    expect(parseTypedTime('15h32')).toBe('15:32');
    expect(parseTypedTime('')).toBe('');
  });
  it('refuses anything else', () => {
    for (const bad of ['24:00', '12:60', '3 PM', '1532', 'giờ']) expect(parseTypedTime(bad), bad).toBeNull();
  });
});
