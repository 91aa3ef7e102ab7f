/**
 * The small toolbar shown next to a text selection on the page (inside the content script's
 * shadow root): five colour buttons named by the user's colour meanings, then note, tags and —
 * on an existing highlight — delete. One Tab stop; arrow keys move between buttons (ARIA toolbar).
 */
import { useRef } from 'preact/hooks';
import { COLOURS, type Colour } from '../utils/model';
import { useI18n } from '../utils/i18n';
import { COLOUR_BORDER, COLOUR_FILL, type ColourLabels } from './colours';

export interface SelectionToolbarProps {
  colourLabels: ColourLabels;
  /** The colour of the highlight under the selection, shown pressed. */
  activeColour?: Colour | null;
  onHighlight: (colour: Colour) => void;
  onNote: () => void;
  onTags: () => void;
  /** Present only when the selection is an existing highlight. */
  onDelete?: () => void;
  /** Escape pressed. */
  onClose?: () => void;
}

/** The selection toolbar. */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const root = ref.current?.getRootNode() as Document | ShadowRoot | undefined;
    const at = buttons.indexOf(root?.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      const n = (i + buttons.length) % buttons.length;
      buttons.forEach((b, k) => (b.tabIndex = k === n ? 0 : -1));
      buttons[n]?.focus();
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(buttons.length - 1);
    else if (e.key === 'Escape' && props.onClose) props.onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={ref} class="pnt-toolbar" role="toolbar" aria-label={t('toolbarLabel')} onKeyDown={onKeyDown}>
      {COLOURS.map((c, i) => (
        <button
          key={c}
          type="button"
          class="pnt-colour"
          tabIndex={i === 0 ? 0 : -1}
          title={props.colourLabels[c]}
          aria-label={t('toolbarHighlightAs', props.colourLabels[c])}
          aria-pressed={props.activeColour === undefined || props.activeColour === null ? undefined : props.activeColour === c}
          style={{ background: COLOUR_FILL[c], borderColor: COLOUR_BORDER[c] }}
          onClick={() => props.onHighlight(c)}
        />
      ))}
      <span class="pnt-sep" aria-hidden="true" />
      <button type="button" class="pnt-button" tabIndex={-1} onClick={props.onNote}>
        {t('toolbarNote')}
      </button>
      <button type="button" class="pnt-button" tabIndex={-1} onClick={props.onTags}>
        {t('toolbarTags')}
      </button>
      {props.onDelete && (
        <button type="button" class="pnt-button pnt-button--danger" tabIndex={-1} onClick={props.onDelete}>
          {t('actionDelete')}
        </button>
      )}
    </div>
  );
}
