import { describe, expect, it } from 'vitest';
import { cleanDocumentNumber, headerNumber } from '@/utils/extract/document-number';

describe('cleanDocumentNumber', () => {
  it.each([
    ['245/QĐ-SNV', '245/QĐ-SNV'],
    ['Số 245/QĐ-SNV', '245/QĐ-SNV'],
    ['số: 15/2026/QĐ-UBND', '15/2026/QĐ-UBND'],
    ['  1203/SNV-TĐKT  ', '1203/SNV-TĐKT'],
    ['245 / QĐ - SNV', '245/QĐ-SNV'],
    ['245/QĐ–SNV', '245/QĐ-SNV'],
    ['245/QĐ-SNV ngày 12/11/2026', '245/QĐ-SNV'],
    ['08/KH-SNV (bản sao)', '08/KH-SNV'],
    // decomposed diacritics (NFD) come out composed
    ['245/Q\u0110-SNV'.normalize('NFD'), '245/QĐ-SNV'],
    ['06/CT-TTg'.normalize('NFD'), '06/CT-TTg'],
  ])('%s → %s', (value, number) => expect(cleanDocumentNumber(value)).toBe(number));

  it.each([['Đang cập nhật'], ['12/11/2026'], [''], ['Quyết định về việc khen thưởng'], ['1'.repeat(61)]])('%s → none', (value) => {
    expect(cleanDocumentNumber(value)).toBeNull();
  });
});

describe('headerNumber', () => {
  it('reads the number line of an administrative text', () => {
    expect(headerNumber('Số: 312/TB-SNV')).toBe('312/TB-SNV');
    expect(headerNumber('Số 45/2026/NQ-HĐND')).toBe('45/2026/NQ-HĐND');
    expect(headerNumber('Số điện thoại: 0239 3855 123')).toBeNull();
    expect(headerNumber('Số: 312/TB-SNV ngày 18/11/2026 của Sở Nội vụ')).toBeNull();
  });
});
