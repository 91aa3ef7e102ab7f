import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSnapshot } from '@/utils/db';
import { ProtocolError } from '@/utils/messages';
import type { PageCapture } from '@/utils/messages';
import { describe as describeSelection } from '@/utils/anchor/anchor';
import { DETECT_MEASURE, DETECT_MARK_END, DETECT_MARK_START, DETECT_SLICE_MEASURE, detectPage, detectPageSliced } from '@/utils/content/detect';
import { REPORT_RETRY_MS } from '@/utils/content/page-session';
import { PARAGRAPHS, articleHtml, backgroundSend, makeSession, makeWindow, rangeOfText } from './helpers';

beforeEach(() => fakeBrowser.reset());

const QUOTE = 'toàn tỉnh có 1.284 tập thể và 3.560 cá nhân';
const OTHER = 'những điểm mới của pháp luật về thi đua';

/** Make highlights on one page load and return the background that keeps them. */
async function pageWithHighlights(quotes: string[]) {
  const bg = await backgroundSend();
  const win = makeWindow(articleHtml());
  const { session } = makeSession(win, bg.send);
  await session.start();
  const ids: string[] = [];
  for (const q of quotes) ids.push((await session.highlightRange(rangeOfText(win.document.body, q), 'green'))!.id);
  await session.idle();
  session.stop();
  return { bg, ids };
}

describe('PageSession.start', () => {
  it('reports the detected article and identity, then an empty anchoring for an unsaved page', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session } = makeSession(win, bg.send);
    await session.start();
    await session.idle();
    const [detected] = bg.of('page:detected') as Array<{ article: { title: string; bodyText: string }; identity: { url: string } }>;
    expect(detected.identity.url).toBe(win.location.href);
    expect(detected.article.title).toContain('Tập huấn nghiệp vụ thi đua');
    expect(detected.article.bodyText).toContain(PARAGRAPHS[1].slice(0, 40));
    expect(bg.of('page:anchored')).toEqual([{ placed: [], orphans: [] }]);
    expect(session.savedClip).toBeNull();
  });

  it('paints every saved highlight on a later visit and reports them placed', async () => {
    const { bg, ids } = await pageWithHighlights([QUOTE, OTHER]);
    const win = makeWindow(articleHtml());
    const { session, painter } = makeSession(win, bg.send);
    await session.start();
    await session.idle();
    expect([...painter.painted.keys()].sort()).toEqual([...ids].sort());
    expect([...painter.painted.values()].map((p) => p.range.toString()).sort()).toEqual([QUOTE, OTHER].sort());
    expect(bg.of('page:anchored').at(-1)).toEqual({ placed: ids, orphans: [] });
  });

  it('keeps a highlight whose text is gone as an orphan after the bounded wait (never dropped)', async () => {
    const { bg, ids } = await pageWithHighlights([QUOTE, OTHER]);
    const win = makeWindow(articleHtml([PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3]]));
    const { session, clock, observer } = makeSession(win, bg.send, { loopTimeoutMs: 5000 });
    await session.start();
    expect(observer.state.observing).toBe(true);
    clock.advance(5000);
    await session.idle();
    expect(observer.state.observing).toBe(false);
    expect(bg.of('page:anchored').at(-1)).toEqual({ placed: [ids[1]], orphans: [ids[0]] });
    expect(session.list().map((h) => h.id).sort()).toEqual([...ids].sort());
    expect(session.scrollTo(ids[0])).toBe(false);
  });

  it('paints a highlight once a late-rendering page shows its text (retry on DOM changes)', async () => {
    const { bg, ids } = await pageWithHighlights([QUOTE]);
    const win = makeWindow('<div id="content">Đang tải…</div>');
    const { session, clock, observer, painter } = makeSession(win, bg.send);
    await session.start();
    await new Promise((r) => setTimeout(r, 0));
    expect(bg.of('page:anchored').at(-1)).toEqual({ placed: [], orphans: ids });
    win.document.body.innerHTML = articleHtml();
    observer.state.fire();
    clock.advance(300);
    await session.idle();
    expect(painter.painted.get(ids[0])?.range.toString()).toBe(QUOTE);
    expect(bg.of('page:anchored').at(-1)).toEqual({ placed: ids, orphans: [] });
  });

  it('reports an article that a portal loads by script after the page was first detected', async () => {
    const bg = await backgroundSend();
    const win = makeWindow('<header><a href="/">Trang chủ</a></header><div id="content">Đang tải…</div>');
    const { session, clock, observer } = makeSession(win, bg.send);
    await session.start();
    const first = bg.of('page:detected') as Array<{ article: { isArticle: boolean } }>;
    expect(first.map((d) => d.article.isArticle)).toEqual([false]);
    expect(observer.state.observing).toBe(true);
    win.document.body.innerHTML = articleHtml();
    observer.state.fire();
    clock.advance(300);
    await new Promise((r) => setTimeout(r, 0));
    await session.idle();
    const reports = bg.of('page:detected') as Array<{ article: { isArticle: boolean; title: string } }>;
    expect(reports).toHaveLength(2);
    expect(reports[1].article.isArticle).toBe(true);
    expect(reports[1].article.title).toContain('Tập huấn nghiệp vụ thi đua');
    expect(observer.state.observing).toBe(false);
  });

  it('does not re-detect a page that only ticks (a clock, a carousel), and stops watching after the bounded wait', async () => {
    const bg = await backgroundSend();
    const win = makeWindow('<header><a href="/">Trang chủ</a></header><div id="clock">10:00</div><ul><li><a href="/a">Tin một</a></li></ul>');
    const detect = vi.fn((doc: Document, href: string) => detectPage(doc, href));
    const { session, clock, observer } = makeSession(win, bg.send, { detect, lateDetectMs: 5000 });
    await session.start();
    for (let i = 0; i < 10; i++) {
      win.document.getElementById('clock')!.textContent = `10:0${i}`;
      observer.state.fire();
      clock.advance(400);
    }
    expect(detect).toHaveBeenCalledTimes(1);
    clock.advance(5000);
    expect(observer.state.observing).toBe(false);
    expect(bg.of('page:detected')).toHaveLength(1);
    session.stop();
  });

  it('verify: detects again and reports when the page swapped its article without changing the address', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const detect = vi.fn((doc: Document, href: string) => detectPage(doc, href));
    const { session } = makeSession(win, bg.send, { detect });
    await session.start();
    expect(await session.verify()).toBe(false);
    expect(detect).toHaveBeenCalledTimes(1);
    const swapped = articleHtml().replace('Tập huấn nghiệp vụ thi đua', 'Hội nghị tổng kết công tác văn thư');
    // the site's script swaps the article and the tab title, but not the address
    win.document.body.innerHTML = swapped;
    win.document.title = 'Hội nghị tổng kết công tác văn thư, khen thưởng năm 2020 cho cán bộ cấp xã';
    expect(await session.verify()).toBe(true);
    await session.idle();
    const reports = bg.of('page:detected') as Array<{ article: { title: string } }>;
    expect(reports.map((r) => r.article.title)).toEqual([
      'Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã',
      'Hội nghị tổng kết công tác văn thư, khen thưởng năm 2020 cho cán bộ cấp xã',
    ]);
    expect(await session.verify()).toBe(false);
    session.stop();
  });

  it('a highlight made after the site swapped its article in place is filed with the new article, not the clip of the old one', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const canonical = (href: string) => {
      win.document.head.querySelector('link[rel=canonical]')?.remove();
      const link = win.document.createElement('link');
      link.setAttribute('rel', 'canonical');
      link.setAttribute('href', href);
      win.document.head.append(link);
    };
    canonical('https://snv.songmay.gov.vn/tin/tap-huan.html');
    const { session } = makeSession(win, bg.send);
    await session.start();
    await session.highlightRange(rangeOfText(win.document.body, QUOTE), 'green');
    // the site's script shows the next article at the same address, and says so in its canonical link
    win.document.body.innerHTML = articleHtml().replace('Tập huấn nghiệp vụ thi đua', 'Hội nghị tổng kết công tác văn thư');
    win.document.title = 'Hội nghị tổng kết công tác văn thư, khen thưởng năm 2020 cho cán bộ cấp xã';
    canonical('https://snv.songmay.gov.vn/tin/hoi-nghi.html');
    await session.highlightRange(rangeOfText(win.document.body, OTHER), 'yellow');
    await session.idle();
    const creates = bg.of('highlight:create') as Array<{ page: PageCapture }>;
    expect(creates.map((c) => [c.page.identity.url, c.page.article.title])).toEqual([
      ['https://snv.songmay.gov.vn/tin/tap-huan.html', 'Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã'],
      ['https://snv.songmay.gov.vn/tin/hoi-nghi.html', 'Hội nghị tổng kết công tác văn thư, khen thưởng năm 2020 cho cán bộ cấp xã'],
    ]);
    session.stop();
  });

  it.each([
    ['kept the tab title: the title is the new heading, not the stale tab title', (_doc: Document) => {}],
    [
      'left the old head (og:title): reads the visible page only',
      (doc: Document) => {
        const og = doc.createElement('meta');
        og.setAttribute('property', 'og:title');
        og.setAttribute('content', 'Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã');
        doc.head.append(og);
        doc.title = 'Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã';
      },
    ],
  ])('verify: when the site swapped the article but %s', async (_label, head) => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    head(win.document);
    const { session } = makeSession(win, bg.send);
    await session.start();
    win.document.body.innerHTML = articleHtml().replace('Tập huấn nghiệp vụ thi đua', 'Hội nghị tổng kết công tác văn thư');
    expect(await session.verify()).toBe(true);
    await session.idle();
    const reports = bg.of('page:detected') as Array<{ article: { title: string } }>;
    expect(reports.at(-1)?.article.title).toBe('Hội nghị tổng kết công tác văn thư, khen thưởng năm 2020 cho cán bộ cấp xã');
    session.stop();
  });

  it('still starts (and later clips in full) when the background cannot be reached', async () => {
    const bg = await backgroundSend();
    bg.fail('page:detected', new ProtocolError('no-receiver', 'No handler answered "page:detected"'));
    const win = makeWindow(articleHtml());
    const { session } = makeSession(win, bg.send);
    await session.start();
    const h = await session.highlightRange(rangeOfText(win.document.body, QUOTE), 'blue');
    expect(h?.quote).toBe(QUOTE);
    expect((bg.of('highlight:create')[0] as { page: PageCapture }).page.snapshot).not.toBeNull();
  });
});

describe('PageSession.start when the background misses the first report', () => {
  it('reports again a little later (the worker was restarting), and then paints the saved highlights', async () => {
    const { bg, ids } = await pageWithHighlights([QUOTE]);
    bg.fail('page:detected', new Error('Could not establish connection. Receiving end does not exist.'));
    const warnings: string[] = [];
    const win = makeWindow(articleHtml());
    const { session, clock, painter } = makeSession(win, bg.send, { warn: (m) => void warnings.push(m) });
    const before = bg.of('page:detected').length;
    await session.start();
    expect(bg.of('page:detected').length - before).toBe(1);
    expect(painter.painted.size).toBe(0);
    bg.heal('page:detected');
    clock.advance(REPORT_RETRY_MS[0]);
    await vi.waitFor(() => expect([...painter.painted.keys()]).toEqual(ids));
    expect(bg.of('page:detected').length - before).toBe(2);
    expect(warnings).toEqual(['page:detected failed']);
    // once answered, no more tries
    clock.advance(REPORT_RETRY_MS.reduce((a, b) => a + b, 0));
    await Promise.resolve();
    expect(bg.of('page:detected').length - before).toBe(2);
    session.stop();
  });

  it('stops trying after a few attempts, and does not report a page it has left', async () => {
    const bg = await backgroundSend();
    bg.fail('page:detected', new Error('Could not establish connection. Receiving end does not exist.'));
    const win = makeWindow(articleHtml());
    const { session, clock } = makeSession(win, bg.send);
    await session.start();
    for (const ms of REPORT_RETRY_MS) {
      clock.advance(ms);
      await vi.waitFor(() => expect(bg.of('page:detected').length).toBeGreaterThan(0));
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(bg.of('page:detected').length).toBe(1 + REPORT_RETRY_MS.length);
    clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(bg.of('page:detected').length).toBe(1 + REPORT_RETRY_MS.length);

    const other = makeSession(makeWindow(articleHtml()), bg.send);
    await other.session.start();
    const sent = bg.of('page:detected').length;
    other.session.stop();
    other.clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(bg.of('page:detected').length).toBe(sent);
  });
});

describe('PageSession.highlightRange', () => {
  it('clips the article with a snapshot on the first highlight, and sends no snapshot once the clip exists', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session, painter } = makeSession(win, bg.send);
    await session.start();
    const first = await session.highlightRange(rangeOfText(win.document.body, QUOTE), 'yellow');
    const second = await session.highlightRange(rangeOfText(win.document.body, OTHER), 'pink');
    const [a, b] = bg.of('highlight:create') as Array<{ page: PageCapture; highlight: { id: string; quote: string; colour: string } }>;
    expect(a.page.snapshot?.html).toContain('1.284 tập thể');
    expect(a.page.article.title).toContain('Tập huấn');
    expect(b.page.snapshot).toBeNull();
    expect(b.page.identity).toEqual(a.page.identity);
    expect(a.highlight).toMatchObject({ quote: QUOTE, colour: 'yellow' });
    expect(session.savedClip?.id).toBe(first!.clipId);
    expect(second!.clipId).toBe(first!.clipId);
    expect((await getSnapshot(bg.db, first!.clipId))?.html).toContain('1.284 tập thể');
    expect(painter.painted.get(first!.id)).toMatchObject({ colour: 'yellow' });
    expect(painter.painted.get(first!.id)!.range.toString()).toBe(QUOTE);
    await session.idle();
    expect(bg.of('page:anchored').at(-1)).toEqual({ placed: [first!.id, second!.id], orphans: [] });
  });

  it('leaves out surrounding whitespace and returns null for a whitespace-only range', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session } = makeSession(win, bg.send);
    await session.start();
    const p = win.document.querySelectorAll('#body p')[1];
    const text = p.firstChild as Text;
    const padded = win.document.createRange();
    padded.setStart(text, text.data.indexOf(QUOTE) - 1);
    padded.setEnd(text, text.data.indexOf(QUOTE) + QUOTE.length + 1);
    expect((await session.highlightRange(padded, 'yellow'))?.quote).toBe(QUOTE);
    const blank = makeWindow(articleHtml().replace('<div id="body">', '<div id="body"><p>   </p>'));
    const s2 = makeSession(blank, bg.send).session;
    await s2.start();
    const space = blank.document.createRange();
    space.selectNodeContents(blank.document.querySelector('#body p')!);
    expect(await s2.highlightRange(space, 'yellow')).toBeNull();
  });

  it('throws the background error, paints nothing, and reuses the same id when the user retries', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session, painter } = makeSession(win, bg.send);
    await session.start();
    bg.fail('highlight:create', new ProtocolError('quota', 'Storage is full. Nothing was saved.'));
    await expect(session.highlightRange(rangeOfText(win.document.body, QUOTE), 'yellow')).rejects.toMatchObject({ code: 'quota' });
    expect(painter.painted.size).toBe(0);
    bg.heal('highlight:create');
    const saved = await session.highlightRange(rangeOfText(win.document.body, QUOTE), 'yellow');
    const attempts = bg.of('highlight:create') as Array<{ highlight: { id: string } }>;
    expect(attempts).toHaveLength(2);
    expect(attempts[1].highlight.id).toBe(attempts[0].highlight.id);
    expect(saved!.id).toBe(attempts[0].highlight.id);
    const next = await session.highlightRange(rangeOfText(win.document.body, OTHER), 'yellow');
    expect(next!.id).not.toBe(saved!.id);
  });
});

describe('PageSession edits', () => {
  it('updates colour and note, deletes and unpaints', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session, painter } = makeSession(win, bg.send);
    await session.start();
    const h = (await session.highlightRange(rangeOfText(win.document.body, QUOTE), 'yellow'))!;
    const updated = await session.update(h.id, { colour: 'orange', note: 'Cần kiểm tra số liệu' });
    expect(updated).toMatchObject({ colour: 'orange', note: 'Cần kiểm tra số liệu' });
    expect(painter.painted.get(h.id)?.colour).toBe('orange');
    expect(session.get(h.id)?.note).toBe('Cần kiểm tra số liệu');
    await session.remove(h.id);
    expect(painter.painted.has(h.id)).toBe(false);
    expect(session.get(h.id)).toBeUndefined();
    await session.idle();
    expect(bg.of('page:anchored').at(-1)).toEqual({ placed: [], orphans: [] });
  });

  it('finds the highlight a selection repeats, and none for a different selection', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session } = makeSession(win, bg.send);
    await session.start();
    const h = (await session.highlightRange(rangeOfText(win.document.body, QUOTE), 'yellow'))!;
    expect(session.highlightOf(rangeOfText(win.document.body, QUOTE))).toBe(h.id);
    expect(session.highlightOf(rangeOfText(win.document.body, OTHER))).toBeNull();
    expect(session.highlightOf(rangeOfText(win.document.body, 'toàn tỉnh có 1.284'))).toBeNull();
  });

  it('scrolls to a placed highlight and emphasises it for a while', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session, painter, clock } = makeSession(win, bg.send, { flashMs: 2000 });
    await session.start();
    const h = (await session.highlightRange(rangeOfText(win.document.body, QUOTE), 'yellow'))!;
    expect(session.scrollTo(h.id)).toBe(true);
    expect(painter.focused).toBe(h.id);
    session.focus(null);
    expect(painter.focused).toBe(h.id);
    clock.advance(2000);
    expect(painter.focused).toBeNull();
    expect(session.scrollTo('01HZNOSUCHHIGHLIGHT0000000')).toBe(false);
  });

  it('re-detects the page for content:capture', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session } = makeSession(win, bg.send);
    await session.start();
    const added = win.document.createElement('p');
    added.textContent = 'Bài viết được cổng bổ sung sau khi đăng: danh sách học viên đạt loại giỏi.';
    win.document.querySelector('#body strong')!.parentElement!.before(added);
    const capture = session.capture();
    expect(capture.article.bodyText).toContain('danh sách học viên đạt loại giỏi');
    expect(capture.snapshot?.html).toContain('danh sách học viên đạt loại giỏi');
  });
});

describe('PageSession.refresh', () => {
  it('keeps unchanged paint, unpaints deleted, recolours and anchors new highlights', async () => {
    const { bg, ids } = await pageWithHighlights([QUOTE, OTHER]);
    const win = makeWindow(articleHtml());
    const { session, painter } = makeSession(win, bg.send);
    await session.start();
    await session.idle();
    painter.log.length = 0;

    // Meanwhile, in the library: one deleted, one recoloured, one added (by another tab of the same page).
    const other = makeSession(makeWindow(articleHtml()), bg.send);
    await other.session.start();
    await other.session.remove(ids[0]);
    await other.session.update(ids[1], { colour: 'blue', note: 'ghi chú mới' });
    const added = (await other.session.highlightRange(rangeOfText(other.session.scopes().document, 'Lớp tập huấn đã cung cấp'), 'pink'))!;
    other.session.stop();

    await session.refresh();
    await session.idle();
    expect(painter.log).toEqual([`remove:${ids[0]}`, `colour:${ids[1]}:blue`, `paint:${added.id}`]);
    expect(session.get(ids[1])?.note).toBe('ghi chú mới');
    expect(painter.painted.get(added.id)?.range.toString()).toBe('Lớp tập huấn đã cung cấp');
    const last = bg.of('page:anchored').at(-1) as { placed: string[]; orphans: string[] };
    expect(last.placed.sort()).toEqual([ids[1], added.id].sort());
    expect(last.orphans).toEqual([]);
  });

  it('repaints a highlight whose selectors changed (re-anchored elsewhere)', async () => {
    const { bg, ids } = await pageWithHighlights([QUOTE]);
    const win = makeWindow(articleHtml());
    const { session, painter } = makeSession(win, bg.send);
    await session.start();
    await session.idle();
    const selectors = describeSelection(rangeOfText(win.document.body, OTHER), session.scopes());
    await bg.send('highlight:update', { id: ids[0], patch: { selectors, quote: OTHER } });
    painter.log.length = 0;
    await session.refresh();
    await session.idle();
    expect(painter.log).toEqual([`remove:${ids[0]}`, `paint:${ids[0]}`]);
    expect(painter.painted.get(ids[0])?.range.toString()).toBe(OTHER);
  });
});

describe('detectPage', () => {
  it('measures detection with performance marks when given a performance object', () => {
    const calls: string[] = [];
    const perf = {
      mark: (name: string) => void calls.push(`mark:${name}`),
      measure: (name: string, a: string, b: string) => void calls.push(`measure:${name}:${a}:${b}`),
    };
    const win = makeWindow(articleHtml());
    const d = detectPage(win.document, win.location.href, perf);
    expect(calls).toEqual([`mark:${DETECT_MARK_START}`, `mark:${DETECT_MARK_END}`, `measure:${DETECT_MEASURE}:${DETECT_MARK_START}:${DETECT_MARK_END}`]);
    expect(d.identity.url).toBe(win.location.href);
    expect(d.article.body.element).not.toBeNull();
    expect(d.data.bodyText).toBe(d.article.body.text);
  });

  it('in slices: the same detection, with the page free between its stages, each slice measured', async () => {
    const measures: string[] = [];
    const events: string[] = [];
    const perf = {
      mark: (name: string) => void events.push(`mark:${name}`),
      measure: (name: string) => void measures.push(name),
    };
    const win = makeWindow(articleHtml());
    const pause = vi.fn(async () => void events.push('pause'));
    const sliced = await detectPageSliced(win.document, win.location.href, pause, perf);
    const whole = detectPage(win.document, win.location.href);
    expect(sliced.data).toEqual(whole.data);
    expect(sliced.identity).toEqual(whole.identity);
    // five stages of extraction and the serialising step, four pauses between the stages
    expect(pause).toHaveBeenCalledTimes(4);
    expect(measures).toEqual([...Array(6).fill(DETECT_SLICE_MEASURE), DETECT_MEASURE]);
    // no pause falls inside a slice
    let open = false;
    for (const e of events) {
      if (e.endsWith(':start') && e.includes(DETECT_SLICE_MEASURE)) open = true;
      if (e.endsWith(':end') && e.includes(DETECT_SLICE_MEASURE)) open = false;
      if (e === 'pause') expect(open).toBe(false);
    }
  });

  it('the session detects the page in slices when given a sliced detection', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const detect = vi.fn((doc: Document, href: string) => detectPage(doc, href));
    const detectSliced = vi.fn((doc: Document, href: string) => detectPageSliced(doc, href, async () => {}));
    const { session } = makeSession(win, bg.send, { detect, detectSliced });
    await session.start();
    expect(detectSliced).toHaveBeenCalledTimes(1);
    expect(detect).not.toHaveBeenCalled();
    const [report] = bg.of('page:detected') as Array<{ article: { title: string } }>;
    expect(report.article.title).toBe('Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã');
    session.stop();
  });
});
