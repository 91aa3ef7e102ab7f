import { describe, expect, it } from 'vitest';
import { prepareExport } from '@/utils/export/prepare';
import { makeClip, makeHighlight, makeInput } from './fixtures';

describe('prepareExport', () => {
  it('orders highlights by article position, then document position, then creation time', () => {
    const clip = makeClip();
    const late = makeHighlight(clip, { start: 500, createdAt: 1 });
    const early = makeHighlight(clip, { start: 20, createdAt: 9 });
    const docOnly = makeHighlight(clip, { createdAt: 2, selectors: [{ type: 'TextPositionSelector', start: 5, end: 9, scope: 'document' }] });
    const none = makeHighlight(clip, { createdAt: 0 });
    const p = prepareExport(makeInput([clip], [none, late, docOnly, early]));
    expect(p.articles[0].highlights.map((h) => h.id)).toEqual([early.id, late.id, docOnly.id, none.id]);
  });

  it('drops highlights of clips that are not exported and de-duplicates clips', () => {
    const a = makeClip();
    const b = makeClip();
    const p = prepareExport(makeInput([a, a], [makeHighlight(a), makeHighlight(b)]));
    expect(p.articles).toHaveLength(1);
    expect(p.highlightCount).toBe(1);
  });

  it('sorts articles newest publication first, falling back to the clip date', () => {
    const old = makeClip({ title: 'Cũ', published: '2019-01-02' });
    const recent = makeClip({ title: 'Mới', published: '2024-03-04T08:00:00+07:00' });
    const undated = makeClip({ title: 'Không ngày', published: null, savedAt: Date.UTC(2021, 0, 1) });
    const p = prepareExport(makeInput([old, undated, recent], []));
    expect(p.articles.map((a) => a.title)).toEqual(['Mới', 'Không ngày', 'Cũ']);
  });

  it('uses the user colour label, else the colour name in the export language', () => {
    const clip = makeClip();
    const hs = [makeHighlight(clip, { colour: 'yellow', start: 1 }), makeHighlight(clip, { colour: 'green', start: 2 })];
    expect(prepareExport(makeInput([clip], hs)).articles[0].highlights.map((h) => h.colourLabel)).toEqual(['Quan trọng', 'Xanh lá']);
    const en = prepareExport(makeInput([clip], hs, { locale: 'en' }));
    expect(en.articles[0].highlights[1].colourLabel).toBe('Green');
  });

  it('falls back to the signature authors when the clip names none', () => {
    const clip = makeClip({ authors: [], signature: { text: 'Trần Văn Bình', authors: ['Trần Văn Bình'], unit: null, source: null } });
    expect(prepareExport(makeInput([clip], [])).articles[0].authors).toEqual(['Trần Văn Bình']);
  });

  it('groups by tag: an article tag covers all its highlights, a highlight tag only that highlight', () => {
    const tagged = makeClip({ title: 'Có thẻ', tags: ['Thi đua'] });
    const t1 = makeHighlight(tagged, { start: 1 });
    const t2 = makeHighlight(tagged, { start: 2, tags: ['Ưu tiên'] });
    const plain = makeClip({ title: 'Không thẻ', tags: [] });
    const p1 = makeHighlight(plain, { start: 1, tags: ['Ưu tiên'] });
    const p2 = makeHighlight(plain, { start: 2 });
    const p = prepareExport(makeInput([tagged, plain], [t1, t2, p1, p2], { groupBy: 'tag' }));
    const summary = p.groups.map((g) => [g.heading, g.articles.map((a) => [a.title, a.highlights.map((h) => h.id)])]);
    expect(summary).toEqual([
      ['Thi đua', [['Có thẻ', [t1.id, t2.id]]]],
      ['Ưu tiên', [['Có thẻ', [t2.id]], ['Không thẻ', [p1.id]]]],
      ['Chưa gắn thẻ', [['Không thẻ', [p2.id]]]],
    ]);
    expect(p.highlightCount).toBe(4);
  });

  it('sorts tag groups in Vietnamese order (Đ after D, Ư after U)', () => {
    const names = ['Ưu tiên', 'Đoàn thể', 'Dân vận', 'Uỷ ban', 'An ninh'];
    const clips = names.map((n) => makeClip({ tags: [n] }));
    const p = prepareExport(makeInput(clips, [], { groupBy: 'tag' }));
    expect(p.groups.map((g) => g.heading)).toEqual(['An ninh', 'Dân vận', 'Đoàn thể', 'Uỷ ban', 'Ưu tiên']);
  });
});
