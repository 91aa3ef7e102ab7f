import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDocument } from '@/utils/search/search-index';
import { buildSearchDocument } from '@/utils/search/corpus';
import { buildSearchIndex } from '@/utils/search/build';

const doc = (id: string, fields: SearchDocument['fields']): SearchDocument => ({ id, fields });
const ids = (hits: { id: string }[] | null) => (hits ?? []).map((h) => h.id);

function sample(): SearchIndex {
  const index = new SearchIndex();
  index.add(doc('a', { title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023', body: 'Sáng 12/1, Sở Nội vụ tổ chức hội nghị.' }));
  index.add(doc('b', { title: 'Tập huấn nghiệp vụ văn thư', body: 'Nội dung về phong trào thi đua yêu nước.' }));
  index.add(doc('c', { title: 'Hòa giải ở cơ sở', body: 'Tổ hòa giải thôn 3 họp định kỳ.' }));
  index.add(doc('d', { title: 'Trồng hoa ven đường', body: 'Đoàn viên trồng hoa tại xã.', tags: 'môi trường' }));
  index.add(doc('e', { title: 'Báo cáo', notes: 'cần kiểm tra lại số liệu thi đua' }));
  return index;
}

describe('SearchIndex', () => {
  it('finds text typed without diacritics ("thi dua" finds "thi đua")', () => {
    expect(ids(sample().search('thi dua')).sort()).toEqual(['a', 'b', 'e']);
  });

  it('treats old and new tone placement and NFD queries alike ("hoà" finds "hòa")', () => {
    const index = sample();
    expect(ids(index.search('hoà giai'))).toEqual(['c']);
    expect(ids(index.search('hòa giải'.normalize('NFD')))).toEqual(['c']);
  });

  it('finds NFD document text', () => {
    const index = new SearchIndex();
    index.add(doc('x', { body: 'Ủy ban nhân dân phường'.normalize('NFD') }));
    expect(ids(index.search('uy ban'))).toEqual(['x']);
    expect(ids(index.search('uỷ ban'))).toEqual(['x']);
  });

  it('requires every word (AND)', () => {
    expect(ids(sample().search('thi dua tap huan'))).toEqual(['b']);
    expect(sample().search('thi dua khong-co-tu-nay')).toEqual([]);
  });

  it('matches the last word as a prefix while typing, not after a space', () => {
    const index = sample();
    expect(ids(index.search('thi đ')).sort()).toEqual(['a', 'b', 'e']);
    expect(ids(index.search('hoa gi'))).toEqual(['c']);
    expect(ids(index.search('hoa gi '))).toEqual([]);
  });

  it('ranks exact-diacritic matches above folded ones but keeps both', () => {
    const index = sample();
    expect(ids(index.search('hòa'))).toEqual(['c', 'd']);
    expect(ids(index.search('hoa'))).toHaveLength(2);
    expect(ids(index.search('hoa ')).sort()).toEqual(['c', 'd']);
    const flipped = new SearchIndex();
    flipped.add(doc('plain', { title: 'hoa' }));
    flipped.add(doc('accented', { title: 'hòa' }));
    expect(ids(flipped.search('hòa'))).toEqual(['accented', 'plain']);
  });

  it('weights title above quotes/notes/tags above body', () => {
    const index = new SearchIndex();
    index.add(doc('body', { body: 'ngân sách' }));
    index.add(doc('note', { notes: 'ngân sách' }));
    index.add(doc('title', { title: 'ngân sách' }));
    expect(ids(index.search('ngan sach'))).toEqual(['title', 'note', 'body']);
  });

  it('prefers whole-word matches to prefix matches', () => {
    const index = new SearchIndex();
    index.add(doc('prefix', { title: 'thiết bị' }));
    index.add(doc('whole', { title: 'thi cử' }));
    expect(ids(index.search('thi'))).toEqual(['whole', 'prefix']);
  });

  it('reports the fields that matched', () => {
    const hits = sample().search('kiem tra')!;
    expect(hits).toHaveLength(1);
    expect(hits[0].fields).toEqual(['notes']);
    const t = sample().search('moi truong')!;
    expect(t[0].fields).toEqual(['tags']);
  });

  it('returns null for an empty query', () => {
    expect(sample().search('  ,. ')).toBeNull();
  });

  it('adds, updates and removes incrementally', () => {
    const index = sample();
    index.update(doc('b', { title: 'Tập huấn nghiệp vụ', body: 'văn thư lưu trữ' }));
    expect(ids(index.search('thi dua')).sort()).toEqual(['a', 'e']);
    expect(ids(index.search('luu tru'))).toEqual(['b']);
    index.remove('a');
    expect(ids(index.search('thi dua'))).toEqual(['e']);
    expect(index.size).toBe(4);
    index.remove('missing');
    expect(index.has('a')).toBe(false);
  });

  it('keeps answering correctly after compaction of many removals', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 3000; i++) index.add(doc(`k${i}`, { title: i % 2 ? 'lẻ' : 'chẵn', body: `số ${i}` }));
    for (let i = 0; i < 2500; i++) index.remove(`k${i}`);
    expect(index.size).toBe(500);
    const odd = ids(index.search('le'));
    expect(odd).toHaveLength(250);
    expect(odd.every((id) => Number(id.slice(1)) % 2 === 1 && Number(id.slice(1)) >= 2500)).toBe(true);
    expect(ids(index.search('so 2999'))).toEqual(['k2999']);
    index.add(doc('new', { title: 'lẻ' }));
    expect(ids(index.search('le'))).toHaveLength(251);
  });
});

describe('buildSearchDocument + buildSearchIndex', () => {
  it('indexes highlight quotes, notes and highlight tags with the clip', async () => {
    const d = buildSearchDocument(
      { id: 'c1', title: 'Tin A', site: 'Sở Nội vụ', authors: ['Nguyễn Tuyết Mai'], tags: ['nội vụ'] },
      [{ quote: 'phong trào thi đua', note: 'đáng chú ý', tags: ['khen thưởng'] }],
      'Nội dung bài viết',
    );
    const index = await buildSearchIndex([d, doc('c2', { title: 'khác' })], { chunkSize: 1 });
    expect(index.search('khen thuong')![0]).toMatchObject({ id: 'c1', fields: ['tags'] });
    expect(ids(index.search('tuyet mai'))).toEqual(['c1']);
    expect(ids(index.search('dang chu y'))).toEqual(['c1']);
    expect(index.size).toBe(2);
  });

  it('finds a document by its number, as written or typed without diacritics and separators', async () => {
    const d = buildSearchDocument({ id: 'vb', title: 'Quyết định ban hành Quy chế thi đua', site: 'Sở Nội vụ', authors: [], tags: [], documentNumber: '245/QĐ-SNV' }, [], '');
    const other = buildSearchDocument({ id: 'tin', title: 'Hội nghị 245 đại biểu', site: 'Sở Nội vụ', authors: [], tags: [] }, [], '');
    const index = await buildSearchIndex([d, other]);
    expect(ids(index.search('245/QĐ-SNV'))).toEqual(['vb']);
    expect(ids(index.search('245 qd snv'))).toEqual(['vb']);
    expect(index.search('245/QĐ-SNV')![0].fields).toEqual(['title']);
  });

  it('reports progress and stops when aborted', async () => {
    const docs = Array.from({ length: 10 }, (_, i) => doc(`d${i}`, { title: `bài ${i}` }));
    const progress: number[] = [];
    await buildSearchIndex(docs, { chunkSize: 4, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([4, 8, 10]);
    const ctrl = new AbortController();
    const p = buildSearchIndex(docs, { chunkSize: 4, signal: ctrl.signal, onProgress: () => ctrl.abort() });
    await expect(p).rejects.toBeDefined();
  });
});
