/**
 * Test doubles for the content-script controller: an invented portal article in a fresh happy-dom
 * window, timers and a MutationObserver the test moves by hand, a recording `send` over the real
 * background handlers (fake-indexeddb), and a recording painter.
 */
import { Window as HappyWindow } from 'happy-dom';
import type { LoopClock, ObserverLike } from '@/utils/anchor/reanchor-loop';
import { createHandlers } from '@/utils/background/handlers';
import { openLibrary } from '@/utils/db';
import type { Painter } from '@/utils/highlight/painter';
import { createIdGenerator } from '@/utils/ids';
import type { BackgroundProtocol, Handlers } from '@/utils/messages';
import type { Colour } from '@/utils/model';
import { detectPage } from '@/utils/content/detect';
import { PageSession } from '@/utils/content/page-session';
import type { SendFn, SessionDeps } from '@/utils/content/page-session';

export const PAGE_URL = 'https://snv.songmay.gov.vn/Pages/View_Detail.aspx?ItemID=77';

export const PARAGRAPHS = [
  'Chiều ngày 17/7/2020, tại Hội trường Trung tâm Hội nghị tỉnh, Sở Nội vụ tỉnh Sông Mây tổ chức Hội nghị tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2020 cho cán bộ cấp xã.',
  'Năm 2019, toàn tỉnh có 1.284 tập thể và 3.560 cá nhân được các cấp khen thưởng, trong đó khen thưởng cho người trực tiếp lao động chiếm 41%.',
  'Tại hội nghị, các học viên được nghe giới thiệu những điểm mới của pháp luật về thi đua, khen thưởng và các văn bản hướng dẫn thi hành.',
  'Lớp tập huấn đã cung cấp thêm kiến thức và kỹ năng cho đội ngũ làm công tác thi đua cấp xã, góp phần nâng cao chất lượng công tác thi đua, khen thưởng ở cơ sở.',
];

/** Our invented portal article page (test markup only). */
export function articleHtml(paragraphs: readonly string[] = PARAGRAPHS): string {
  return (
    '<header><p>Cổng thông tin điện tử Sở Nội vụ tỉnh Sông Mây</p></header>' +
    '<div id="content"><h1>Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã</h1><p>24/07/2020</p>' +
    '<div id="body">' +
    paragraphs.map((p) => `<p>${p}</p>`).join('') +
    '<p><strong>Nguyễn Hữu Phước</strong></p></div></div><footer><p>Bản quyền thuộc Sở Nội vụ tỉnh Sông Mây</p></footer>'
  );
}

/** A fresh window at `url` whose body holds `bodyHtml`. */
export function makeWindow(bodyHtml: string, url = PAGE_URL): Window {
  const win = new HappyWindow({ url, width: 1024, height: 768 }) as unknown as Window;
  win.document.documentElement.setAttribute('lang', 'vi');
  win.document.title = 'Tập huấn nghiệp vụ thi đua - Sở Nội vụ tỉnh Sông Mây';
  win.document.body.innerHTML = bodyHtml;
  return win;
}

/** A range over the first occurrence of `text` inside one text node of `root`. */
export function rangeOfText(root: Element, text: string): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    return range;
  }
  throw new Error(`text not found: ${text}`);
}

/** Select `text` in the window's document. */
export function selectText(win: Window, text: string): Range {
  const range = rangeOfText(win.document.body, text);
  const sel = win.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

/** Timers that only move when the test says so. */
export class FakeClock implements LoopClock {
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
}

/** A MutationObserver stand-in that the test fires by hand. */
export function manualObserver() {
  // every observer the session created and has not disconnected: `fire` reaches them all, as a DOM change would
  const live = new Set<() => void>();
  const state = {
    fire: () => [...live].forEach((cb) => cb()),
    get observing() {
      return live.size > 0;
    },
  };
  const create = (cb: () => void): ObserverLike => {
    const own = () => cb();
    return { observe: () => void live.add(own), disconnect: () => void live.delete(own) };
  };
  return { state, create };
}

/** One message the session sent. */
export interface SentMessage {
  type: keyof BackgroundProtocol;
  payload: unknown;
}

let dbCount = 0;
let idCount = 0;

/**
 * The real background handlers over a fresh fake-indexeddb library, as a `send` that records every
 * message; `fail` makes the next messages of a type throw the given error instead.
 */
export async function backgroundSend(tabId = 7) {
  const db = await openLibrary(`content-${++dbCount}-${Date.now()}`);
  let t = 1_700_000_000_000;
  const handlers = createHandlers({
    db: async () => db,
    now: () => ++t,
    ids: createIdGenerator(() => t),
    enableSite: async () => {},
    injectOnce: async () => {},
  }) as Handlers<BackgroundProtocol>;
  const sent: SentMessage[] = [];
  const failures = new Map<string, unknown>();
  const send = (async (type, payload) => {
    sent.push({ type, payload });
    const failure = failures.get(type);
    if (failure !== undefined) throw failure;
    const handler = handlers[type] as (p: unknown, s: { tabId: number; url: string }) => unknown;
    return handler(payload, { tabId, url: PAGE_URL });
  }) as SendFn;
  return {
    db,
    send,
    sent,
    of: (type: keyof BackgroundProtocol) => sent.filter((m) => m.type === type).map((m) => m.payload),
    fail: (type: keyof BackgroundProtocol, error: unknown) => failures.set(type, error),
    heal: (type: keyof BackgroundProtocol) => failures.delete(type),
  };
}

/** A painter that records what it was asked to do (ranges kept as given). */
export function recordingPainter(): Painter & { painted: Map<string, { range: Range; colour: Colour }>; log: string[]; focused: string | null; hits: string[] } {
  const painted = new Map<string, { range: Range; colour: Colour }>();
  const log: string[] = [];
  const painter = {
    kind: 'highlight-api' as const,
    painted,
    log,
    focused: null as string | null,
    hits: [] as string[],
    paint(id: string, range: Range, colour: Colour) {
      log.push(`paint:${id}`);
      painted.set(id, { range: range.cloneRange(), colour });
    },
    setColour(id: string, colour: Colour) {
      const p = painted.get(id);
      if (p && p.colour !== colour) {
        log.push(`colour:${id}:${colour}`);
        p.colour = colour;
      }
    },
    remove(id: string) {
      if (painted.delete(id)) log.push(`remove:${id}`);
    },
    clear() {
      log.push('clear');
      painted.clear();
    },
    focus(id: string | null) {
      painter.focused = id;
    },
    idsAtPoint() {
      return painter.hits.filter((id) => painted.has(id));
    },
    rangeOf(id: string) {
      return painted.get(id)?.range.cloneRange() ?? null;
    },
    ids() {
      return [...painted.keys()];
    },
  };
  return painter;
}

/** A session on `win` with test doubles; override any dependency. */
export function makeSession(win: Window, send: SendFn, over: Partial<SessionDeps> = {}) {
  const clock = new FakeClock();
  const observer = manualObserver();
  const painter = recordingPainter();
  const session = new PageSession({
    doc: win.document,
    href: () => win.location.href,
    send,
    painter,
    detect: (doc, href, options) => detectPage(doc, href, undefined, options),
    clock,
    createObserver: observer.create,
    newId: () => `01HZTESTHIGHLIGHT${String(++idCount).padStart(9, '0')}`,
    warn: () => {},
    ...over,
  });
  return { session, clock, observer, painter };
}
