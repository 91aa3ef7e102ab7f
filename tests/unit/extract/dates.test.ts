/** Date strings: every publication-date form in docs/vn-portals.md, English/European forms, and the look-alikes. */
import { describe, expect, it } from 'vitest';
import { dateLineText } from '@/utils/extract/date-candidates';
import { findDates, parseMachineDate, parseVietnameseDate, publisherTime, utcAtOffset, utcToVietnamTime, vietnameseMonth } from '@/utils/extract/dates';
import { extract, paragraphs, portalPage } from './helpers';

describe('parseVietnameseDate: portal date-line forms', () => {
  it.each([
    ['24/07/2020', '2020-07-24', '24/07/2020'],
    ['4/7/2020', '2020-07-04', '4/7/2020'],
    ['(15:32 | 22/01/2024)', '2024-01-22T15:32:00+07:00', '15:32 | 22/01/2024'],
    ['15:32 22/01/2024', '2024-01-22T15:32:00+07:00', '15:32 22/01/2024'],
    ['22/01/2024 15:32', '2024-01-22T15:32:00+07:00', '22/01/2024 15:32'],
    ['Ngày đăng: 13/02/2015', '2015-02-13', '13/02/2015'],
    ['Đăng ngày: 13/02/2015 09:01:54', '2015-02-13T09:01:54+07:00', '13/02/2015 09:01:54'],
    ['Ngày xuất bản: 01/12/2022 08:00', '2022-12-01T08:00:00+07:00', '01/12/2022 08:00'],
    ['Cập nhật lúc 10:05 ngày 02/03/2023', '2023-03-02T10:05:00+07:00', '10:05 ngày 02/03/2023'],
    ['Thời gian đăng: 05/06/2019', '2019-06-05', '05/06/2019'],
    ['Đăng ngày 28 - 08 - 2015', '2015-08-28', '28 - 08 - 2015'],
    ['28.08.2015', '2015-08-28', '28.08.2015'],
    ['Thứ tư, 22/10/2025, 19:25 (GMT+7)', '2025-10-22T19:25:00+07:00', '22/10/2025, 19:25 (GMT+7)'],
    ['Thứ Sáu, 24/07/2020 - 10:30', '2020-07-24T10:30:00+07:00', '24/07/2020 - 10:30'],
    ['Chủ nhật, 26/07/2020', '2020-07-26', '26/07/2020'],
    ['ngày 24 tháng 7 năm 2020', '2020-07-24', 'ngày 24 tháng 7 năm 2020'],
    ['30 tháng 8, 2024', '2024-08-30', '30 tháng 8, 2024'],
    ['ngày 10 tháng Năm năm 2024', '2024-05-10', 'ngày 10 tháng Năm năm 2024'],
    ['Tháng Bảy 24, 2020', '2020-07-24', 'Tháng Bảy 24, 2020'],
    ["16:13' - 10/04/2021", '2021-04-10T16:13:00+07:00', "16:13' - 10/04/2021"],
    ['10h30 ngày 24/7/2020', '2020-07-24T10:30:00+07:00', '10h30 ngày 24/7/2020'],
    ['24/7/2020 10 giờ 30', '2020-07-24T10:30:00+07:00', '24/7/2020 10 giờ 30'],
    ['17/10/21', '2021-10-17', '17/10/21'],
    ['Thứ hai - 03/04/2023 09:15', '2023-04-03T09:15:00+07:00', '03/04/2023 09:15'],
    ['03/04/2023 | 412', '2023-04-03', '03/04/2023'],
    ['03/04/2023 09:15 Số lượt xem: 88', '2023-04-03T09:15:00+07:00', '03/04/2023 09:15'],
    ['cms-publish-date 03/04/2023 | 09:15 | cms-view-count: 88', '2023-04-03T09:15:00+07:00', '03/04/2023 | 09:15'],
    ['Thứ hai, ngày 03/04/2023 | 09:15 AM (GMT +7)', '2023-04-03T09:15:00+07:00', '03/04/2023 | 09:15 AM (GMT +7)'],
    ['Thứ hai, ngày 03/04/2023 | 02:15 PM', '2023-04-03T14:15:00+07:00', '03/04/2023 | 02:15 PM'],
    ['Kinh tế - Ngày đăng : 09:15, 03/04/2023', '2023-04-03T09:15:00+07:00', '09:15, 03/04/2023'],
    ['• Cập nhật: 03/04/2023', '2023-04-03', '03/04/2023'],
    // NFD input (combining marks) reads the same
    ['Ngày đăng: 13/02/2015'.normalize('NFD'), '2015-02-13', '13/02/2015'],
  ])('%s → %s', (input, iso, text) => {
    const d = parseVietnameseDate(input);
    expect(d?.iso).toBe(iso);
    expect(d?.text).toBe(text);
  });
});

describe('findDates: English and European forms (day first unless told otherwise)', () => {
  it.each([
    ['March 3, 2023', {}, '2023-03-03'],
    ['Mar. 3, 2023', {}, '2023-03-03'],
    ['3 March 2023', {}, '2023-03-03'],
    ['3rd March 2023', {}, '2023-03-03'],
    ['Monday, March 3rd, 2023', {}, '2023-03-03'],
    ['03.04.2023', { dayFirst: false }, '2023-04-03'],
    ['2023-03-03', {}, '2023-03-03'],
    ['2023/03/03', {}, '2023-03-03'],
    ['04/03/2023', { dayFirst: false }, '2023-04-03'],
    ['04/03/2023', { dayFirst: true }, '2023-03-04'],
    ['13/03/2023', { dayFirst: false }, '2023-03-13'],
    ['3. März 2023', {}, '2023-03-03'],
    ['1er mars 2023', {}, '2023-03-01'],
    ['3 de marzo de 2023', {}, '2023-03-03'],
    ['3 marzo 2023', {}, '2023-03-03'],
    ['3 de março de 2023', {}, '2023-03-03'],
    ['3 maart 2023', {}, '2023-03-03'],
    ['Published Mon 3 Mar 2023 10.30 GMT', {}, '2023-03-03T10:30:00+00:00'],
    ['May 14, 2024, 6:45 a.m. ET', { dayFirst: false }, '2024-05-14T06:45:00-04:00'],
    ['January 4, 2024, 6:45 p.m. ET', { dayFirst: false }, '2024-01-04T18:45:00-05:00'],
    ['2019-10-19T12:30:00+02:00', {}, '2019-10-19T12:30:00+02:00'],
    ['2019-10-19T12:30:00Z', {}, '2019-10-19T12:30:00+00:00'],
    ['2026-06-05T20:43:49+0000', {}, '2026-06-05T20:43:49+00:00'],
  ])('%s %j → %s', (input, opts, iso) => {
    expect(findDates(input, opts)[0]?.iso).toBe(iso);
  });
});

describe('findDates: things that are not dates', () => {
  it.each([
    'thương binh 1/4, bệnh binh 1/3',
    '3/3 lượt, 4/4 thôn, 12/12 xã',
    '155/216 hộ',
    'nhiệm kỳ 2020-2025',
    'giai đoạn 2016-2020',
    'quý IV/2020',
    'Tháng 10, 2020',
    'CN T2 T3 T4 T5 T6 T7 1 2 3 4 5 6 7',
    'Điện thoại: 0251.3822.123',
    'phiên bản 1.2.3',
    '31/02/2020',
    '13/13/2020',
    'số 12/2024/NĐ-CP',
    '© 2024',
    'trong 10 tháng năm 2024 đã tiếp nhận',
    'sau 3 tháng năm 2023',
  ])('%s has no full date', (input) => {
    expect(findDates(input, { vietnamese: true }).filter((d) => d.hasYear)).toEqual([]);
  });

  it('reads the date of a quoted decision as a date (deciding it is no event happens elsewhere)', () => {
    expect(findDates('Quyết định số 123/QĐ-UBND ngày 05/3/2024')[0]?.iso).toBe('2024-03-05');
  });
});

describe('findDates: event dates without a year take the given year', () => {
  it.each([
    ['Chiều ngày 17/7/2020, đoàn công tác', '2020-07-17', '17/7/2020'],
    ['Sáng 25/2, UBND huyện', '2020-02-25', 'Sáng 25/2'],
    ['từ ngày 10-7 đến nay', '2020-07-10', 'ngày 10-7'],
    ['Chiều 12.4, tại hội trường', '2020-04-12', 'Chiều 12.4'],
    ['Tối 26/8 đã diễn ra', '2020-08-26', 'Tối 26/8'],
  ])('%s', (input, iso, text) => {
    const d = findDates(input, { vietnamese: true, defaultYear: 2020 })[0];
    expect(d?.iso.slice(0, 10)).toBe(iso);
    expect(d?.text).toBe(text);
  });

  it('needs a cue word before a bare day/month', () => {
    expect(findDates('đạt 25/2 chỉ tiêu', { defaultYear: 2020 })).toEqual([]);
  });
});

describe('dateLineText: the date as the page shows it', () => {
  it.each([
    ['Ngày đăng: 13/02/2015 09:01:54 Cập nhật: 15/02/2015 08:00', 'Ngày đăng: 13/02/2015 09:01:54'],
    ['Thứ hai - 03/04/2023 09:15 Đã xem: 412', 'Thứ hai - 03/04/2023 09:15'],
    ['(15:32 | 22/01/2024)', '(15:32 | 22/01/2024)'],
    ['Thứ tư, 22/10/2025, 19:25 (GMT+7)', 'Thứ tư, 22/10/2025, 19:25 (GMT+7)'],
    ['Đăng ngày 28 - 08 - 2015 · Chuyên mục: Tin hoạt động', 'Đăng ngày 28 - 08 - 2015'],
    ['by Amara Okafor Published March 3, 2023 7 min read', 'Published March 3, 2023'],
    ['24/07/2020', '24/07/2020'],
  ])('%s → %s', (line, shown) => {
    const d = findDates(line, { vietnamese: true, dayFirst: true })[0];
    expect(dateLineText(line, d)).toBe(shown);
  });
});

describe('parseMachineDate: metadata values', () => {
  it.each([
    ['2025-10-22T19:25:52+07:00', '2025-10-22T19:25:52+07:00'],
    ['2018-04-05T06:00', '2018-04-05T06:00:00'],
    ['2019-10-19', '2019-10-19'],
    ['20191019', '2019-10-19'],
    ['Tue, 15 Nov 1994 08:12:31 GMT', '1994-11-15T08:12:31+00:00'],
    ['2023-11-01T23:01:00.000Z', '2023-11-01T23:01:00+00:00'],
  ])('%s → %s', (value, iso) => {
    expect(parseMachineDate(value)?.iso).toBe(iso);
  });

  it('adds +07:00 to a zone-less time on a Vietnamese page', () => {
    expect(parseMachineDate('2020-07-24 10:30', { vietnamese: true })?.iso).toBe('2020-07-24T10:30:00+07:00');
  });

  it.each(['', 'not a date', '2019-13-45', '0000-00-00'])('rejects %j', (value) => {
    expect(parseMachineDate(value)).toBeNull();
  });
});

describe('vietnameseMonth', () => {
  it.each([
    ['Một', 1], ['Giêng', 1], ['Tư', 4], ['Bảy', 7], ['bẩy', 7], ['Mười', 10], ['Mười Một', 11], ['mười hai', 12], ['7', 7], ['xyz', 0],
  ])('%s → %d', (word, n) => {
    expect(vietnameseMonth(word as string)).toBe(n);
  });
});

describe('utcToVietnamTime', () => {
  it('writes a UTC instant as Vietnam wall-clock time, the same moment', () => {
    expect(utcToVietnamTime('2024-01-21T18:30:00Z')).toBe('2024-01-22T01:30:00+07:00');
    expect(utcToVietnamTime('2024-01-21T18:30:00.000Z')).toBe('2024-01-22T01:30:00+07:00');
    expect(utcToVietnamTime('2024-01-21T18:30+00:00')).toBe('2024-01-22T01:30:00+07:00');
    expect(Date.parse(utcToVietnamTime('2024-12-31T20:00:00Z'))).toBe(Date.parse('2024-12-31T20:00:00Z'));
  });
  it('leaves dates, other zones and zoneless times alone', () => {
    for (const iso of ['2024-01-21', '2024-01-21T18:30:00+07:00', '2024-01-21T18:30:00-04:00', '2024-01-21T18:30:00', 'garbage']) expect(utcToVietnamTime(iso)).toBe(iso);
  });
});

describe('a Vietnamese page dated in UTC metadata', () => {
  it('shows the day its readers see', () => {
    const html = portalPage(`<h1>Hội nghị giao ban trực tuyến</h1><div class="content">${paragraphs(4)}</div>`, { head: '<meta property="article:published_time" content="2024-01-21T18:30:00Z">' });
    expect(extract(html).published).toBe('2024-01-22T01:30:00+07:00');
  });
});

describe('publisherTime', () => {
  const c = (iso: string, text: string, source: string, score = 0.9) => ({ iso, text, source, score });
  it('takes the offset another candidate gives for the same instant', () => {
    expect(publisherTime('2019-11-20T05:57:50+00:00', [c('2019-11-19T21:57:50-08:00', '2019-11-19 21:57:50 -0800', 'meta:sailthru.date')], false)).toEqual({ iso: '2019-11-19T21:57:50-08:00', offset: -480 });
  });
  it('takes the offset a shown time implies, to the quarter hour (India)', () => {
    expect(publisherTime('2024-03-01T20:00:00Z', [c('2024-03-02T01:30:00', '2 March 2024, 1:30 AM', 'text:date-line')], true)).toEqual({ iso: '2024-03-02T01:30:00+05:30', offset: 330 });
  });
  it('reads the shown text of a <time> carrying the instant', () => {
    expect(publisherTime('2023-11-01T23:01:00Z', [c('2023-11-01T23:01:00+00:00', '02 Novembre 2023, 00:01', 'time')], true)?.iso).toBe('2023-11-02T00:01:00+01:00');
  });
  it('gives the shown day alone when no time is shown', () => {
    expect(publisherTime('2019-11-20T01:53:14Z', [c('2019-11-19', 'Nov. 19, 2019', 'text:date-line')], false)).toEqual({ iso: '2019-11-19', offset: null });
  });
  it.each([
    ['the shown day is the UTC day', '2023-11-09T14:15:00Z', [c('2023-11-09', 'November 9, 2023', 'text:date-line')]],
    ['the shown days disagree', '2023-11-09T04:15:00Z', [c('2023-11-08', 'November 8, 2023', 'text:date-line'), c('2023-11-10', '10/11/2023', 'text:date-line')]],
    ['a weak date line', '2023-11-09T04:15:00Z', [c('2023-11-08', 'November 8, 2023', 'text:list', 0.4)]],
    ['a <time> for another instant', '2023-11-09T04:15:00Z', [c('2023-11-07T10:00:00Z', 'Nov 7', 'time')]],
    ['a day farther than any offset', '2023-11-09T04:15:00Z', [c('2023-11-05', 'November 5, 2023', 'text:date-line')]],
    ['not a UTC instant', '2023-11-09T04:15:00+01:00', [c('2023-11-08', 'November 8, 2023', 'text:date-line')]],
    ['a date only', '2023-11-09', [c('2023-11-08', 'November 8, 2023', 'text:date-line')]],
  ])('leaves it alone when %s', (_l, iso, cands) => {
    expect(publisherTime(iso, cands, false)).toBeNull();
  });
  it('writes an instant at an offset', () => {
    expect(utcAtOffset('2023-11-01T23:01:00Z', 60)).toBe('2023-11-02T00:01:00+01:00');
    expect(utcAtOffset('2023-11-09T04:15:00.000Z', -300)).toBe('2023-11-08T23:15:00-05:00');
    expect(utcAtOffset('2023-11-09', -300)).toBe('2023-11-09');
  });
});
