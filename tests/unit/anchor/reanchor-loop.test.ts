import { describe as group, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { describe, type AnchorResult, type AnchorScopes } from '@/utils/anchor/anchor';
import { startReanchorLoop, type LoopClock, type ObserverLike } from '@/utils/anchor/reanchor-loop';
import { createMarkPainter } from '@/utils/highlight/mark-painter';
import { makeDocument, rangeOfText } from './dom';
import { PARAGRAPHS, portalPage } from './portal-page';

/** Timers that only move when the test says so. */
class FakeClock implements LoopClock {
  now = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = until;
  }
  pending(): number {
    return this.timers.size;
  }
}

/** An observer the test fires by hand. */
function manualObserver() {
  const state: { fire: () => void; observing: boolean } = { fire: () => {}, observing: false };
  const create = (cb: () => void): ObserverLike => {
    state.fire = cb;
    return {
      observe: () => (state.observing = true),
      disconnect: () => (state.observing = false),
    };
  };
  return { state, create };
}

/** Selectors made on the full page, to be re-anchored on a page that renders its body late. */
function highlights() {
  const doc = makeDocument(portalPage());
  const scopes: AnchorScopes = { article: doc.getElementById('content'), document: doc.body };
  return ['tổ chức hội nghị tổng kết', 'phong trào thi đua yêu nước', 'có thành tích xuất sắc'].map((text, i) => ({
    id: `h${i + 1}`,
    selectors: describe(rangeOfText(doc.getElementById('content')!, text), scopes),
  }));
}

function emptyShell() {
  const doc = makeDocument('<div id="banner">Cổng thông tin điện tử</div><article id="content"></article>');
  const scopes = (): AnchorScopes => ({ article: doc.getElementById('content'), document: doc.body });
  const render = (paragraphs: string[]) => {
    for (const text of paragraphs) {
      const p = doc.createElement('p');
      p.textContent = text;
      doc.getElementById('content')!.appendChild(p);
    }
  };
  return { doc, scopes, render };
}

group('startReanchorLoop', () => {
  it('places everything in the first pass when the page is ready, without observing', async () => {
    const doc = makeDocument(portalPage());
    const clock = new FakeClock();
    const observer = manualObserver();
    const placed: string[] = [];
    const loop = startReanchorLoop({
      items: highlights(),
      scopes: () => ({ article: doc.getElementById('content'), document: doc.body }),
      createObserver: observer.create,
      clock,
      onPlaced: (id) => placed.push(id),
    });
    expect(placed).toEqual(['h1', 'h2', 'h3']);
    expect(loop.passes()).toBe(1);
    expect(observer.state.observing).toBe(false);
    expect((await loop.done).orphans).toEqual([]);
  });

  it('retries on DOM changes, at most once per settle period, and places late content', async () => {
    const shell = emptyShell();
    const clock = new FakeClock();
    const observer = manualObserver();
    const placed = new Map<string, AnchorResult>();
    const loop = startReanchorLoop({
      items: highlights(),
      scopes: shell.scopes,
      createObserver: observer.create,
      clock,
      settleMs: 200,
      onPlaced: (id, r) => placed.set(id, r),
    });
    expect(loop.pending()).toEqual(['h1', 'h2', 'h3']);
    expect(observer.state.observing).toBe(true);

    shell.render(PARAGRAPHS.slice(0, 3));
    observer.state.fire();
    observer.state.fire();
    clock.advance(199);
    expect(loop.passes()).toBe(1);
    clock.advance(1);
    expect(loop.passes()).toBe(2);
    expect([...placed.keys()].sort()).toEqual(['h1', 'h2']);
    expect(placed.get('h2')!.range.toString()).toBe('phong trào thi đua yêu nước');

    shell.render(PARAGRAPHS.slice(3));
    observer.state.fire();
    clock.advance(200);
    expect(loop.pending()).toEqual([]);
    expect(observer.state.observing).toBe(false);
    expect(clock.pending()).toBe(0);
    expect((await loop.done).orphans).toEqual([]);
  });

  it('gives up at the deadline and reports orphans (never drops them)', async () => {
    const shell = emptyShell();
    const clock = new FakeClock();
    const observer = manualObserver();
    let settled: string[] | null = null;
    const loop = startReanchorLoop({
      items: highlights(),
      scopes: shell.scopes,
      createObserver: observer.create,
      clock,
      timeoutMs: 10_000,
      onPlaced: () => {},
      onSettled: (o) => (settled = o.orphans),
    });
    shell.render(PARAGRAPHS.slice(0, 2));
    clock.advance(10_000);
    // The deadline's last pass still sees content that arrived without a mutation callback.
    expect(loop.placed.has('h1')).toBe(true);
    expect(settled).toEqual(['h2', 'h3']);
    expect(observer.state.observing).toBe(false);
    expect((await loop.done).orphans).toEqual(['h2', 'h3']);
    observer.state.fire();
    clock.advance(1000);
    expect(loop.passes()).toBe(2);
  });

  it('skips passes when a mutation left the text unchanged', () => {
    const shell = emptyShell();
    const clock = new FakeClock();
    const observer = manualObserver();
    const loop = startReanchorLoop({ items: highlights(), scopes: shell.scopes, createObserver: observer.create, clock, onPlaced: () => {} });
    shell.doc.getElementById('banner')!.setAttribute('class', 'sticky');
    shell.doc.getElementById('content')!.appendChild(shell.doc.createElement('hr'));
    observer.state.fire();
    clock.advance(250);
    expect(loop.passes()).toBe(1);
    shell.render(['Một đoạn khác, không có câu nào được đánh dấu.']);
    observer.state.fire();
    clock.advance(250);
    expect(loop.passes()).toBe(2);
    expect(loop.pending()).toHaveLength(3);
    loop.stop();
  });

  it('stop() ends the loop at once', async () => {
    const shell = emptyShell();
    const clock = new FakeClock();
    const observer = manualObserver();
    const loop = startReanchorLoop({ items: highlights(), scopes: shell.scopes, createObserver: observer.create, clock, onPlaced: () => {} });
    loop.stop();
    loop.stop();
    expect(observer.state.observing).toBe(false);
    expect(clock.pending()).toBe(0);
    expect((await loop.done).orphans).toHaveLength(3);
  });

  it('hands over intact ranges when a <mark> painter disturbs the pass (regression: overlapping highlights lost their marks)', async () => {
    const doc = makeDocument(portalPage());
    const scopes = (): AnchorScopes => ({ article: doc.getElementById('content'), document: doc.body });
    const items = ['Hội đồng Thi đua, Khen thưởng tỉnh đã xét và đề nghị tặng thưởng', 'Thi đua, Khen thưởng', 'đề nghị tặng'].map((text, i) => ({
      id: `h${i + 1}`,
      selectors: describe(rangeOfText(doc.getElementById('content')!, text), scopes()),
    }));
    const painter = createMarkPainter(doc);
    const clock = new FakeClock();
    const loop = startReanchorLoop({
      items,
      scopes,
      createObserver: manualObserver().create,
      clock,
      onPlaced: (id, r) => painter.paint(id, r.range, 'yellow'),
    });
    expect((await loop.done).orphans).toEqual([]);
    const marked = (id: string) =>
      [...doc.querySelectorAll(`mark[data-portal-notes-id="${id}"]`)].map((m) => m.textContent).join('');
    expect(marked('h1')).toBe('Hội đồng Thi đua, Khen thưởng tỉnh đã xét và đề nghị tặng thưởng');
    expect(marked('h2')).toBe('Thi đua, Khen thưởng');
    expect(marked('h3')).toBe('đề nghị tặng');
  });

  it('works with a real MutationObserver', async () => {
    const shell = emptyShell();
    const win = shell.doc.defaultView as unknown as Window;
    const clock = new FakeClock();
    const loop = startReanchorLoop({
      items: highlights(),
      scopes: shell.scopes,
      createObserver: (cb) => new win.MutationObserver(cb) as unknown as ObserverLike,
      clock,
      onPlaced: () => {},
    });
    shell.render(PARAGRAPHS);
    await new Promise((r) => setTimeout(r, 0));
    clock.advance(250);
    expect(loop.pending()).toEqual([]);
    expect((await loop.done).placed.size).toBe(3);
  });
});
