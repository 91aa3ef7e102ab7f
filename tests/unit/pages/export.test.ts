import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { createTag, saveClip, saveHighlight, updateClip } from '@/utils/db';
import type { ClipRecord } from '@/utils/db';
import type { Colour, Highlight } from '@/utils/model';
import { downloadBlob } from '@/utils/pages/download';
import { articleExportInput, assembleExportInput, buildExportFile, clipCitation, exportFormatOptions, isExportFormatId, toClip } from '@/utils/pages/export';
import { article, freshDb, makeClock, makeIds } from './helpers';
import type { LibraryDB } from '@/utils/db';

const labels: Record<Colour, string> = { yellow: 'Ý chính', green: 'Trích dẫn', blue: 'Cần kiểm tra', pink: 'Số liệu', orange: 'Câu hỏi' };
const now = new Date('2026-11-29T07:05:00Z');
let db: LibraryDB;
const clock = makeClock();
const ids = makeIds('e');
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

async function clipWith(url: string, title: string, quotes: string[]): Promise<{ clip: ClipRecord; highlights: Highlight[] }> {
  const { clip } = await saveClip(db, { article: article({ url, canonicalUrl: null, title }), url, tags: ['thi đua'] }, clock, ids);
  const highlights: Highlight[] = [];
  for (const q of quotes) highlights.push(await saveHighlight(db, { clipId: clip.id, selectors: quote(q), quote: q, colour: 'pink', note: 'Ghi chú' }, clock, ids));
  return { clip, highlights };
}

beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('export input', () => {
  it('takes only the chosen clips, in the order given, with only their highlights and no derived fields', async () => {
    const a = await clipWith('https://a.gov.vn/1', 'Bài A', ['câu một']);
    const b = await clipWith('https://a.gov.vn/2', 'Bài B', ['câu hai', 'câu ba']);
    const c = await clipWith('https://a.gov.vn/3', 'Bài C', ['câu bốn']);
    await createTag(db, { name: 'khen thưởng', colour: '#16a34a' }, clock);
    const input = assembleExportInput(
      {
        clips: [a.clip, b.clip, c.clip],
        highlights: [...a.highlights, ...b.highlights, ...c.highlights],
        tags: [{ name: 'khen thưởng', colour: '#16a34a', description: '', createdAt: 1, clipCount: 0, highlightCount: 0 } as never],
      },
      [c.clip.id, a.clip.id, 'missing'],
      { colourLabels: labels, locale: 'vi', now },
    );
    expect(input.clips.map((x) => x.title)).toEqual(['Bài C', 'Bài A']);
    expect(input.highlights.map((h) => h.quote).sort()).toEqual(['câu bốn', 'câu một']);
    expect(input.clips[0]).not.toHaveProperty('highlightCount');
    expect(input.tags[0]).toEqual({ name: 'khen thưởng', colour: '#16a34a', description: '', createdAt: 1 });
    expect(input).toMatchObject({ groupBy: 'article', locale: 'vi', now, colourLabels: labels });
  });

  it('reads one article from the database, with the clip’s current tags', async () => {
    const a = await clipWith('https://a.gov.vn/1', 'Bài A', ['câu một', 'câu hai']);
    await clipWith('https://a.gov.vn/2', 'Bài B', ['câu khác']);
    await updateClip(db, a.clip.id, { tags: ['thi đua', 'tổng kết'] }, clock);
    const input = await articleExportInput(db, a.clip.id, { colourLabels: labels, locale: 'en', now });
    expect(input.clips).toHaveLength(1);
    expect(input.clips[0].tags).toEqual(['thi đua', 'tổng kết']);
    expect(input.highlights.map((h) => h.quote)).toEqual(['câu một', 'câu hai']);
    expect(input.tags.map((t) => t.name).sort()).toEqual(['thi đua', 'tổng kết']);
    await expect(articleExportInput(db, 'nope', { colourLabels: labels, locale: 'en', now })).rejects.toThrow(/No clip/);
  });

  it('strips the highlight summary from a stored clip', () => {
    const clip = { id: 'x', highlightCount: 2, highlightColours: ['pink'], title: 't' } as unknown as ClipRecord;
    expect(toClip(clip)).toEqual({ id: 'x', title: 't' });
  });
});

describe('export files', () => {
  it('writes CSV with its byte order mark and Vietnamese text intact', async () => {
    const a = await clipWith('https://a.gov.vn/1', 'Hội nghị tổng kết công tác thi đua', ['phong trào thi đua yêu nước']);
    const input = assembleExportInput({ clips: [a.clip], highlights: a.highlights, tags: [] }, [a.clip.id], { colourLabels: labels, locale: 'vi', now });
    const file = await buildExportFile('csv', input, 'article', a.clip.title);
    expect(file.filename).toBe('portal-notes_2026-11-29_hoi-nghi-tong-ket-cong-tac-thi-dua.csv');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Hội nghị tổng kết công tác thi đua');
    expect(rows[1]).toContain('phong trào thi đua yêu nước');
    expect(rows[1]).toContain('Số liệu');
  });

  it('writes .docx as bytes (a zip) and names a selection without a title', async () => {
    const a = await clipWith('https://a.gov.vn/1', 'Bài A', ['câu một']);
    const input = assembleExportInput({ clips: [a.clip], highlights: a.highlights, tags: [] }, [a.clip.id], { colourLabels: labels, locale: 'en', now });
    const file = await buildExportFile('docx', input, 'selection');
    expect(file.filename).toBe('portal-notes_2026-11-29_selection.docx');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
  });

  it('dates the export in the viewer\'s zone, as the UI shows saved times: near midnight the day differs from Vietnam\'s', async () => {
    const a = await clipWith('https://a.gov.vn/1', 'Bài A', []);
    const late = new Date('2026-12-07T17:49:00Z'); // 00:49 on 8 December in Vietnam
    const saved = { ...a.clip, savedAt: late.getTime() };
    const input = (timeZone?: string) => assembleExportInput({ clips: [saved], highlights: [], tags: [] }, [saved.id], { colourLabels: labels, locale: 'vi', now: late, timeZone });
    expect(input().timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(clipCitation(saved, 'vi', late, 'Europe/Berlin')).toMatch(/truy cập ngày 07\/12\/2026\.$/);
    expect(clipCitation(saved, 'vi', late, 'Asia/Ho_Chi_Minh')).toMatch(/truy cập ngày 08\/12\/2026\.$/);
    expect((await buildExportFile('csv', input('Europe/Berlin'), 'selection')).filename).toBe('portal-notes_2026-12-07_da-chon.csv');
    expect((await buildExportFile('csv', input('Asia/Ho_Chi_Minh'), 'selection')).filename).toBe('portal-notes_2026-12-08_da-chon.csv');
  });

  it('lists every format named in the UI language, and knows their ids', () => {
    const vi = exportFormatOptions('vi');
    const en = exportFormatOptions('en');
    expect(vi.map((f) => f.id)).toEqual(en.map((f) => f.id));
    expect(vi.find((f) => f.id === 'docx')?.label).toMatch(/Văn bản Word/);
    expect(en.find((f) => f.id === 'docx')?.label).toMatch(/Word document/);
    expect(isExportFormatId('csv')).toBe(true);
    expect(isExportFormatId('exe')).toBe(false);
  });
});

describe('downloadBlob', () => {
  it('clicks a temporary download link and revokes the object URL later', () => {
    const created: string[] = [];
    const revoked: string[] = [];
    const urls = {
      createObjectURL: (b: Blob) => {
        created.push(b.type);
        return 'blob:test/1';
      },
      revokeObjectURL: (u: string) => void revoked.push(u),
    };
    let later: (() => void) | null = null;
    const clicks: { download: string; href: string; inDocument: boolean }[] = [];
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      e.preventDefault();
      clicks.push({ download: a.download, href: a.getAttribute('href') ?? '', inDocument: document.body.contains(a) });
    };
    document.addEventListener('click', onClick);
    downloadBlob(document, new Blob(['x'], { type: 'text/plain' }), 'tệp.txt', urls, (fn) => (later = fn));
    document.removeEventListener('click', onClick);
    expect(clicks).toEqual([{ download: 'tệp.txt', href: 'blob:test/1', inDocument: true }]);
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(revoked).toEqual([]);
    later!();
    expect(revoked).toEqual(['blob:test/1']);
    expect(created).toEqual(['text/plain']);
  });
});

