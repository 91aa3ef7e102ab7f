/**
 * The content script's UI on the page: the selection toolbar or the highlight editor, rendered with
 * Preact in an open shadow root on a host of our own (marked so anchoring never reads it), placed
 * beside the selection. The page's CSS cannot reach in, ours cannot leak out, and keyboard and mouse
 * events inside stay inside (the portal's shortcuts and click handlers never see them).
 */
import { render } from 'preact';
import { HighlightEditor } from '../../components/HighlightEditor';
import type { HighlightPatch } from '../../components/HighlightEditor';
import { SelectionToolbar } from '../../components/SelectionToolbar';
import type { ColourLabels } from '../../components/colours';
import { SHADOW_CSS } from '../../components/styles/shadow-css';
import { UI_HOST_ATTRIBUTE } from '../anchor/own-nodes';
import { I18nContext, useI18n } from '../i18n';
import type { I18n } from '../i18n';
import type { Colour } from '../model';
import { placePanel } from './panel-position';
import type { Box } from './panel-position';

/** The host element's tag: a name of our own, so no page rule for `div` or `span` applies to it. */
export const UI_HOST_TAG = 'portal-notes-ui';

/** The toolbar beside a selection (or beside an existing highlight selected again). */
export interface ToolbarView {
  kind: 'toolbar';
  /** The selection's line boxes, in document coordinates. */
  lines: Box[];
  colourLabels: ColourLabels;
  activeColour: Colour | null;
  /** A readable failure of the last action, shown under the buttons. */
  error: string | null;
  onHighlight: (colour: Colour) => void;
  onNote: () => void;
  onTags: () => void;
  /** Present when the selection is an existing highlight. */
  onDelete?: () => void;
  onClose: () => void;
}

/** The editor of one highlight, beside it. */
export interface EditorView {
  kind: 'editor';
  lines: Box[];
  /** The highlight's id (the editor is rebuilt for another highlight). */
  id: string;
  quote: string;
  value: HighlightPatch;
  colourLabels: ColourLabels;
  tagSuggestions: string[];
  error: string | null;
  onSave: (patch: HighlightPatch) => void;
  onDelete: () => void;
  onCancel: () => void;
}

/** After a deletion: says so, with Undo, where the highlight was. */
export interface DeletedView {
  kind: 'deleted';
  lines: Box[];
  quote: string;
  error: string | null;
  onUndo: () => void;
  onClose: () => void;
}

export type PanelView = ToolbarView | EditorView | DeletedView;

/** The mounted UI. */
export interface ContentUi {
  /** Show a view (replacing the current one), or hide with null. */
  show(view: PanelView | null): void;
  /** Move keyboard focus into the shown panel (its first tab stop). */
  focus(): void;
  /** Whether an event happened inside our UI. */
  owns(event: Event): boolean;
  /** Remove the host from the page. */
  destroy(): void;
}

const PANEL_CSS = `
.pnc-panel { position: absolute; display: grid; gap: 0.3em; justify-items: start; }
.pnc-error { margin: 0; max-width: 24em; padding: 0.35em 0.6em; background: #fef2f2; color: #7f1d1d;
  border: 1px solid #991b1b; border-radius: 0.35em; font-size: 0.9em; }
`;

/** Events that never leave our shadow root (the page must not react to typing or clicks in our UI). */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'mousedown', 'mouseup', 'click', 'dblclick',
  'pointerdown', 'pointerup', 'touchstart', 'touchend', 'focusin', 'focusout', 'contextmenu', 'selectstart',
];

const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['position', 'absolute'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['display', 'block'],
];

/** The client rects of a range, in document coordinates. */
export function rangeBoxes(range: Range, win: Window): Box[] {
  if (typeof range.getClientRects !== 'function') return [];
  return Array.from(range.getClientRects(), (r) => ({
    left: r.left + win.scrollX,
    top: r.top + win.scrollY,
    width: r.width,
    height: r.height,
  }));
}

function DeletedNotice({ view }: { view: DeletedView }) {
  const { t } = useI18n();
  return (
    <div class="pnt-toolbar" role="status">
      <span class="pnt-notice">{t('highlightDeletedNotice')}</span>
      <button
        type="button"
        class="pnt-button"
        tabIndex={0}
        aria-label={t('highlightUndoDelete', view.quote.length > 60 ? `${view.quote.slice(0, 60)}…` : view.quote)}
        onClick={view.onUndo}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            view.onClose();
          }
        }}
      >
        {t('actionUndo')}
      </button>
    </div>
  );
}

function Panel({ view }: { view: PanelView }) {
  const error = view.error && (
    <p class="pnc-error" role="alert">
      {view.error}
    </p>
  );
  if (view.kind === 'deleted') {
    return (
      <div class="pnc-panel" data-kind="deleted">
        <DeletedNotice view={view} />
        {error}
      </div>
    );
  }
  if (view.kind === 'toolbar') {
    return (
      <div class="pnc-panel" data-kind="toolbar">
        <SelectionToolbar
          colourLabels={view.colourLabels}
          activeColour={view.activeColour}
          onHighlight={view.onHighlight}
          onNote={view.onNote}
          onTags={view.onTags}
          onDelete={view.onDelete}
          onClose={view.onClose}
        />
        {error}
      </div>
    );
  }
  return (
    <div class="pnc-panel" data-kind="editor">
      <HighlightEditor
        key={view.id}
        id={`pn-${view.id}`}
        quote={view.quote}
        value={view.value}
        colourLabels={view.colourLabels}
        tagSuggestions={view.tagSuggestions}
        onSave={view.onSave}
        onDelete={view.onDelete}
        onCancel={view.onCancel}
      />
      {error}
    </div>
  );
}

/** Mount the UI host at the end of `doc`'s root element (outside the body the page's text lives in). */
export function mountContentUi(doc: Document, i18n: I18n): ContentUi {
  const win = doc.defaultView!;
  const host = doc.createElement(UI_HOST_TAG);
  host.setAttribute(UI_HOST_ATTRIBUTE, '');
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS + PANEL_CSS;
  const root = doc.createElement('div');
  root.setAttribute('lang', i18n.locale);
  shadow.append(style, root);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  // A click on a toolbar button must not take the page's selection away (the user may retry).
  shadow.addEventListener('mousedown', (e) => {
    if ((e.target as Element | null)?.closest?.('.pnt-toolbar')) e.preventDefault();
  });
  let shown = false;

  const place = (lines: Box[]) => {
    const panel = root.firstElementChild as HTMLElement | null;
    if (!panel) return;
    const view = { left: win.scrollX, top: win.scrollY, width: win.innerWidth, height: win.innerHeight };
    const { left, top } = placePanel(lines, { width: panel.offsetWidth, height: panel.offsetHeight }, view);
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
  };

  return {
    show(view) {
      if (!view) {
        if (shown) render(null, root);
        shown = false;
        host.remove();
        return;
      }
      if (!host.isConnected) doc.documentElement.appendChild(host);
      render(
        <I18nContext.Provider value={i18n}>
          <Panel view={view} />
        </I18nContext.Provider>,
        root,
      );
      shown = true;
      place(view.lines);
    },
    focus() {
      root.querySelector<HTMLElement>('[tabindex="0"], textarea, input')?.focus();
    },
    owns(event) {
      return event.composedPath().includes(host);
    },
    destroy() {
      render(null, root);
      shown = false;
      host.remove();
    },
  };
}
