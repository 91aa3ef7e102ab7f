import { describe, expect, it } from 'vitest';
import { personName } from '@/utils/export/names';

describe('personName', () => {
  it.each([
    ['Nguyễn Tuyết Mai', 'vi', { family: 'Nguyễn', given: 'Tuyết Mai' }],
    ['TRẦN VĂN BÌNH', 'vi', { family: 'Trần', given: 'Văn Bình' }],
    ['Đặng Thị Hồng Nhung.', 'vi', { family: 'Đặng', given: 'Thị Hồng Nhung' }],
    ['Nguyen Van An', 'en', { family: 'Nguyen', given: 'Van An' }],
    ['John Smith', 'en', { family: 'Smith', given: 'John' }],
    ['N.T.M', 'vi', { literal: 'N.T.M' }],
    ['T.Duyên', 'vi', { literal: 'T.Duyên' }],
    ['PV', 'vi', { literal: 'PV' }],
  ])('%s (%s)', (raw, lang, expected) => {
    expect(personName(raw, lang)).toEqual(expected);
  });
});
