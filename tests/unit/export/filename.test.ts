import { describe, expect, it } from 'vitest';
import { exportFilename } from '@/utils/export/filename';

const now = new Date(Date.UTC(2026, 10, 28, 18, 30)); // 29/11/2026 01:30 in Vietnam

describe('exportFilename', () => {
  it('names one article by its title, dated in Vietnam time', () => {
    expect(exportFilename({ scope: 'article', title: 'Hội nghị sơ kết', format: 'docx', now })).toBe('portal-notes_2026-11-29_hoi-nghi-so-ket.docx');
  });

  it('folds đ and every tone mark, keeps at most 40 characters', () => {
    const name = exportFilename({ scope: 'article', title: 'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước tỉnh Đắk Lắk năm 2025', format: 'markdown', now });
    const slug = name.replace(/^portal-notes_2026-11-29_/, '').replace(/\.md$/, '');
    expect(slug).toMatch(/^day-manh-chuyen-doi-so-trong-co-quan/);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(name).toMatch(/^[a-z0-9._-]+$/);
  });

  it('uses the scope word when there is no usable title', () => {
    expect(exportFilename({ scope: 'all', format: 'csv', now })).toBe('portal-notes_2026-11-29_tat-ca.csv');
    expect(exportFilename({ scope: 'selection', title: '!!!', format: 'ris', now, locale: 'en' })).toBe('portal-notes_2026-11-29_selection.ris');
  });

  it('uses each format’s extension and the given zone', () => {
    expect(exportFilename({ scope: 'all', format: 'csl', now, timeZone: 'UTC' })).toBe('portal-notes_2026-11-28_tat-ca.csl.json');
    expect(exportFilename({ scope: 'all', format: 'markdown-zip', now })).toMatch(/\.zip$/);
  });
});
