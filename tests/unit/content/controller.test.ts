import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentController, UNDO_MS } from '@/utils/content/controller';
import type { ContentUi, DeletedView, EditorView, PanelView, ToolbarView } from '@/utils/content/toolbar-ui';
import { createI18n } from '@/utils/i18n';
import { ProtocolError } from '@/utils/messages';
import { articleHtml, backgroundSend, makeSession, makeWindow, selectText } from './helpers';

beforeEach(() => fakeBrowser.reset());

const QUOTE = 'toàn tỉnh có 1.284 tập thể và 3.560 cá nhân';

/** A UI that records the views it is asked to show. */
function fakeUi() {
  const views: Array<PanelView | null> = [];
  const ui: ContentUi & { views: typeof views; current: () => PanelView | null; focused: boolean } = {
    views,
    current: () => views.at(-1) ?? null,
    show: (view) => void views.push(view),
    focus: () => void (ui.focused = true),
    focused: false,
    owns: () => false,
    destroy: () => {},
  };
  return ui;
}

async function setup() {
  const bg = await backgroundSend();
  const win = makeWindow(articleHtml());
  // Wired like the entrypoint: every session change re-syncs the UI.
  let controller: ContentController | null = null;
  const { session, clock, painter } = makeSession(win, bg.send, { onChange: () => controller?.sync() });
  const ui = fakeUi();
  controller = new ContentController({
    win,
    session,
    ui,
    i18n: createI18n('en'),
    clock,
    addListener: (target, type, handler) => target.addEventListener(type, handler),
  });
  controller.start();
  await session.start();
  const mouseUp = (x = 10, y = 10) => {
    win.document.body.dispatchEvent(new (win as Window & typeof globalThis).MouseEvent('mouseup', { bubbles: true, clientX: x, clientY: y }) );
    clock.advance(0);
  };
  const toolbar = () => ui.current() as ToolbarView;
  const editor = () => ui.current() as EditorView;
  return { bg, win, session, clock, painter, ui, controller, mouseUp, toolbar, editor };
}

describe('ContentController: toolbar', () => {
  it('shows the toolbar for a selection; a colour saves, paints and clears the selection', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    expect(t.toolbar()).toMatchObject({ kind: 'toolbar', activeColour: null, error: null });
    expect(t.toolbar().onDelete).toBeUndefined();
    expect(t.toolbar().colourLabels.yellow).toBe('Key point');
    t.toolbar().onHighlight('green');
    await vi.waitFor(() => expect(t.toolbar().activeColour).toBe('green'));
    const [h] = t.session.list();
    expect(h).toMatchObject({ quote: QUOTE, colour: 'green' });
    expect(t.painter.painted.get(h.id)?.colour).toBe('green');
    expect(t.win.getSelection()!.toString()).toBe('');
    expect(t.toolbar().onDelete).toBeTypeOf('function');
  });

  it('shows a failed save in the toolbar, keeps the selection, and a retry saves once', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.bg.fail('highlight:create', new ProtocolError('quota', 'Storage is full. Nothing was saved.'));
    t.toolbar().onHighlight('yellow');
    await vi.waitFor(() => expect(t.toolbar().error).toMatch(/^The browser's storage is full/));
    expect(t.win.getSelection()!.toString()).toBe(QUOTE);
    expect(t.session.list()).toEqual([]);
    t.bg.heal('highlight:create');
    t.toolbar().onHighlight('yellow');
    await vi.waitFor(() => expect(t.toolbar().error).toBeNull());
    expect(t.session.list()).toHaveLength(1);
    const ids = (t.bg.of('highlight:create') as Array<{ highlight: { id: string } }>).map((m) => m.highlight.id);
    expect(new Set(ids).size).toBe(1);
  });

  it('Note on a new selection creates the highlight in the default colour and opens its editor', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.toolbar().onNote();
    await vi.waitFor(() => expect(t.ui.current()?.kind).toBe('editor'));
    expect(t.editor()).toMatchObject({ quote: QUOTE, value: { colour: 'yellow', note: '', tags: [] } });
  });

  it('recolours and deletes a highlight selected again', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.toolbar().onHighlight('yellow');
    await vi.waitFor(() => expect(t.session.list()).toHaveLength(1));
    selectText(t.win, QUOTE);
    t.mouseUp();
    expect(t.toolbar().activeColour).toBe('yellow');
    t.toolbar().onHighlight('blue');
    await vi.waitFor(() => expect(t.toolbar().activeColour).toBe('blue'));
    expect(t.session.list()).toHaveLength(1);
    t.toolbar().onDelete!();
    await vi.waitFor(() => expect(t.ui.current()?.kind).toBe('deleted'));
    expect(t.session.list()).toEqual([]);
    expect(t.painter.painted.size).toBe(0);
    // the Undo offer goes away by itself
    t.clock.advance(UNDO_MS);
    expect(t.ui.current()).toBeNull();
  });

  it('undoes a deletion: the same highlight, note and tags come back, saved and painted', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.toolbar().onHighlight('green');
    await vi.waitFor(() => expect(t.session.list()).toHaveLength(1));
    const [made] = t.session.list();
    await t.session.update(made.id, { note: 'Số liệu cần kiểm tra', tags: ['thi đua'] });
    const before = t.session.get(made.id)!;
    // select it again and open its editor, as a user does
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.toolbar().onNote();
    await vi.waitFor(() => expect(t.ui.current()?.kind).toBe('editor'));
    t.editor().onDelete();
    await vi.waitFor(() => expect(t.ui.current()?.kind).toBe('deleted'));
    expect(t.ui.focused).toBe(true);
    expect((await t.bg.send('page:notes', { identity: t.session.lastDetection!.identity })).highlights).toEqual([]);
    const notice = t.ui.current() as DeletedView;
    expect(notice.quote).toBe(QUOTE);
    notice.onUndo();
    await vi.waitFor(() => expect(t.ui.current()).toBeNull());
    const back = t.session.get(made.id)!;
    expect(back).toMatchObject({ id: before.id, note: 'Số liệu cần kiểm tra', tags: ['thi đua'], colour: 'green', createdAt: before.createdAt });
    expect(t.painter.painted.get(made.id)?.range.toString()).toBe(QUOTE);
    const stored = (await t.bg.send('page:notes', { identity: t.session.lastDetection!.identity })).highlights;
    expect(stored.map((h) => [h.id, h.note])).toEqual([[made.id, 'Số liệu cần kiểm tra']]);
  });

  it('closes on Escape and on a click elsewhere', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.win.document.dispatchEvent(new (t.win as Window & typeof globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }) );
    expect(t.ui.current()).toBeNull();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.win.getSelection()!.removeAllRanges();
    t.mouseUp();
    expect(t.ui.current()).toBeNull();
  });
});

describe('ContentController: editing a painted highlight', () => {
  it('opens the editor on a click on the highlight and saves note and tags', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.toolbar().onHighlight('pink');
    await vi.waitFor(() => expect(t.session.list()).toHaveLength(1));
    const [h] = t.session.list();
    t.painter.hits = [h.id];
    t.win.getSelection()!.removeAllRanges();
    t.mouseUp(120, 80);
    expect(t.editor()).toMatchObject({ kind: 'editor', id: h.id, quote: QUOTE, value: { colour: 'pink' } });
    t.editor().onSave({ colour: 'orange', note: 'Đối chiếu với báo cáo năm 2019', tags: ['thi đua'] });
    await vi.waitFor(() => expect(t.ui.current()).toBeNull());
    expect(t.session.get(h.id)).toMatchObject({ colour: 'orange', note: 'Đối chiếu với báo cáo năm 2019', tags: ['thi đua'] });
    expect(t.painter.painted.get(h.id)?.colour).toBe('orange');
  });

  it('closes the editor when a refresh finds the highlight deleted elsewhere', async () => {
    const t = await setup();
    selectText(t.win, QUOTE);
    t.mouseUp();
    t.toolbar().onNote();
    await vi.waitFor(() => expect(t.ui.current()?.kind).toBe('editor'));
    await t.bg.send('highlight:delete', { id: t.editor().id });
    await t.controller.handlers()['content:refresh']!({}, {});
    expect(t.ui.current()).toBeNull();
    expect(t.painter.painted.size).toBe(0);
  });
});

describe('ContentController: messages', () => {
  it('content:highlight-selection goes through the same save: null without a selection, the highlight with one', async () => {
    const t = await setup();
    const highlight = t.controller.handlers()['content:highlight-selection']!;
    expect(await highlight({}, {})).toBeNull();
    selectText(t.win, QUOTE);
    const h = await highlight({}, {});
    expect(h).toMatchObject({ quote: QUOTE, colour: 'yellow' });
    expect(t.painter.painted.has(h!.id)).toBe(true);
    // Then the new highlight's toolbar, focused, so a keyboard user can add a note at once.
    expect(t.toolbar()).toMatchObject({ kind: 'toolbar', activeColour: 'yellow', error: null });
    expect(t.toolbar().onDelete).toBeTypeOf('function');
    expect(t.ui.focused).toBe(true);
    // The same selection again is the same highlight (a repeated command never duplicates it).
    selectText(t.win, QUOTE);
    expect((await highlight({ colour: 'green' }, {}))?.id).toBe(h!.id);
    expect(t.session.list()).toHaveLength(1);
    expect(t.session.get(h!.id)?.colour).toBe('green');
  });

  it('a failed command shows the error beside the selection and rejects', async () => {
    const t = await setup();
    t.bg.fail('highlight:create', new ProtocolError('quota', 'Storage is full.'));
    selectText(t.win, QUOTE);
    await expect(t.controller.highlightSelection()).rejects.toMatchObject({ code: 'quota' });
    expect(t.toolbar()).toMatchObject({ kind: 'toolbar', error: expect.stringMatching(/^The browser's storage is full/) });
    expect(t.win.getSelection()!.toString()).toBe(QUOTE);
  });

  it('content:capture re-detects; content:scroll-to is false for an unknown highlight', async () => {
    const t = await setup();
    const capture = await t.controller.handlers()['content:capture']!({}, {});
    expect(capture.identity.url).toBe(t.win.location.href);
    expect(capture.snapshot?.text).toContain('1.284 tập thể');
    expect(await t.controller.handlers()['content:scroll-to']!({ id: '01HZUNKNOWN000000000000000' }, {})).toBe(false);
  });
});
