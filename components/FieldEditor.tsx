/**
 * One detected field shown with its confidence and an Edit button that turns it into a form;
 * Enter (or Save) keeps the correction, Escape (or Cancel) drops it, and focus returns to Edit.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';
import type { TextCandidate } from '../utils/model';
import { ConfidenceBadge, type ConfidenceLevel } from './ConfidenceBadge';

export interface FieldShellProps {
  /** Stable id prefix for labels. */
  id: string;
  label: string;
  level: ConfidenceLevel;
  source?: string;
  /** The value as shown when not editing (text only). */
  display: ComponentChildren;
  /** The form's inputs; called only while editing. */
  editor: () => ComponentChildren;
  /** Called when the user saves; return false to stay in the form (e.g. invalid input). */
  onSave: () => boolean | void;
  /** Called when editing starts, to reset the form's draft. */
  onBeginEdit: () => void;
  disabled?: boolean;
  /** Scroll the page to where this value was found and mark it; no button without it. */
  onShow?: () => void;
}

/** The shared display/edit frame of every field editor. */
export function FieldShell(props: FieldShellProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    else if (wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const begin = () => {
    props.onBeginEdit();
    setEditing(true);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (props.onSave() !== false) setEditing(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setEditing(false);
    }
  };

  return (
    <div class="pn-field" id={`${props.id}-field`}>
      <div class="pn-field__head">
        <span class="pn-field__label" id={`${props.id}-label`}>
          {props.label}
        </span>
        <ConfidenceBadge level={props.level} source={props.source} />
      </div>
      {editing ? (
        <form ref={formRef} class="pn-field__form" onSubmit={submit} onKeyDown={onKeyDown} aria-labelledby={`${props.id}-label`}>
          {props.editor()}
          <div class="pn-actions">
            <button type="submit" class="pn-button pn-button--primary">
              {t('actionSave')}
            </button>
            <button type="button" class="pn-button" onClick={() => setEditing(false)}>
              {t('actionCancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="pn-field__value">
          <div class="pn-field__main">
            <span class="pn-field__text" data-testid={props.id.replace(/^pn-/, '')}>
              {props.display}
            </span>
            {props.onShow && (
              <button type="button" class="pn-link pn-field__show" onClick={props.onShow} aria-label={t('actionShowOnPageField', props.label)}>
                {t('actionShowOnPage')}
              </button>
            )}
          </div>
          <button
            ref={editRef}
            type="button"
            class="pn-button pn-button--small"
            onClick={begin}
            disabled={props.disabled}
            aria-label={t('actionEditField', props.label)}
          >
            {t('actionEdit')}
          </button>
        </div>
      )}
    </div>
  );
}

export interface TextFieldEditorProps {
  id: string;
  label: string;
  value: string;
  level: ConfidenceLevel;
  source?: string;
  multiline?: boolean;
  /** Other values the page gives (declared titles, other site names), offered while editing. */
  suggestions?: readonly TextCandidate[];
  /** The heading over the suggestions (`Other titles on this page`). */
  suggestionsLabel?: string;
  onSave: (value: string) => void;
  disabled?: boolean;
  /** Show where the value is on the page (the popup of a live tab). */
  onShow?: () => void;
  /** A blank value may be saved (the field then says the page has none: a document number on an article). */
  clearable?: boolean;
}

/** A one-line (or multi-line) text field: title, site, a document's number. Blank values are refused unless `clearable`. */
export function TextFieldEditor(props: TextFieldEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState(false);
  const inputId = `${props.id}-input`;
  return (
    <FieldShell
      id={props.id}
      label={props.label}
      level={props.level}
      source={props.source}
      disabled={props.disabled}
      onShow={props.onShow}
      display={props.value || <em class="pn-muted">{t('fieldNotFound')}</em>}
      onBeginEdit={() => {
        setDraft(props.value);
        setError(false);
      }}
      onSave={() => {
        const value = draft.normalize('NFC').trim();
        if (!value && !props.clearable) {
          setError(true);
          return false;
        }
        if (value !== props.value) props.onSave(value);
      }}
      editor={() => (
        <>
          <label class="pn-visually-hidden" for={inputId}>
            {props.label}
          </label>
          {props.multiline ? (
            <textarea id={inputId} class="pn-input" rows={3} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} aria-invalid={error} />
          ) : (
            <input id={inputId} class="pn-input" type="text" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} aria-invalid={error} />
          )}
          {error && (
            <p class="pn-error" role="alert">
              {t('fieldRequired')}
            </p>
          )}
          {props.suggestions && props.suggestions.length > 0 && (
            <div class="pn-suggestions" role="group" aria-labelledby={`${props.id}-suggestions`}>
              <p id={`${props.id}-suggestions`} class="pn-small-label">
                {props.suggestionsLabel ?? t('fieldOtherValues')}
              </p>
              <ul class="pn-suggestions__list">
                {props.suggestions.map((s, i) => (
                  <li key={`${i}-${s.text}`}>
                    <button type="button" class="pn-suggestion" aria-pressed={draft === s.text} onClick={() => setDraft(s.text)}>
                      <span class="pn-suggestion__text">{s.text}</span>
                      <span class="pn-suggestion__source pn-muted">{describeSource(s.source, t)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    />
  );
}

/** Where a suggested value was read, in words a reader knows (`the browser tab's title`), not a selector. */
export function describeSource(source: string, t: ReturnType<typeof useI18n>['t']): string {
  if (source.startsWith('heading')) return t('sourceHeading');
  if (source === 'title-tag' || source === 'title') return t('sourceTabTitle');
  if (source.startsWith('json-ld')) return t('sourceStructuredData');
  if (/^meta:(?:og:|twitter:)/.test(source)) return t('sourceSocialTag');
  if (source.startsWith('meta')) return t('sourceMetaTag');
  if (source === 'banner' || source === 'home-link') return t('sourceBanner');
  if (source === 'host') return t('sourceAddress');
  return t('sourceOther');
}
