/**
 * Edit one highlight: its note, tags and colour, or delete it. Used in the popup's list and on the
 * page when a painted highlight is clicked (inside the content script's shadow root).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Colour } from '../utils/model';
import { useI18n } from '../utils/i18n';
import { ColourPicker } from './ColourPicker';
import { ConfirmButton } from './ConfirmButton';
import { TagInput } from './TagInput';
import type { ColourLabels } from './colours';

/** The editable parts of a highlight. */
export interface HighlightPatch {
  colour: Colour;
  note: string;
  tags: string[];
}

export interface HighlightEditorProps {
  /** Unique id prefix for form labels. */
  id: string;
  /** The highlight's quote, shown (as text) so the user knows what they edit. */
  quote?: string;
  value: HighlightPatch;
  colourLabels: ColourLabels;
  /** Existing tag names for autocomplete. */
  tagSuggestions: readonly string[];
  onSave: (patch: HighlightPatch) => void;
  onDelete: () => void;
  onCancel: () => void;
  /** Focus the note field when shown (default true). */
  autoFocus?: boolean;
}

/** The highlight editor form. */
export function HighlightEditor(props: HighlightEditorProps) {
  const { t } = useI18n();
  const [colour, setColour] = useState(props.value.colour);
  const [note, setNote] = useState(props.value.note);
  const [tags, setTags] = useState<string[]>([...props.value.tags]);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (props.autoFocus !== false) noteRef.current?.focus();
  }, []);

  return (
    <form
      class="pn-highlight-editor"
      aria-label={t('highlightEditTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ colour, note: note.normalize('NFC').trim(), tags });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      {props.quote && <blockquote class="pn-quote">{props.quote}</blockquote>}
      <label class="pn-stack">
        <span class="pn-small-label">{t('highlightNote')}</span>
        <textarea ref={noteRef} class="pn-input" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <TagInput id={`${props.id}-tags`} label={t('highlightTags')} tags={tags} suggestions={props.tagSuggestions} onChange={setTags} />
      <ColourPicker name={`${props.id}-colour`} legend={t('highlightColour')} value={colour} labels={props.colourLabels} onChange={setColour} />
      <div class="pn-actions">
        <button type="submit" class="pn-button pn-button--primary">
          {t('actionSave')}
        </button>
        <button type="button" class="pn-button" onClick={props.onCancel}>
          {t('actionCancel')}
        </button>
        <ConfirmButton label={t('actionDelete')} question={t('highlightDeleteQuestion')} onConfirm={props.onDelete} />
      </div>
    </form>
  );
}
