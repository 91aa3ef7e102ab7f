/** A small invented library for backup tests, built through the repository API. */
import { saveClip, setCorrections } from '@/utils/db/clips';
import { saveHighlight } from '@/utils/db/highlights';
import { setSetting, DEFAULT_SETTINGS } from '@/utils/db/settings';
import { createTag } from '@/utils/db/tags';
import type { LibraryDB } from '@/utils/db/types';
import { article, makeClock, makeIds, quoteSelectors } from '../db/helpers';

export const URL_A = 'https://snv.example.gov.vn/tin-tuc/hoi-nghi-123.html';
export const URL_B = 'https://baochinhphu.example.vn/chinh-sach-moi-456.htm';

export async function seedLibrary(db: LibraryDB, prefix = 'x', start = 1_700_000_000_000) {
  const clock = makeClock(start);
  const ids = makeIds(prefix);
  const a = await saveClip(
    db,
    { article: article({ url: URL_A, canonicalUrl: null }), url: URL_A, tags: ['Thi đua'], snapshot: { html: '<p>Hội nghị</p>', text: 'Hội nghị' } },
    clock,
    ids,
  );
  clock.advance();
  const b = await saveClip(
    db,
    { article: article({ url: URL_B, canonicalUrl: null, title: 'Chính sách mới từ tháng 7', published: null }), url: URL_B, aliases: [`${URL_B}?utm_source=zalo`] },
    clock,
    ids,
  );
  clock.advance();
  await setCorrections(db, b.clip.id, { published: '2024-07-01' }, clock);
  await createTag(db, { name: 'Chính sách', colour: '#16a34a', description: 'Văn bản mới' }, clock);
  const h1 = await saveHighlight(
    db,
    { clipId: a.clip.id, selectors: quoteSelectors('Hội nghị', 0), quote: 'Hội nghị', colour: 'yellow', note: 'Ghi chú một', tags: ['Quan trọng'] },
    clock,
    ids,
  );
  clock.advance();
  const h2 = await saveHighlight(db, { clipId: b.clip.id, selectors: quoteSelectors('Chính sách', 3), quote: 'Chính sách', colour: 'pink' }, clock, ids);
  await setSetting(db, 'colourLabels', { ...DEFAULT_SETTINGS.colourLabels, yellow: 'Cần làm' });
  return { clock, ids, a: a.clip, b: b.clip, h1, h2 };
}
