/**
 * A destructive action that asks once before acting: the button turns into a question with
 * "confirm" and "cancel", focus moves to the safe choice, Escape cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';

export interface ConfirmButtonProps {
  /** The button's text. */
  label: string;
  /** Accessible name when the text alone is ambiguous (e.g. "Delete highlight: …"). */
  ariaLabel?: string;
  /** The question asked before acting. */
  question: string;
  /** The confirming button's text (default: the label). */
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  small?: boolean;
}

/** A two-step destructive button. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (asked.current) buttonRef.current?.focus();
    asked.current = asking;
  }, [asking]);
  const size = props.small ? ' pn-button--small' : '';
  if (!asking) {
    return (
      <button
        ref={buttonRef}
        type="button"
        class={`pn-button pn-button--danger${size}`}
        aria-label={props.ariaLabel}
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <span
      class="pn-confirm"
      role="group"
      aria-label={props.question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span class="pn-confirm__question">{props.question}</span>
      <button
        type="button"
        class={`pn-button pn-button--danger${size}`}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel ?? props.label}
      </button>
      <button ref={cancelRef} type="button" class={`pn-button${size}`} onClick={() => setAsking(false)}>
        {t('actionCancel')}
      </button>
    </span>
  );
}
