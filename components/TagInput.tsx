/**
 * Tag entry with autocomplete from the user's existing tags (matching ignores diacritics, so
 * "thi d" suggests "thi đua"), following the ARIA combobox pattern so it works by keyboard alone.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';
import { normaliseTagName } from '../utils/db/validate';
import { foldVietnamese, normalizeForSearch } from '../utils/search/fold';

export interface TagInputProps {
  id: string;
  label: string;
  /** The tags currently set. */
  tags: readonly string[];
  /** Every existing tag name, for suggestions. */
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
  disabled?: boolean;
}

const MAX_SUGGESTIONS = 8;

/** A tag as stored: NFC, trimmed, inner whitespace collapsed (the database's own rule). */
export const cleanTag = normaliseTagName;

/** The tag input. */
export function TagInput(props: TagInputProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${props.id}-listbox`;

  const present = useMemo(() => new Set(props.tags.map(normalizeForSearch)), [props.tags]);
  const matches = useMemo(() => {
    const q = foldVietnamese(cleanTag(text));
    if (!q) return [];
    const starts: string[] = [];
    const contains: string[] = [];
    for (const s of props.suggestions) {
      if (present.has(normalizeForSearch(s))) continue;
      const f = foldVietnamese(s);
      if (f.startsWith(q)) starts.push(s);
      else if (f.includes(q)) contains.push(s);
    }
    return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
  }, [text, props.suggestions, present]);

  const add = (raw: string) => {
    const tag = cleanTag(raw);
    setText('');
    setActive(-1);
    if (!tag) return;
    const key = normalizeForSearch(tag);
    if (present.has(key)) return;
    const existing = props.suggestions.find((s) => normalizeForSearch(s) === key);
    props.onChange([...props.tags, existing ?? tag]);
  };
  const remove = (tag: string) => {
    props.onChange(props.tags.filter((x) => x !== tag));
    inputRef.current?.focus();
  };

  const showList = open && matches.length > 0;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && matches.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % matches.length);
    } else if (e.key === 'ArrowUp' && matches.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? matches.length - 1 : a - 1));
    } else if (e.key === 'Enter' || e.key === ',') {
      if (e.key === 'Enter' && !text.trim()) return;
      e.preventDefault();
      add(showList && active >= 0 ? matches[active] : text);
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    } else if (e.key === 'Backspace' && text === '' && props.tags.length) {
      props.onChange(props.tags.slice(0, -1));
    }
  };

  return (
    <div class="pn-tags">
      <label class="pn-field__label" for={`${props.id}-input`}>
        {props.label}
      </label>
      <ul class="pn-chips" aria-label={t('tagsCurrent')}>
        {props.tags.map((tag) => (
          <li class="pn-chip" key={tag}>
            <span>{tag}</span>
            <button
              type="button"
              class="pn-chip__remove"
              onClick={() => remove(tag)}
              disabled={props.disabled}
              aria-label={t('tagRemove', tag)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="pn-combobox">
        <input
          ref={inputRef}
          id={`${props.id}-input`}
          class="pn-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={`${props.id}-hint`}
          value={text}
          disabled={props.disabled}
          placeholder={t('tagPlaceholder')}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <span id={`${props.id}-hint`} class="pn-visually-hidden">
          {t('tagHint')}
        </span>
        <ul id={listId} role="listbox" class="pn-listbox" hidden={!showList} aria-label={t('tagSuggestions')}>
          {matches.map((m, i) => (
            <li
              key={m}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'pn-option pn-option--active' : 'pn-option'}
              onMouseDown={(e) => {
                e.preventDefault();
                add(m);
              }}
            >
              {m}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
