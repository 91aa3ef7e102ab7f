/**
 * The publication-date field: shows the date the way the UI language writes it, and when edited
 * offers every date candidate detection found, another date typed by the user, or "no date".
 */
import { useState } from 'preact/hooks';
import type { DateCandidate } from '../utils/model';
import { useI18n } from '../utils/i18n';
import { formatDate, parseIsoParts } from '../utils/format';
import type { ConfidenceLevel } from './ConfidenceBadge';
import { FieldShell } from './FieldEditor';

export interface DateEditorProps {
  id: string;
  label: string;
  /** The current publication date (ISO), or null. */
  value: string | null;
  /** Detection's candidates, best first. */
  candidates: readonly DateCandidate[];
  level: ConfidenceLevel;
  source?: string;
  /** The chosen ISO date (a candidate's, `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:00+07:00`), or null for none. */
  onSave: (iso: string | null) => void;
  disabled?: boolean;
}

type Choice = { kind: 'candidate'; index: number } | { kind: 'other' } | { kind: 'none' };

/** The date field editor. */
export function DateEditor(props: DateEditorProps) {
  const { t, locale } = useI18n();
  const [choice, setChoice] = useState<Choice>({ kind: 'none' });
  const [otherDate, setOtherDate] = useState('');
  const [otherTime, setOtherTime] = useState('');
  const [error, setError] = useState(false);
  const name = `${props.id}-choice`;

  const begin = () => {
    setError(false);
    const index = props.candidates.findIndex((c) => c.iso === props.value);
    if (index >= 0) setChoice({ kind: 'candidate', index });
    else if (props.value) setChoice({ kind: 'other' });
    else setChoice({ kind: 'none' });
    const parts = props.value ? parseIsoParts(props.value) : null;
    const pad = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
    setOtherDate(parts ? `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` : '');
    setOtherTime(parts?.hour !== undefined ? `${pad(parts.hour)}:${pad(parts.minute)}` : '');
  };

  const save = () => {
    let iso: string | null = null;
    if (choice.kind === 'candidate') iso = props.candidates[choice.index]?.iso ?? null;
    else if (choice.kind === 'other') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(otherDate)) {
        setError(true);
        return false;
      }
      iso = /^\d{2}:\d{2}$/.test(otherTime) ? `${otherDate}T${otherTime}:00+07:00` : otherDate;
    }
    if (iso !== props.value) props.onSave(iso);
  };

  return (
    <FieldShell
      id={props.id}
      label={props.label}
      level={props.level}
      source={props.source}
      disabled={props.disabled}
      display={props.value ? formatDate(props.value, locale) : <em class="pn-muted">{t('fieldNotFound')}</em>}
      onBeginEdit={begin}
      onSave={save}
      editor={() => (
        <fieldset class="pn-fieldset">
          <legend class="pn-visually-hidden">{props.label}</legend>
          {props.candidates.map((c, index) => (
            <label class="pn-choice" key={`${c.iso}-${index}`}>
              <input
                type="radio"
                name={name}
                checked={choice.kind === 'candidate' && choice.index === index}
                onChange={() => setChoice({ kind: 'candidate', index })}
              />
              <span>
                {formatDate(c.iso, locale)}
                <span class="pn-muted"> — {t('dateCandidateFrom', c.text)}</span>
              </span>
            </label>
          ))}
          <label class="pn-choice">
            <input type="radio" name={name} checked={choice.kind === 'other'} onChange={() => setChoice({ kind: 'other' })} />
            <span>{t('dateOther')}</span>
          </label>
          {choice.kind === 'other' && (
            <div class="pn-inline-inputs">
              <label>
                <span class="pn-small-label">{t('dateDay')}</span>
                <input class="pn-input" type="date" value={otherDate} onInput={(e) => setOtherDate(e.currentTarget.value)} aria-invalid={error} />
              </label>
              <label>
                <span class="pn-small-label">{t('dateTimeOptional')}</span>
                <input class="pn-input" type="time" value={otherTime} onInput={(e) => setOtherTime(e.currentTarget.value)} />
              </label>
            </div>
          )}
          <label class="pn-choice">
            <input type="radio" name={name} checked={choice.kind === 'none'} onChange={() => setChoice({ kind: 'none' })} />
            <span>{t('dateNone')}</span>
          </label>
          {error && (
            <p class="pn-error" role="alert">
              {t('dateInvalid')}
            </p>
          )}
        </fieldset>
      )}
    />
  );
}
