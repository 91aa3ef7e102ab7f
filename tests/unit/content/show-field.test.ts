import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectPage } from '@/utils/content/detect';
import { fieldRange, markRange } from '@/utils/content/show-field';
import { DETECTED_HIGHLIGHT_NAME } from '@/utils/highlight/styles';
import { articleHtml, backgroundSend, FakeClock, makeSession, makeWindow } from './helpers';
import { ContentController } from '@/utils/content/controller';
import { createI18n } from '@/utils/i18n';

beforeEach(() => fakeBrowser.reset());

describe('fieldRange', () => {
  it('finds the title, the date line, the signature and the body where the page shows them', () => {
    const win = makeWindow(articleHtml());
    const { article } = detectPage(win.document, win.location.href);
    expect(fieldRange(win.document, article, 'title')?.toString()).toBe('Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã');
    expect(fieldRange(win.document, article, 'published')?.toString()).toBe('24/07/2020');
    expect(fieldRange(win.document, article, 'signature')?.toString()).toBe('Nguyễn Hữu Phước');
    expect(fieldRange(win.document, article, 'body')?.toString()).toContain('Nguyễn Hữu Phước');
  });

  it('has nothing to show for a date read from metadata, or once the page dropped the element', () => {
    const win = makeWindow(articleHtml().replace('<p>24/07/2020</p>', ''));
    const meta = win.document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2020-07-24T09:00:00+07:00');
    win.document.head.append(meta);
    const { article } = detectPage(win.document, win.location.href);
    expect(article.published?.iso).toBe('2020-07-24T09:00:00+07:00');
    expect(fieldRange(win.document, article, 'published')).toBeNull();
    win.document.querySelector('h1')!.remove();
    expect(fieldRange(win.document, article, 'title')).toBeNull();
  });
});

describe('markRange', () => {
  it('marks the range with the detected-field highlight for a moment, and can clear it early', () => {
    const win = makeWindow(articleHtml());
    const registry = new Map<string, unknown>();
    const scrolls: number[] = [];
    const fake = {
      CSS: { highlights: { set: (n: string, h: unknown) => registry.set(n, h), delete: (n: string) => registry.delete(n) } },
      Highlight: class {
        ranges: Range[];
        constructor(...r: Range[]) {
          this.ranges = r;
        }
      },
      innerHeight: 600,
      scrollBy: (_x: number, y: number) => void scrolls.push(y),
    };
    const clock = new FakeClock();
    const range = win.document.createRange();
    range.selectNodeContents(win.document.querySelector('h1')!);
    const clear = markRange(fake, range, (fn, ms) => clock.setTimeout(fn, ms), 2500);
    expect((registry.get(DETECTED_HIGHLIGHT_NAME) as { ranges: Range[] }).ranges[0].toString()).toContain('Tập huấn');
    clock.advance(2500);
    expect(registry.has(DETECTED_HIGHLIGHT_NAME)).toBe(false);
    markRange(fake, range, (fn, ms) => clock.setTimeout(fn, ms))();
    expect(registry.has(DETECTED_HIGHLIGHT_NAME)).toBe(false);
    expect(clear).toBeTypeOf('function');
  });
});

describe('content:show-field', () => {
  it('answers true for a field on the page and false for one that is not there', async () => {
    const bg = await backgroundSend();
    const win = makeWindow(articleHtml());
    const { session, clock } = makeSession(win, bg.send);
    const ui = { show: vi.fn(), focus: vi.fn(), owns: () => false, destroy: vi.fn() };
    const controller = new ContentController({ win, session, ui, i18n: createI18n('vi'), clock, addListener: () => {} });
    await session.start();
    const show = controller.handlers()['content:show-field']!;
    expect(await show({ field: 'signature' }, {})).toBe(true);
    win.document.querySelector('p strong')!.parentElement!.remove();
    // detected again: this page no longer has a signature block
    expect(await show({ field: 'signature' }, {})).toBe(false);
  });
});
