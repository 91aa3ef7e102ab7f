/**
 * A day typed as text, day first, the way the UI language writes it (`24/07/2020`, `24 Jul 2020`),
 * instead of the browser's date picker, whose order follows the browser's language (an English
 * Chrome shows mm/dd/yyyy beside a Vietnamese page that says 24/07/2020). The value is committed
 * on Enter or when focus leaves; text that is not a date is kept, marked invalid and explained.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseTypedDate } from '../utils/date-input';
import { formatDate } from '../utils/format';
import { useI18n } from '../utils/i18n';

export interface DateInputProps {
  id: string;
  /** The committed day, ISO `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** A valid day (ISO) or null when the field was cleared. Not called for invalid text. */
  onCommit: (iso: string | null) => void;
  /** The label's element id, when the label is not a wrapping `<label>`. */
  labelledBy?: string;
  disabled?: boolean;
}

/** Day-first text field for one date, with its own error message. */
export function DateInput(props: DateInputProps) {
  const { t, locale } = useI18n();
  const shown = (iso: string) => (iso ? formatDate(iso, locale, { time: false }) : '');
  const [text, setText] = useState(shown(props.value));
  const [invalid, setInvalid] = useState(false);

  // a value changed from outside (filters cleared, another clip) replaces what is shown
  useEffect(() => {
    setText(shown(props.value));
    setInvalid(false);
  }, [props.value, locale]);

  const commit = () => {
    const typed = parseTypedDate(text);
    if (typed.kind === 'invalid') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const iso = typed.kind === 'date' ? typed.iso : '';
    setText(shown(iso));
    if (iso !== props.value) props.onCommit(iso || null);
  };

  const errorId = `${props.id}-error`;
  return (
    <>
      <input
        id={props.id}
        class="pn-input"
        type="text"
        inputMode="text"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('dateFormatHint')}
        value={text}
        disabled={props.disabled}
        aria-labelledby={props.labelledBy}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      {invalid && (
        <span id={errorId} class="pn-error pn-field-error" role="alert">
          {t('dateInvalid')}
        </span>
      )}
    </>
  );
}
