/**
 * Tag management: rename, merge several tags into one, delete, and set a tag's colour. Every
 * change that touches many clips asks for confirmation and says how many clips it affects.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';
import { formatNumber } from '../utils/format';
import { normalizeForSearch } from '../utils/search/fold';
import { ConfirmButton } from './ConfirmButton';
import { cleanTag } from './TagInput';
import type { TagUsage } from './library-model';

/** What the tag manager asks the page to do (the background applies it to every clip). */
export interface TagActions {
  rename: (from: string, to: string) => void;
  /** Merge `sources` into `target` (target may be one of them, or a new name). */
  merge: (sources: string[], target: string) => void;
  remove: (name: string) => void;
  setColour: (name: string, colour: string) => void;
}

export interface TagManagerProps {
  tags: readonly TagUsage[];
  actions: TagActions;
}

function RenameForm({ tag, taken, onRename, onDone }: { tag: string; taken: (name: string) => boolean; onRename: (to: string) => void; onDone: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(tag);
  const [error, setError] = useState<string | null>(null);
  const id = `pn-rename-${normalizeForSearch(tag).replace(/\s+/g, '-')}`;
  return (
    <form
      class="pn-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const next = cleanTag(name);
        if (!next) return setError(t('fieldRequired'));
        if (next !== tag && taken(next)) return setError(t('tagExists', next));
        if (next !== tag) onRename(next);
        onDone();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <label class="pn-visually-hidden" for={id}>
        {t('tagNewName', tag)}
      </label>
      <input id={id} class="pn-input" value={name} onInput={(e) => setName(e.currentTarget.value)} ref={(el) => el?.focus()} aria-invalid={error !== null} />
      <button type="submit" class="pn-button pn-button--small pn-button--primary">
        {t('actionSave')}
      </button>
      <button type="button" class="pn-button pn-button--small" onClick={onDone}>
        {t('actionCancel')}
      </button>
      {error && (
        <span class="pn-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

/** The tag manager. */
export function TagManager({ tags, actions }: TagManagerProps) {
  const { t, locale } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState('');
  const [mergeError, setMergeError] = useState<string | null>(null);
  const taken = (name: string) => tags.some((x) => normalizeForSearch(x.name) === normalizeForSearch(name));
  const toggle = (name: string) => {
    const next = new Set(checked);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    setChecked(next);
  };
  const chosen = tags.filter((x) => checked.has(x.name));

  if (tags.length === 0) {
    return (
      <section class="pn-section" aria-labelledby="pn-tags-title">
        <h2 id="pn-tags-title" class="pn-section__title">
          {t('tagsTitle')}
        </h2>
        <p class="pn-empty">{t('tagsEmpty')}</p>
      </section>
    );
  }

  return (
    <section class="pn-section" aria-labelledby="pn-tags-title">
      <h2 id="pn-tags-title" class="pn-section__title">
        {t('tagsTitle')}
      </h2>
      <table class="pn-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="pn-visually-hidden">{t('tagsSelectForMerge')}</span>
            </th>
            <th scope="col">{t('tagsName')}</th>
            <th scope="col">{t('tagsColour')}</th>
            <th scope="col">{t('tagsClipCount')}</th>
            <th scope="col">{t('tagsActions')}</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.name}>
              <td>
                <input type="checkbox" checked={checked.has(tag.name)} onChange={() => toggle(tag.name)} aria-label={t('tagsSelectTag', tag.name)} />
              </td>
              <th scope="row">
                {renaming === tag.name ? (
                  <RenameForm tag={tag.name} taken={taken} onRename={(to) => actions.rename(tag.name, to)} onDone={() => setRenaming(null)} />
                ) : (
                  <span class="pn-chip" style={{ borderColor: tag.colour }}>
                    {tag.name}
                  </span>
                )}
              </th>
              <td>
                <input type="color" value={tag.colour} onChange={(e) => actions.setColour(tag.name, e.currentTarget.value)} aria-label={t('tagsColourOf', tag.name)} />
              </td>
              <td>{formatNumber(tag.count, locale)}</td>
              <td class="pn-actions">
                <button type="button" class="pn-button pn-button--small" onClick={() => setRenaming(tag.name)} aria-label={t('tagsRenameTag', tag.name)}>
                  {t('tagsRename')}
                </button>
                <ConfirmButton
                  small
                  label={t('actionDelete')}
                  ariaLabel={t('tagsDeleteTag', tag.name)}
                  question={t('tagsDeleteQuestion', [tag.name, formatNumber(tag.count, locale)])}
                  onConfirm={() => actions.remove(tag.name)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        class="pn-merge"
        aria-labelledby="pn-merge-title"
        onSubmit={(e) => {
          e.preventDefault();
          const into = cleanTag(target) || chosen[0]?.name || '';
          if (chosen.length < 2) return setMergeError(t('tagsMergeNeedTwo'));
          setMergeError(null);
          actions.merge(
            chosen.map((x) => x.name),
            into,
          );
          setChecked(new Set());
          setTarget('');
        }}
      >
        <h3 id="pn-merge-title" class="pn-small-label">
          {t('tagsMergeTitle', formatNumber(chosen.length, locale))}
        </h3>
        <label>
          <span class="pn-small-label">{t('tagsMergeInto')}</span>
          <input class="pn-input" list="pn-merge-targets" value={target} placeholder={chosen[0]?.name ?? ''} onInput={(e) => setTarget(e.currentTarget.value)} />
        </label>
        <datalist id="pn-merge-targets">
          {chosen.map((x) => (
            <option key={x.name} value={x.name} />
          ))}
        </datalist>
        <button type="submit" class="pn-button" disabled={chosen.length < 2}>
          {t('tagsMerge')}
        </button>
        {mergeError && (
          <span class="pn-error" role="alert">
            {mergeError}
          </span>
        )}
      </form>
    </section>
  );
}
