import { describe, expect, it } from 'vitest';
import { buildReferenceList } from '@/utils/export/reference';
import { decision } from './citation-fixtures';
import { HOSTILE, makeClip, makeInput } from './fixtures';

const ref = (clip = makeClip(), locale: 'vi' | 'en' = 'vi') => buildReferenceList(makeInput([clip], [], { locale })).trim();

describe('formatted references', () => {
  it('cite a portal article the way Vietnamese theses cite web sources', () => {
    const clip = makeClip();
    expect(ref(clip)).toBe(
      `Nguyễn Tuyết Mai (2020), “Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm”, Sở Nội vụ tỉnh Hà Tĩnh, ngày 24/07/2020, ${clip.url}, truy cập ngày 29/11/2026.`,
    );
  });

  it('cite in APA form in English: family name and initials, full date, site, URL', () => {
    const clip = makeClip();
    expect(ref(clip, 'en')).toBe(`Nguyễn, T. M. (2020, July 24). Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm. Sở Nội vụ tỉnh Hà Tĩnh. ${clip.url}`);
  });

  it('name the unit when no person signed, and say when the year is unknown', () => {
    const clip = makeClip({ authors: [], published: null, signature: { text: 'Sở Nội vụ', authors: [], unit: 'Văn phòng Sở Nội vụ', source: null } });
    expect(ref(clip)).toMatch(/^Văn phòng Sở Nội vụ \(không rõ năm\), “Hội nghị/);
    expect(ref(clip)).not.toContain(', ngày ');
    expect(ref(clip, 'en')).toMatch(/^Văn phòng Sở Nội vụ\. \(n\.d\.\)\. Hội nghị .*\. Sở Nội vụ tỉnh Hà Tĩnh\. Retrieved November 29, 2026, from https:/);
  });

  it('cite a signed document under the body that issued it, not the official who signed', () => {
    expect(ref(decision)).toMatch(/^Sở Nội vụ tỉnh Hà Tĩnh \(2026\), “Quyết định ban hành Quy chế/);
    expect(ref(decision, 'en')).toMatch(/^Sở Nội vụ tỉnh Hà Tĩnh\. \(2026, November 12\)\. Quyết định/);
    // by its number too, as Vietnamese citations of documents and APA's report numbers give it
    // (the site is the issuing body, already named as the author: not named twice)
    expect(ref(decision)).toContain('năm 2027”, số 245/QĐ-SNV, ngày 12/11/2026, https://');
    expect(ref(decision, 'en')).toContain(' năm 2027 (No. 245/QĐ-SNV). https://');
    expect(ref({ ...decision, documentNumber: null })).not.toContain('số ');
    // once the user names the authors themselves, they are cited
    expect(ref({ ...decision, corrections: { authors: ['Lê Minh Khang'] } })).toMatch(/^Lê Minh Khang \(2026\)/);
  });

  it('start with the title when nobody is named at all', () => {
    const clip = makeClip({ authors: [], signature: null });
    expect(ref(clip)).toMatch(/^“Hội nghị sơ kết.*” \(2020\), Sở Nội vụ tỉnh Hà Tĩnh, ngày 24\/07\/2020, https:/);
    expect(ref(clip, 'en')).toMatch(/^Hội nghị sơ kết.*\. \(2020, July 24\)\. Sở Nội vụ tỉnh Hà Tĩnh\. https:/);
  });

  it('join several authors, and list every clip once, one per paragraph, as plain text', () => {
    const a = makeClip({ authors: ['Trần Văn Bình', 'Lê Thị Hoa', 'Jane Doe'], lang: 'en' });
    const b = makeClip({ title: HOSTILE[2] });
    const text = buildReferenceList(makeInput([a, b], [], { locale: 'en' }));
    const paras = text.trim().split('\n\n');
    expect(paras).toHaveLength(2);
    // on an English page only names that start with a Vietnamese family name are read family-first
    expect(text).toContain('Trần, V. B., Lê, T. H., & Doe, J. (2020, July 24).');
    // a title with line breaks stays on its reference's one line
    for (const p of paras) expect(p).not.toContain('\n');
    expect(buildReferenceList(makeInput([], []))).toBe('');
  });
});

describe('the reference-list export', () => {
  it('is a UTF-8 text with a byte order mark, one reference per clip', async () => {
    const { buildExport } = await import('@/utils/export');
    const out = (await buildExport('references', makeInput([makeClip(), makeClip()], []))) as string;
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.slice(1).trim().split('\n\n')).toHaveLength(2);
  });
});
