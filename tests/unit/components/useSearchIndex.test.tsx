import { describe, expect, it } from 'vitest';
import { act, render, waitFor } from '@testing-library/preact';
import { useSearchIndex, type SearchIndexState } from '@/components/useSearchIndex';
import type { SearchDocument } from '@/utils/search/search-index';
import './helpers';

const doc = (id: string, title: string): SearchDocument => ({ id, fields: { title } });

function Probe({ docs, out }: { docs: SearchDocument[]; out: { state?: SearchIndexState } }) {
  out.state = useSearchIndex(docs);
  return null;
}

describe('useSearchIndex', () => {
  it('builds a large corpus in chunks, reporting progress, then applies small changes at once', async () => {
    const out: { state?: SearchIndexState } = {};
    const docs = Array.from({ length: 1000 }, (_, i) => doc(`d${i}`, i === 999 ? 'thi đua cuối' : `bài ${i}`));
    const { rerender } = render(<Probe docs={docs} out={out} />);
    await act(async () => {});
    expect(out.state!.progress?.total).toBe(1000);
    await waitFor(() => expect(out.state!.progress).toBeNull());
    expect(out.state!.index.size).toBe(1000);
    expect(out.state!.index.search('thi dua')!.map((h) => h.id)).toEqual(['d999']);

    const version = out.state!.version;
    const changed = docs.slice(1);
    changed[0] = doc('d1', 'hòa giải');
    rerender(<Probe docs={changed} out={out} />);
    await act(async () => {});
    expect(out.state!.progress).toBeNull();
    expect(out.state!.version).toBeGreaterThan(version);
    expect(out.state!.index.size).toBe(999);
    expect(out.state!.index.search('hoa giai')!.map((h) => h.id)).toEqual(['d1']);
    expect(out.state!.index.has('d0')).toBe(false);
  });

  it('when most documents of a built index change, answers from the old index until a new one is built, then swaps', async () => {
    const out: { state?: SearchIndexState } = {};
    const docs = Array.from({ length: 1000 }, (_, i) => doc(`d${i}`, `bài ${i}`));
    const { rerender } = render(<Probe docs={docs} out={out} />);
    await waitFor(() => expect(out.state!.progress).toBeNull());
    const built = out.state!.index;
    const withBodies = docs.map((d, i) => ({ id: d.id, fields: { ...d.fields, body: i === 5 ? 'cam kết thi đua' : 'nội dung' } }));
    rerender(<Probe docs={withBodies} out={out} />);
    await act(async () => {});
    // Mid-build: the old index still finds every document by its old text, none by the new.
    expect(out.state!.progress?.total).toBe(1000);
    expect(out.state!.index).toBe(built);
    expect(out.state!.index.search('bai')).toHaveLength(1000);
    expect(out.state!.index.search('cam ket')).toEqual([]);
    await waitFor(() => expect(out.state!.progress).toBeNull());
    expect(out.state!.index).not.toBe(built);
    expect(out.state!.index.size).toBe(1000);
    expect(out.state!.index.search('cam ket')!.map((h) => h.id)).toEqual(['d5']);
  });

  it('keeps the index when the same documents come again', async () => {
    const out: { state?: SearchIndexState } = {};
    const docs = [doc('a', 'một'), doc('b', 'hai')];
    const { rerender } = render(<Probe docs={docs} out={out} />);
    await act(async () => {});
    const version = out.state!.version;
    rerender(<Probe docs={[...docs]} out={out} />);
    await act(async () => {});
    expect(out.state!.version).toBe(version);
  });
});
