/**
 * The publication-date field: shows the date the way the UI language writes it, and when edited
 * offers every date candidate detection found, another date typed by the user, or "no date".
 */
import { useState } from 'preact/hooks';
import type { DateCandidate } from '../utils/model';
import { useI18n } from '../utils/i18n';
import { parseTypedDate, parseTypedTime } from '../utils/date-input';
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
  /** Show where the value is on the page (the popup of a live tab). */
  onShow?: () => void;
}

type Choice = { kind: 'candidate'; index: number } | { kind: 'other' } | { kind: 'none' };

/** The date field editor. */
export function DateEditor(props: DateEditorProps) {
  const { t, locale } = useI18n();
  const [choice, setChoice] = useState<Choice>({ kind: 'none' });
  const [otherDate, setOtherDate] = useState('');
  const [otherTime, setOtherTime] = useState('');
  const [error, setError] = useState<'date' | 'time' | null>(null);
  const name = `${props.id}-choice`;

  const begin = () => {
    setError(null);
    const index = props.candidates.findIndex((c) => c.iso === props.value);
    if (index >= 0) setChoice({ kind: 'candidate', index });
    else if (props.value) setChoice({ kind: 'other' });
    else setChoice({ kind: 'none' });
    const parts = props.value ? parseIsoParts(props.value) : null;
    const pad = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
    setOtherDate(parts?.day !== undefined ? formatDate(`${parts.year}-${pad(parts.month)}-${pad(parts.day)}`, locale, { time: false }) : '');
    setOtherTime(parts?.hour !== undefined ? `${pad(parts.hour)}:${pad(parts.minute)}` : '');
  };

  const save = () => {
    let iso: string | null = null;
    if (choice.kind === 'candidate') iso = props.candidates[choice.index]?.iso ?? null;
    else if (choice.kind === 'other') {
      const day = parseTypedDate(otherDate);
      const time = parseTypedTime(otherTime);
      if (day.kind !== 'date') {
        setError('date');
        return false;
      }
      if (time === null) {
        setError('time');
        return false;
      }
      iso = time ? `${day.iso}T${time}:00+07:00` : day.iso;
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
      onShow={props.onShow}
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
                <input class="pn-input" type="text" autoComplete="off" spellcheck={false} placeholder={t('dateFormatHint')} value={otherDate} onInput={(e) => setOtherDate(e.currentTarget.value)} aria-invalid={error === 'date'} aria-describedby={error === 'date' ? `${props.id}-error` : undefined} />
              </label>
              <label>
                <span class="pn-small-label">{t('dateTimeOptional')}</span>
                <input class="pn-input pn-input--time" type="text" autoComplete="off" spellcheck={false} placeholder={t('timeFormatHint')} value={otherTime} onInput={(e) => setOtherTime(e.currentTarget.value)} aria-invalid={error === 'time'} aria-describedby={error === 'time' ? `${props.id}-error` : undefined} />
              </label>
            </div>
          )}
          <label class="pn-choice">
            <input type="radio" name={name} checked={choice.kind === 'none'} onChange={() => setChoice({ kind: 'none' })} />
            <span>{t('dateNone')}</span>
          </label>
          {error && (
            <p id={`${props.id}-error`} class="pn-error" role="alert">
              {t(error === 'time' ? 'timeInvalid' : 'dateInvalid')}
            </p>
          )}
        </fieldset>
      )}
    />
  );
}
