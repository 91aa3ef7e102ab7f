import { describe, expect, it, vi } from 'vitest';
import { resolveColourLabels } from '@/components/colours';
import { UI_HOST_ATTRIBUTE } from '@/utils/anchor/own-nodes';
import { buildTextIndex } from '@/utils/anchor/text-index';
import { UI_HOST_TAG, mountContentUi } from '@/utils/content/toolbar-ui';
import type { EditorView, ToolbarView } from '@/utils/content/toolbar-ui';
import { createI18n } from '@/utils/i18n';
import { articleHtml, makeWindow } from './helpers';

const i18n = createI18n('vi');
const labels = resolveColourLabels({}, i18n.t);
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

function toolbarView(over: Partial<ToolbarView> = {}): ToolbarView {
  return {
    kind: 'toolbar',
    lines: [{ left: 100, top: 200, width: 300, height: 20 }],
    colourLabels: labels,
    activeColour: null,
    error: null,
    onHighlight: vi.fn(),
    onNote: vi.fn(),
    onTags: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
}

describe('mountContentUi', () => {
  it('renders the toolbar in an open shadow root on a host that anchoring ignores', () => {
    const win = makeWindow(articleHtml());
    const ui = mountContentUi(win.document, i18n);
    const before = buildTextIndex(win.document.body).text;
    const view = toolbarView();
    ui.show(view);
    const host = win.document.querySelector(UI_HOST_TAG)!;
    expect(host.hasAttribute(UI_HOST_ATTRIBUTE)).toBe(true);
    expect(host.parentElement).toBe(win.document.documentElement);
    const shadow = host.shadowRoot!;
    expect(shadow.mode).toBe('open');
    expect(shadow.querySelectorAll('button.pnt-colour')).toHaveLength(5);
    expect(shadow.querySelector('style')!.textContent).toContain('.pnt-toolbar');
    expect(buildTextIndex(win.document.body).text).toBe(before);
    (shadow.querySelectorAll('button.pnt-colour')[2] as HTMLElement).click();
    expect(view.onHighlight).toHaveBeenCalledWith('blue');
    ui.focus();
    expect(shadow.activeElement).toBe(shadow.querySelectorAll('button.pnt-colour')[0]);
    const panel = shadow.querySelector('.pnc-panel') as HTMLElement;
    expect(panel.style.top).not.toBe('');
    ui.show(null);
    expect(win.document.querySelector(UI_HOST_TAG)).toBeNull();
  });

  it('keeps keyboard and mouse events inside: the page never sees them', () => {
    const win = makeWindow(articleHtml());
    const ui = mountContentUi(win.document, i18n);
    ui.show(toolbarView());
    const seen: string[] = [];
    for (const type of ['keydown', 'mouseup', 'click']) win.document.addEventListener(type, () => seen.push(type));
    const button = win.document.querySelector(UI_HOST_TAG)!.shadowRoot!.querySelector('button')!;
    button.dispatchEvent(new (win as Window & typeof globalThis).KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    button.dispatchEvent(new (win as Window & typeof globalThis).MouseEvent('mouseup', { bubbles: true, composed: true }));
    button.click();
    expect(seen).toEqual([]);
    win.document.body.dispatchEvent(new (win as Window & typeof globalThis).MouseEvent('mouseup', { bubbles: true }));
    expect(seen).toEqual(['mouseup']);
  });

  it('shows the editor with the quote as text, and an error as an alert', () => {
    const win = makeWindow(articleHtml());
    const ui = mountContentUi(win.document, i18n);
    const view: EditorView = {
      kind: 'editor',
      lines: [{ left: 10, top: 10, width: 100, height: 20 }],
      id: '01HZEDITOR0000000000000000',
      quote: HOSTILE,
      value: { colour: 'green', note: 'ghi chú', tags: ['thi đua'] },
      colourLabels: labels,
      tagSuggestions: [],
      error: 'Đã xảy ra lỗi.',
      onSave: vi.fn(),
      onDelete: vi.fn(),
      onCancel: vi.fn(),
    };
    ui.show(view);
    const shadow = win.document.querySelector(UI_HOST_TAG)!.shadowRoot!;
    expect(shadow.querySelector('.pn-quote')!.textContent).toBe(HOSTILE);
    expect(shadow.querySelector('img')).toBeNull();
    expect((shadow.querySelector('textarea') as HTMLTextAreaElement).value).toBe('ghi chú');
    expect(shadow.querySelector('[role="alert"]')!.textContent).toBe('Đã xảy ra lỗi.');
    ui.destroy();
    expect(win.document.querySelector(UI_HOST_TAG)).toBeNull();
  });
});
