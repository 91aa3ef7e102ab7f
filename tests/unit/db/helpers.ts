/** Shared test helpers for the library database: fresh databases, a settable clock, predictable ids, invented articles. */
import { openLibrary } from '@/utils/db/open';
import type { ArticleData, Selector } from '@/utils/model';
import type { LibraryDB } from '@/utils/db/types';

let counter = 0;

/** A database under a name no other test uses. */
export function freshName(): string {
  return `test-library-${++counter}-${Math.random().toString(36).slice(2)}`;
}

export async function freshDb(): Promise<LibraryDB> {
  return openLibrary(freshName());
}

export function makeClock(start = 1_700_000_000_000) {
  let now = start;
  const clock = () => now;
  return Object.assign(clock, {
    advance(ms = 1_000) {
      now += ms;
    },
  });
}

export function makeIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(5, '0')}`;
}

export function article(overrides: Partial<ArticleData> = {}): ArticleData {
  return {
    url: 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html?utm_source=zalo',
    canonicalUrl: 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
    published: '2024-01-22T15:32:00+07:00',
    publishedText: '15:32 | 22/01/2024',
    modified: null,
    modifiedText: null,
    dateCandidates: [{ iso: '2024-01-22T15:32:00+07:00', text: '15:32 | 22/01/2024', source: 'text:date-line', score: 0.9 }],
    authors: ['Nguyễn Văn An'],
    signature: { text: 'Nguyễn Văn An\nBan Thi đua, Khen thưởng', authors: ['Nguyễn Văn An'], unit: 'Ban Thi đua, Khen thưởng', source: null },
    bodyText: 'Sáng ngày 22/01, Sở Nội vụ tổ chức hội nghị tổng kết.\n\nHội nghị đã đánh giá kết quả năm 2023.',
    eventDates: [{ iso: '2024-01-22', text: 'ngày 22/01' }],
    lang: 'vi',
    site: 'Sở Nội vụ tỉnh Ví Dụ',
    isArticle: true,
    provenance: { title: { source: 'meta:og:title', confidence: 0.9 }, published: { source: 'text:date-line', confidence: 0.8 } },
    ...overrides,
  };
}

export function quoteSelectors(exact: string, start = 0): Selector[] {
  return [
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end: start + exact.length, scope: 'article' },
  ];
}

/** Every record of every store, for "nothing changed" assertions. */
export async function dumpAll(db: LibraryDB) {
  return {
    clips: await db.getAll('clips'),
    highlights: await db.getAll('highlights'),
    tags: await db.getAll('tags'),
    settings: await db.getAll('settings'),
    snapshots: await db.getAll('snapshots'),
  };
}
