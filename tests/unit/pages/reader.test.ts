import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeRange } from '@/utils/anchor/anchor';
import { saveClip, saveHighlight } from '@/utils/db';
import type { Snapshot } from '@/utils/model';
import { loadReaderData, mountSnapshot, placeInSnapshot } from '@/utils/pages/reader';
import { cleanSnapshotHtml } from '@/utils/snapshot';
import { article, freshDb, makeClock, makeIds } from '../db/helpers';

const SENTENCE = 'Hội nghị đã thống nhất quy chế làm việc của Cụm thi đua';

afterEach(() => document.body.replaceChildren());

/** A live portal page: menu, header date, the article, a related list. */
function livePage(): { article: HTMLElement } {
  document.body.replaceChildren();
  const menu = document.createElement('nav');
  menu.textContent = 'Trang chủ Giới thiệu Tin tức';
  const art = document.createElement('div');
  art.className = 'content';
  for (const text of ['Chiều ngày 17/7/2020, Cụm thi đua tổ chức hội nghị.', `${SENTENCE} năm 2020.`, 'Kết thúc hội nghị, các thành viên ký giao ước.']) {
    const p = document.createElement('p');
    p.textContent = text;
    art.appendChild(p);
  }
  const related = document.createElement('ul');
  related.textContent = 'Các tin khác';
  document.body.append(menu, art, related);
  return { article: art };
}

function selectorsFor(root: HTMLElement, text: string) {
  const p = [...root.querySelectorAll('p')].find((el) => el.textContent!.includes(text))!;
  const node = p.firstChild!;
  const start = node.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return describeRange(range, { article: root, document: document.body });
}

function host(): HTMLElement {
  const el = document.createElement('article');
  document.body.appendChild(el);
  return el;
}

const snapshotOf = (html: string, text = ''): Snapshot => ({ clipId: 'c', html, text, takenAt: 1 });

describe('reader: saved copy', () => {
  it('rebuilds the snapshot through the whitelist: scripts and handlers never arrive', () => {
    const el = host();
    mountSnapshot(el, snapshotOf('<p onclick="alert(1)">Nội dung <b>chính</b></p><script>window.__x=1</script><img src="x" onerror="window.__x=1">'));
    expect(el.textContent).toBe('Nội dung chính');
    expect(el.querySelector('script, [onclick], [onerror]')).toBeNull();
    expect(el.querySelector('b')?.textContent).toBe('chính');
  });

  it('falls back to the text as paragraphs when the snapshot has no HTML', () => {
    const el = host();
    mountSnapshot(el, snapshotOf('', 'Đoạn một.\n\nĐoạn <hai>.'));
    expect([...el.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Đoạn một.', 'Đoạn <hai>.']);
  });

  it('places a highlight made on the live page in the saved copy of the article', () => {
    const live = livePage();
    const selectors = selectorsFor(live.article, SENTENCE);
    const html = cleanSnapshotHtml(live.article);
    document.body.replaceChildren();
    const el = host();
    mountSnapshot(el, snapshotOf(html));
    const placed = placeInSnapshot(el, [{ id: 'h1', selectors } as never]);
    expect(placed.get('h1')?.range.toString()).toBe(SENTENCE);
  });

  it('marks a highlight whose text is not in the saved copy as not found, instead of moving it', () => {
    const live = livePage();
    const selectors = selectorsFor(live.article, SENTENCE);
    document.body.replaceChildren();
    const el = host();
    mountSnapshot(el, snapshotOf('<p>Chiều ngày 17/7/2020, Cụm thi đua tổ chức hội nghị.</p><p>Kết thúc hội nghị, các thành viên ký giao ước.</p>'));
    expect(placeInSnapshot(el, [{ id: 'h1', selectors } as never]).get('h1')).toBeNull();
  });

  it('loads a clip with its snapshot and highlights, and null for a deleted clip', async () => {
    const db = await freshDb();
    const clock = makeClock();
    const ids = makeIds();
    const { clip } = await saveClip(
      db,
      { article: article(), url: 'https://snv.example.gov.vn/a.html', snapshot: { html: '<p>Nội dung</p>', text: 'Nội dung' } },
      clock,
      ids,
    );
    await saveHighlight(db, { clipId: clip.id, selectors: [{ type: 'TextQuoteSelector', exact: 'Nội dung', prefix: '', suffix: '' }], quote: 'Nội dung', colour: 'green', note: 'ghi chú' }, clock, ids);
    const data = await loadReaderData(db, clip.id);
    expect(data?.snapshot?.text).toBe('Nội dung');
    expect(data?.highlights.map((h) => h.note)).toEqual(['ghi chú']);
    expect(await loadReaderData(db, 'missing')).toBeNull();
  });
});
