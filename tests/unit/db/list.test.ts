import { beforeAll, describe, expect, it } from 'vitest';
import { listClips, listFirstClips, saveClip } from '@/utils/db/clips';
import type { ClipQuery } from '@/utils/db/clips';
import { saveHighlight } from '@/utils/db/highlights';
import { COLOURS } from '@/utils/model';
import type { ClipRecord, LibraryDB } from '@/utils/db/types';
import { article, freshDb, makeClock, makeIds, quoteSelectors } from './helpers';

const SITES = ['Sở Nội vụ', 'Sở Y tế', 'Báo Chính phủ'];
const TAGS = ['Thi đua', 'Y tế', 'Cải cách', 'Chuyển đổi số'];

let db: LibraryDB;
let all: ClipRecord[];

/** The expected order, written independently of the implementation: nulls last, ties by id. */
function reference(query: ClipQuery): ClipRecord[] {
  const sort = query.sort ?? 'savedAt';
  const sign = (query.order ?? 'desc') === 'desc' ? -1 : 1;
  return all
    .filter((c) => query.tag === undefined || c.tags.includes(query.tag))
    .filter((c) => query.site === undefined || c.site === query.site)
    .filter((c) => query.colour === undefined || c.highlightColours.includes(query.colour))
    .filter((c) => query.from === undefined || (c.published !== null && c.published.slice(0, 10) >= query.from))
    .filter((c) => query.to === undefined || (c.published !== null && c.published.slice(0, 10) <= query.to))
    .sort((a, b) => {
      const va = a[sort];
      const vb = b[sort];
      if (va === null || vb === null) {
        if (va !== vb) return va === null ? 1 : -1;
      } else if (va !== vb) return va < vb ? -sign : sign;
      return a.id < b.id ? -sign : sign;
    });
}

async function allPages(query: ClipQuery): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listClips(db, { ...query, after });
    ids.push(...page.clips.map((c) => c.id));
    totals.push(page.total);
    if (!page.next) break;
    after = page.next;
  }
  return { ids, totals };
}

beforeAll(async () => {
  db = await freshDb();
  const clock = makeClock(1_700_000_000_000);
  const ids = makeIds('c');
  for (let i = 0; i < 40; i++) {
    // Every third clip shares its save time with the previous one, to exercise tie-breaking across pages.
    if (i % 3 !== 0) clock.advance(60_000);
    const url = `https://example.gov.vn/tin-tuc/bai-${i}.html`;
    const month = String((i % 12) + 1).padStart(2, '0');
    const published = i % 7 === 0 ? null : i % 2 ? `202${i % 4}-${month}-1${i % 10}` : `202${i % 4}-${month}-0${(i % 9) + 1}T08:00:00+07:00`;
    const { clip } = await saveClip(
      db,
      { article: article({ url, canonicalUrl: null, published, site: SITES[i % 3] }), url, tags: [TAGS[i % 4], ...(i % 5 === 0 ? [TAGS[(i + 1) % 4]] : [])] },
      clock,
      ids,
    );
    if (i % 4 === 1) {
      await saveHighlight(db, { clipId: clip.id, selectors: quoteSelectors('x'), quote: 'x', colour: COLOURS[i % 5] }, clock, ids);
    }
  }
  all = await db.getAll('clips');
});

const queries: [string, ClipQuery][] = [
  ['no filter, newest first', {}],
  ['no filter, oldest first', { order: 'asc' }],
  ['no filter by updatedAt', { sort: 'updatedAt' }],
  ['no filter by published (undated last)', { sort: 'published' }],
  ['no filter by published ascending', { sort: 'published', order: 'asc' }],
  ['tag', { tag: 'Thi đua' }],
  ['site', { site: 'Sở Y tế' }],
  ['site + date range', { site: 'Sở Nội vụ', from: '2021-01-01', to: '2022-12-31' }],
  ['date range only, by published', { from: '2020-03-01', to: '2021-06-30', sort: 'published' }],
  ['colour', { colour: 'green' }],
  ['tag + site + from', { tag: 'Y tế', site: 'Báo Chính phủ', from: '2021-01-01' }],
  ['tag + colour', { tag: 'Y tế', colour: 'green' }],
  ['to only (inclusive of the whole day)', { to: '2020-05-05' }],
];

describe('listClips', () => {
  it.each(queries)('%s: pages of 3 concatenate to the reference order', async (_name, query) => {
    const expected = reference(query).map((c) => c.id);
    const { ids, totals } = await allPages({ ...query, limit: 3 });
    expect(ids).toEqual(expected);
    for (const total of totals) expect(total).toBe(expected.length);
  });

  it('the first page of the whole library reads one page and reports the total', async () => {
    const page = await listClips(db, { limit: 5 });
    expect(page.clips).toHaveLength(5);
    expect(page.total).toBe(40);
    expect(page.next).not.toBeNull();
  });

  it('a filter matching nothing gives an empty last page', async () => {
    expect(await listClips(db, { tag: 'Không có' })).toEqual({ clips: [], total: 0, next: null });
  });

  it('rejects a bad cursor, a bad date and a huge limit', async () => {
    await expect(listClips(db, { after: 'garbage' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(listClips(db, { from: '01/02/2024' })).rejects.toThrow(/query\.from/);
    await expect(listClips(db, { limit: 10_000 })).rejects.toThrow(/query\.limit/);
  });
});

describe('listFirstClips', () => {
  const orders: [string, { sort?: 'savedAt' | 'updatedAt' | 'published'; order?: 'asc' | 'desc' }][] = [
    ['newest saved first', {}],
    ['oldest saved first', { order: 'asc' }],
    ['by updatedAt', { sort: 'updatedAt' }],
    ['by published, undated last', { sort: 'published' }],
    ['by published ascending, undated last', { sort: 'published', order: 'asc' }],
  ];
  // 36 reaches into the undated tail of the published order; 40 is every clip, 45 more than there are.
  it.each(orders)('%s: the first clips are those of the reference order, for any limit', async (_name, query) => {
    for (const limit of [0, 1, 5, 36, 39, 40, 45]) {
      const expected = reference(query).map((c) => c.id);
      const first = await listFirstClips(db, { ...query, limit });
      expect(first.clips.map((c) => c.id)).toEqual(expected.slice(0, limit));
      expect(first.more).toBe(limit < expected.length);
    }
  });
});
