import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import vi from '@/public/_locales/vi/messages.json';
import { MESSAGES, resolveLocale, translate, type LocaleMessage, type MessageKey } from '@/utils/i18n';
import { formatDate, formatMonth, formatNumber, formatTimestamp, parseIsoParts } from '@/utils/format';

const tables: Record<string, Record<string, LocaleMessage>> = { en, vi };
const placeholdersIn = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1].toLowerCase()).sort();

describe('_locales message tables', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('keep the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandHighlight', 'contextMenuHighlight']) {
      expect(en).toHaveProperty(key);
      expect(vi).toHaveProperty(key);
    }
  });

  it.each(['en', 'vi'])('%s: no empty messages, valid key names, NFC text', (lang) => {
    for (const [key, entry] of Object.entries(tables[lang])) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.message, key).toBe(entry.message.normalize('NFC'));
    }
  });

  it('declare the same placeholders in both languages, each used and each declared', () => {
    for (const key of Object.keys(en)) {
      const e = tables.en[key];
      const v = tables.vi[key];
      expect(Object.keys(v.placeholders ?? {}).sort(), key).toEqual(Object.keys(e.placeholders ?? {}).sort());
      for (const entry of [e, v]) {
        const used = [...new Set(placeholdersIn(entry.message))];
        expect(used, key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
        for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$\d$/);
      }
      for (const name of Object.keys(e.placeholders ?? {})) {
        expect(v.placeholders![name].content, `${key}.${name}`).toBe(e.placeholders![name].content);
      }
    }
  });

  it('translate Vietnamese text with full diacritics (not ASCII-only)', () => {
    const withMarks = Object.values(tables.vi).filter((m) => /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i.test(m.message));
    expect(withMarks.length / Object.keys(vi).length).toBeGreaterThan(0.9);
  });
});

describe('translate', () => {
  it('substitutes named placeholders in order', () => {
    expect(translate('en', 'libraryResults', ['1,234', '10,000'])).toBe('Showing 1,234 of 10,000 clips.');
    expect(translate('vi', 'libraryResults', ['1.234', '10.000'])).toBe('Đang hiển thị 1.234 trên tổng số 10.000 bài.');
    expect(translate('vi', 'tagRemove', 'thi đua')).toBe('Bỏ thẻ thi đua');
  });

  it('does not re-expand dollar signs inside substitutions', () => {
    expect(translate('en', 'tagRemove', '$1 $TAG$')).toBe('Remove tag $1 $TAG$');
  });

  it('returns the key for an unknown key instead of an empty string', () => {
    expect(translate('en', 'noSuchKey' as MessageKey)).toBe('noSuchKey');
  });

  it('exposes both tables', () => {
    expect(Object.keys(MESSAGES)).toEqual(['vi', 'en']);
  });
});

describe('resolveLocale', () => {
  it.each([
    ['auto', 'vi-VN', 'vi'],
    ['auto', 'vi', 'vi'],
    ['auto', 'en-US', 'en'],
    ['auto', 'fr-FR', 'en'],
    [null, undefined, 'en'],
    ['vi', 'en-US', 'vi'],
    ['en', 'vi-VN', 'en'],
  ] as const)('setting %s, browser %s → %s', (setting, lang, expected) => {
    expect(resolveLocale(setting, lang)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2020-07-24', 'vi', '24/07/2020'],
    ['2020-07-24', 'en', '24 Jul 2020'],
    ['2024-01-22T15:32:00+07:00', 'vi', '15:32, 22/01/2024'],
    ['2024-01-22T15:32:00+07:00', 'en', '22 Jan 2024, 15:32'],
    // the wall-clock time given is shown, whatever the offset or the test machine's time zone
    ['2024-01-22T23:30:00+07:00', 'vi', '23:30, 22/01/2024'],
    ['2024-01-22T23:30:00Z', 'en', '22 Jan 2024, 23:30'],
    ['2024-03-05T08:05', 'vi', '08:05, 05/03/2024'],
    ['2020-07', 'vi', '07/2020'],
    ['2020-07', 'en', 'Jul 2020'],
    ['2020', 'en', '2020'],
  ] as const)('%s in %s → %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  it('can leave the time out', () => {
    expect(formatDate('2024-01-22T15:32:00+07:00', 'vi', { time: false })).toBe('22/01/2024');
  });

  it('passes non-ISO text through and shows nothing for null', () => {
    expect(formatDate('hôm qua', 'vi')).toBe('hôm qua');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('parses ISO parts without time-zone conversion', () => {
    expect(parseIsoParts('2024-01-22T15:32:00.000+07:00')).toEqual({ year: 2024, month: 1, day: 22, hour: 15, minute: 32 });
    expect(parseIsoParts('22/01/2024')).toBeNull();
  });

  it('formats months, epoch timestamps at a given offset, and numbers', () => {
    expect(formatMonth(2024, 3, 'vi')).toBe('03/2024');
    expect(formatMonth(2024, 3, 'en')).toBe('Mar 2024');
    const ms = Date.UTC(2024, 0, 22, 8, 32);
    expect(formatTimestamp(ms, 'vi', 7 * 60)).toBe('15:32, 22/01/2024');
    expect(formatTimestamp(ms, 'en', 0)).toBe('22 Jan 2024, 08:32');
    expect(formatNumber(10000, 'vi')).toBe('10.000');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(12, 'en')).toBe('12');
  });
});
