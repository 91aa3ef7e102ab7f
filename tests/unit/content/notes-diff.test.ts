import { describe, expect, it } from 'vitest';
import { diffNotes } from '@/utils/content/notes-diff';
import type { Highlight } from '@/utils/model';

const base = (id: string, over: Partial<Highlight> = {}): Highlight => ({
  id,
  clipId: 'C1',
  url: 'https://snv.songmay.gov.vn/tin-tuc/1',
  selectors: [{ type: 'TextQuoteSelector', exact: `đoạn ${id}`, prefix: '', suffix: '' }],
  quote: `đoạn ${id}`,
  colour: 'yellow',
  note: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

describe('diffNotes', () => {
  it('sorts the background list into added, removed, moved, recoloured and kept', () => {
    const current = new Map(['a', 'b', 'c', 'd'].map((id) => [id, base(id)]));
    const next = [
      base('a'),
      base('b', { colour: 'green', note: 'mới' }),
      base('c', { selectors: [{ type: 'TextQuoteSelector', exact: 'đoạn c', prefix: 'trước ', suffix: '' }] }),
      base('e'),
    ];
    const diff = diffNotes(current, next);
    expect(diff.added.map((h) => h.id)).toEqual(['e']);
    expect(diff.removed).toEqual(['d']);
    expect(diff.moved.map((h) => h.id)).toEqual(['c']);
    expect(diff.recoloured.map((h) => h.id)).toEqual(['b']);
    expect(diff.kept.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('finds nothing to do when nothing changed, and everything new on an empty page', () => {
    const list = [base('a'), base('b')];
    const same = diffNotes(new Map(list.map((h) => [h.id, h])), list.map((h) => ({ ...h })));
    expect([same.added, same.removed, same.moved, same.recoloured]).toEqual([[], [], [], []]);
    expect(diffNotes(new Map(), list).added).toHaveLength(2);
  });
});
