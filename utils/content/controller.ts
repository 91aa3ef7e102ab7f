/**
 * The page-side behaviour around a PageSession: a selection shows the toolbar, a colour saves a
 * highlight, a click on a painted highlight opens its editor, and the content-script messages
 * (context menu and keyboard command, popup actions) go through the same code paths. Failures show
 * in the toolbar or editor with the selection kept, so the user can retry.
 */
import { resolveColourLabels } from '../../components/colours';
import type { HighlightPatch } from '../db';
import type { I18n } from '../i18n';
import type { ContentProtocol, Handlers } from '../messages';
import type { Colour, Highlight } from '../model';
import type { LoopClock } from '../anchor/reanchor-loop';
import { errorText } from './errors';
import { fieldRange, markRange } from './show-field';
import type { PageSession } from './page-session';
import type { Box } from './panel-position';
import { selectedRange } from './selection';
import { rangeBoxes } from './toolbar-ui';
import type { ContentUi, EditorView, ToolbarView } from './toolbar-ui';

/** The colour of a highlight made without choosing one (command, context menu, Note/Tags first). */
export const DEFAULT_COLOUR: Colour = 'yellow';

/** How often hovering looks for a highlight under the pointer. */
const HOVER_INTERVAL_MS = 60;

/** Keys that can finish a keyboard selection (Shift+arrows, Shift+Home/End, Ctrl+A). */
const SELECTING_KEYS = /^(?:Shift|Arrow\w+|Home|End|PageUp|PageDown|a|A)$/;

export interface ControllerDeps {
  win: Window;
  session: PageSession;
  ui: ContentUi;
  i18n: I18n;
  clock: LoopClock;
  /** Adds a listener that is removed when the content script stops (WXT's `ctx.addEventListener`). */
  addListener: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
}

type State =
  | { kind: 'toolbar'; range: Range | null; lines: Box[]; id: string | null; error: string | null }
  | { kind: 'editor'; id: string; lines: Box[]; error: string | null }
  | { kind: 'deleted'; highlight: Highlight; lines: Box[]; error: string | null };

/** How long "Highlight deleted — Undo" stays after a deletion. */
export const UNDO_MS = 10_000;

/** Wires page events and content-script messages to a session and the UI. */
export class ContentController {
  private state: State | null = null;
  private busy = false;
  private hoverTimer: unknown = null;
  private pointer = { x: 0, y: 0 };
  /** Removes the mark of the field last shown (content:show-field). */
  private unmarkField: () => void = () => {};

  constructor(private readonly deps: ControllerDeps) {}

  /** Start listening to the page. */
  start(): void {
    const { win, addListener } = this.deps;
    const doc = win.document;
    addListener(doc, 'mouseup', (e) => this.onMouseUp(e as MouseEvent));
    addListener(doc, 'keyup', (e) => this.onKeyUp(e as KeyboardEvent));
    addListener(doc, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && this.state && !this.deps.ui.owns(e)) this.close();
    });
    addListener(doc, 'mousemove', (e) => this.onMouseMove(e as MouseEvent));
  }

  /** The content-script half of the message protocol. */
  handlers(): Partial<Handlers<ContentProtocol>> {
    const { session } = this.deps;
    return {
      'content:detect': async () => {
        await session.ready;
        return session.capture().article;
      },
      'content:capture': async () => {
        await session.ready;
        return session.capture();
      },
      'content:highlight-selection': ({ colour }) => this.highlightSelection(colour),
      'content:scroll-to': async ({ id }) => {
        await session.ready;
        return session.scrollTo(id);
      },
      'content:refresh': () => session.refresh(),
      'content:verify': () => session.verify(),
      'content:show-field': async ({ field }) => {
        await session.ready;
        const doc = this.deps.win.document;
        let found = session.lastDetection ? fieldRange(doc, session.lastDetection.article, field) : null;
        // the page may have changed since it was detected: detect again before giving up
        if (!found) found = fieldRange(doc, session.redetect().article, field);
        if (!found) return false;
        this.unmarkField();
        this.unmarkField = markRange(this.deps.win, found, (fn, ms) => this.deps.clock.setTimeout(fn, ms));
        return true;
      },
    };
  }

  /** Re-render after the session changed (a refresh may have deleted what the UI shows). */
  sync(): void {
    const s = this.state;
    if (s && s.kind !== 'deleted' && s.id !== null && !this.deps.session.get(s.id)) this.close();
    else this.render();
  }

  /** Hide the toolbar or editor. */
  close(): void {
    this.state = null;
    this.deps.session.focus(null);
    this.deps.ui.show(null);
  }

  /**
   * The context-menu item and the keyboard command: highlight the page's selection (in `colour`,
   * else the default), exactly as a toolbar colour click does, then show the new highlight's toolbar
   * with the keyboard focus in it. Null when nothing is selected.
   */
  async highlightSelection(colour?: Colour): Promise<Highlight | null> {
    const { session } = this.deps;
    await session.ready;
    const range = this.currentSelection();
    if (!range) return null;
    const existing = session.highlightOf(range);
    if (existing) {
      const h = session.get(existing)!;
      return colour && colour !== h.colour ? session.update(existing, { colour }) : h;
    }
    const state: State = { kind: 'toolbar', range: range.cloneRange(), lines: rangeBoxes(range, this.deps.win), id: null, error: null };
    this.state = state;
    try {
      const h = await this.create(range, colour ?? DEFAULT_COLOUR);
      // Keyboard users go on from here: the toolbar of the new highlight, focused (Note, Tags, Delete, Esc).
      if (h && this.state === state) {
        state.id = h.id;
        state.range = null;
        this.render();
        this.deps.ui.focus();
      }
      return h;
    } catch (err) {
      // The command has no UI of its own: the failure shows in the toolbar beside the kept selection.
      if (this.state === state) {
        state.error = errorText(err, this.deps.i18n.t);
        this.render();
      }
      throw err;
    }
  }

  private currentSelection(): Range | null {
    const { win } = this.deps;
    return selectedRange(win.document, win.getSelection());
  }

  private onMouseUp(event: MouseEvent): void {
    if (this.deps.ui.owns(event) || event.button > 0) return;
    const { clientX, clientY } = event;
    // The selection settles after mouseup (a click inside a selection collapses it afterwards).
    this.deps.clock.setTimeout(() => this.afterPointer(clientX, clientY), 0);
  }

  private afterPointer(x: number, y: number): void {
    const range = this.currentSelection();
    if (range) return this.showToolbar(range);
    const [id] = this.deps.session.idsAtPoint(x, y);
    if (id) this.openEditor(id);
    else if (this.state) this.close();
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (this.deps.ui.owns(event) || !SELECTING_KEYS.test(event.key)) return;
    const range = this.currentSelection();
    if (range) this.showToolbar(range);
    else if (this.state?.kind === 'toolbar') this.close();
  }

  private onMouseMove(event: MouseEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.hoverTimer !== null || !this.deps.session.list().length) return;
    this.hoverTimer = this.deps.clock.setTimeout(() => {
      this.hoverTimer = null;
      const [id] = this.deps.session.idsAtPoint(this.pointer.x, this.pointer.y);
      const editing = this.state?.kind === 'editor' ? this.state.id : null;
      this.deps.session.focus(id ?? editing);
    }, HOVER_INTERVAL_MS);
  }

  private showToolbar(range: Range): void {
    if (this.busy) return;
    const id = this.deps.session.highlightOf(range);
    this.state = { kind: 'toolbar', range: range.cloneRange(), lines: rangeBoxes(range, this.deps.win), id, error: null };
    this.render();
  }

  private openEditor(id: string, lines?: Box[]): void {
    const range = this.deps.session.rangeOf(id);
    this.state = { kind: 'editor', id, lines: lines ?? (range ? rangeBoxes(range, this.deps.win) : []), error: null };
    this.deps.session.focus(id);
    this.render();
  }

  /** Save a highlight of `range`; on success the selection is cleared so the new paint shows. */
  private async create(range: Range, colour: Colour): Promise<Highlight | null> {
    const h = await this.deps.session.highlightRange(range, colour);
    if (h) this.deps.win.getSelection()?.removeAllRanges();
    return h;
  }

  /** Run one user action; its failure is shown where the user is, and the state stays for a retry. */
  private async act(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await action();
    } catch (err) {
      if (this.state) {
        this.state.error = errorText(err, this.deps.i18n.t);
        this.render();
      }
    } finally {
      this.busy = false;
    }
  }

  /** The toolbar's highlight, created first (in `colour`) when the toolbar is for a new selection. */
  private async ensureHighlight(colour: Colour): Promise<string | null> {
    const s = this.state;
    if (s?.kind !== 'toolbar') return null;
    if (s.id) return s.id;
    if (!s.range) return null;
    const h = await this.create(s.range, colour);
    if (!h || this.state !== s) return null;
    s.id = h.id;
    s.error = null;
    return h.id;
  }

  private onColour(colour: Colour): void {
    void this.act(async () => {
      const s = this.state;
      if (s?.kind !== 'toolbar') return;
      if (s.id) await this.deps.session.update(s.id, { colour });
      else await this.ensureHighlight(colour);
      if (this.state === s) {
        s.error = null;
        this.render();
      }
    });
  }

  private onEditRequest(): void {
    void this.act(async () => {
      const s = this.state;
      const id = await this.ensureHighlight(DEFAULT_COLOUR);
      if (id && this.state === s) this.openEditor(id, s?.lines);
    });
  }

  /** Delete at once (no question asked) and offer Undo for a while, where the highlight was. */
  private onDelete(id: string): void {
    void this.act(async () => {
      const lines = this.state?.lines ?? [];
      const removed = await this.deps.session.remove(id);
      if (!removed) return this.close();
      const state: State = { kind: 'deleted', highlight: removed, lines, error: null };
      this.state = state;
      this.deps.session.focus(null);
      this.render();
      this.deps.ui.focus();
      this.deps.clock.setTimeout(() => {
        if (this.state === state) this.close();
      }, UNDO_MS);
    });
  }

  private onUndo(): void {
    void this.act(async () => {
      const s = this.state;
      if (s?.kind !== 'deleted') return;
      await this.deps.session.restore(s.highlight);
      if (this.state === s) this.close();
    });
  }

  private onSave(id: string, patch: HighlightPatch): void {
    void this.act(async () => {
      await this.deps.session.update(id, patch);
      this.close();
    });
  }

  private render(): void {
    const s = this.state;
    if (!s) return this.deps.ui.show(null);
    const { session, i18n } = this.deps;
    const colourLabels = resolveColourLabels(session.colourLabels, i18n.t);
    if (s.kind === 'toolbar') {
      const id = s.id;
      const view: ToolbarView = {
        kind: 'toolbar',
        lines: s.lines,
        colourLabels,
        activeColour: id ? (session.get(id)?.colour ?? null) : null,
        error: s.error,
        onHighlight: (c) => this.onColour(c),
        onNote: () => this.onEditRequest(),
        onTags: () => this.onEditRequest(),
        onDelete: id ? () => this.onDelete(id) : undefined,
        onClose: () => this.close(),
      };
      return this.deps.ui.show(view);
    }
    if (s.kind === 'deleted') {
      return this.deps.ui.show({ kind: 'deleted', lines: s.lines, quote: s.highlight.quote, error: s.error, onUndo: () => this.onUndo(), onClose: () => this.close() });
    }
    const h = session.get(s.id);
    if (!h) return this.close();
    const tags = new Set([...(session.savedClip?.tags ?? []), ...session.list().flatMap((x) => x.tags)]);
    const view: EditorView = {
      kind: 'editor',
      lines: s.lines,
      id: h.id,
      quote: h.quote,
      value: { colour: h.colour, note: h.note, tags: h.tags },
      colourLabels,
      tagSuggestions: [...tags].sort((a, b) => a.localeCompare(b)),
      error: s.error,
      onSave: (patch) => this.onSave(h.id, patch),
      onDelete: () => this.onDelete(h.id),
      onCancel: () => this.close(),
    };
    this.deps.ui.show(view);
  }
}
