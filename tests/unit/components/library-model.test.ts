import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  matchesFilters,
  monthBuckets,
  monthRange,
  publishedDay,
  safeHref,
  sortClips,
  summariseHighlights,
  tagUsage,
  type ClipSummary,
} from '@/components/library-model';

const clip = (id: string, published: string | null, over: Partial<ClipSummary> = {}): ClipSummary => ({
  id, url: `https://x.gov.vn/${id}`, title: id, published, site: 'A', tags: [], authors: [], savedAt: 0, ...over,
});

describe('library model', () => {
  it('reads the publication day from full, date-only and partial ISO', () => {
    expect(publishedDay('2024-01-22T23:30:00+07:00')).toBe('2024-01-22');
    expect(publishedDay('2024-01')).toBe('2024-01-01');
    expect(publishedDay(null)).toBeNull();
  });

  it('filters by inclusive date range using the stated wall-clock date (no time-zone shift)', () => {
    const late = clip('late', '2024-01-31T23:30:00+07:00');
    expect(matchesFilters(late, undefined, { ...NO_FILTERS, from: '2024-01-01', to: '2024-01-31' })).toBe(true);
    expect(matchesFilters(late, undefined, { ...NO_FILTERS, from: '2024-02-01' })).toBe(false);
    expect(matchesFilters(clip('none', null), undefined, { ...NO_FILTERS, to: '2030-01-01' })).toBe(false);
  });

  it('filters by colour and by tags on highlights', () => {
    const stats = summariseHighlights([{ id: 'h', clipId: 'a', quote: '', note: '', colour: 'pink', tags: ['số liệu'] }]);
    expect(matchesFilters(clip('a', null), stats.get('a'), { ...NO_FILTERS, colour: 'pink' })).toBe(true);
    expect(matchesFilters(clip('a', null), stats.get('a'), { ...NO_FILTERS, colour: 'blue' })).toBe(false);
    expect(matchesFilters(clip('a', null), stats.get('a'), { ...NO_FILTERS, tag: 'số liệu' })).toBe(true);
  });

  it('sorts newest first with undated last, oldest first, and titles the Vietnamese way', () => {
    const clips = [clip('b', '2023-01-01'), clip('n', null), clip('a', '2024-05-01')];
    expect(sortClips(clips, 'published-desc', 'vi').map((c) => c.id)).toEqual(['a', 'b', 'n']);
    expect(sortClips(clips, 'published-asc', 'vi').map((c) => c.id)).toEqual(['b', 'a', 'n']);
    const titled = ['Đào tạo', 'Dân số', 'Ý kiến', 'An toàn'].map((t) => clip(t, null, { title: t }));
    expect(sortClips(titled, 'title', 'vi').map((c) => c.title)).toEqual(['An toàn', 'Dân số', 'Đào tạo', 'Ý kiến']);
  });

  it('buckets by month with gaps filled, and gives month ranges', () => {
    expect(monthBuckets([{ published: '2023-12-31' }, { published: '2024-02-01' }])).toEqual([
      { month: '2023-12', count: 1 },
      { month: '2024-01', count: 0 },
      { month: '2024-02', count: 1 },
    ]);
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('counts tag usage across clips and highlights, listing undeclared tags', () => {
    const clips = [clip('a', null, { tags: ['x'] }), clip('b', null)];
    const stats = summariseHighlights([{ id: 'h', clipId: 'b', quote: '', note: '', colour: 'blue', tags: ['x', 'y'] }]);
    expect(tagUsage(clips, stats, [{ name: 'z', colour: '#111111' }], 'vi')).toEqual([
      { name: 'x', colour: '#475569', count: 2 },
      { name: 'y', colour: '#475569', count: 1 },
      { name: 'z', colour: '#111111', count: 0 },
    ]);
  });

  it('only links http(s) URLs', () => {
    expect(safeHref('https://snv.example.gov.vn/a')).toBe('https://snv.example.gov.vn/a');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});
