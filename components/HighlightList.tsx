/**
 * A page's highlights (colour, quote, note, tags) with jump-to, edit and delete. Orphans — saved
 * highlights that could not be found on the page — use the same list without "jump".
 */
import { useState } from 'preact/hooks';
import type { Highlight } from '../utils/model';
import { useI18n } from '../utils/i18n';
import { ConfirmButton } from './ConfirmButton';
import { HighlightEditor, type HighlightPatch } from './HighlightEditor';
import { Swatch } from './ColourPicker';
import type { ColourLabels } from './colours';

/** The parts of a highlight the list shows. */
export type HighlightListItem = Pick<Highlight, 'id' | 'quote' | 'colour' | 'note' | 'tags'>;

export interface HighlightListProps {
  /** Unique id prefix. */
  id: string;
  heading: string;
  /** Shown instead of the list when there are no items. */
  emptyText: string;
  items: readonly HighlightListItem[];
  colourLabels: ColourLabels;
  tagSuggestions: readonly string[];
  /** Scroll the page to a highlight; omit for orphans (nothing to jump to). */
  onJump?: (id: string) => void;
  onUpdate: (id: string, patch: HighlightPatch) => void;
  onDelete: (id: string) => void;
  /** Optional note under the heading (e.g. what an orphan is). */
  description?: string;
}

const QUOTE_PREVIEW = 280;

/** The highlight list. */
export function HighlightList(props: HighlightListProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const headingId = `${props.id}-heading`;
  return (
    <section class="pn-section" aria-labelledby={headingId}>
      <h2 id={headingId} class="pn-section__title">
        {props.heading} <span class="pn-count">({props.items.length})</span>
      </h2>
      {props.description && <p class="pn-muted">{props.description}</p>}
      {props.items.length === 0 ? (
        <p class="pn-empty">{props.emptyText}</p>
      ) : (
        <ul class="pn-highlights">
          {props.items.map((h) => {
            const short = h.quote.length > QUOTE_PREVIEW ? `${h.quote.slice(0, QUOTE_PREVIEW)}…` : h.quote;
            return (
              <li key={h.id} class={`pn-highlight pn-highlight--${h.colour}`}>
                {editing === h.id ? (
                  <HighlightEditor
                    id={`${props.id}-${h.id}`}
                    quote={short}
                    value={{ colour: h.colour, note: h.note, tags: h.tags }}
                    colourLabels={props.colourLabels}
                    tagSuggestions={props.tagSuggestions}
                    onSave={(patch) => {
                      setEditing(null);
                      props.onUpdate(h.id, patch);
                    }}
                    onDelete={() => {
                      setEditing(null);
                      props.onDelete(h.id);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <div class="pn-highlight__colour">
                      <Swatch colour={h.colour} />
                      <span>{props.colourLabels[h.colour]}</span>
                    </div>
                    <blockquote class="pn-quote">{short}</blockquote>
                    {h.note && (
                      <p class="pn-note">
                        <span class="pn-visually-hidden">{t('highlightNote')}: </span>
                        {h.note}
                      </p>
                    )}
                    {h.tags.length > 0 && (
                      <ul class="pn-chips pn-chips--static" aria-label={t('highlightTags')}>
                        {h.tags.map((tag) => (
                          <li class="pn-chip" key={tag}>
                            {tag}
                          </li>
                        ))}
                      </ul>
                    )}
                    <div class="pn-actions">
                      {props.onJump && (
                        <button
                          type="button"
                          class="pn-button pn-button--small"
                          onClick={() => props.onJump!(h.id)}
                          aria-label={t('highlightJumpTo', short.slice(0, 60))}
                        >
                          {t('highlightJump')}
                        </button>
                      )}
                      <button
                        type="button"
                        class="pn-button pn-button--small"
                        onClick={() => setEditing(h.id)}
                        aria-label={t('highlightEditOf', short.slice(0, 60))}
                      >
                        {t('actionEdit')}
                      </button>
                      <ConfirmButton
                        small
                        label={t('actionDelete')}
                        ariaLabel={t('highlightDeleteOf', short.slice(0, 60))}
                        question={t('highlightDeleteQuestion')}
                        onConfirm={() => props.onDelete(h.id)}
                      />
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export interface PlacedHighlightListsProps {
  /** Id prefixes of the two lists (`pn-highlights`, `pn-orphans`). */
  ids: { placed: string; orphans: string };
  /** The page's highlights; `anchored: false` ones (not found on the page) are listed apart, without "jump". */
  highlights: readonly (HighlightListItem & { anchored: boolean })[];
  labels: { heading: string; empty: string; orphans: string; orphansHelp: string };
  colourLabels: ColourLabels;
  tagSuggestions: readonly string[];
  onJump: (id: string) => void;
  onUpdate: (id: string, patch: HighlightPatch) => void;
  onDelete: (id: string) => void;
}

/** The highlights placed on a page (the live tab, the saved copy), then the orphans when there are any. */
export function PlacedHighlightLists(props: PlacedHighlightListsProps) {
  const placed = props.highlights.filter((h) => h.anchored);
  const orphans = props.highlights.filter((h) => !h.anchored);
  const shared = { colourLabels: props.colourLabels, tagSuggestions: props.tagSuggestions, onUpdate: props.onUpdate, onDelete: props.onDelete };
  return (
    <>
      <HighlightList id={props.ids.placed} heading={props.labels.heading} emptyText={props.labels.empty} items={placed} onJump={props.onJump} {...shared} />
      {orphans.length > 0 && (
        <HighlightList id={props.ids.orphans} heading={props.labels.orphans} description={props.labels.orphansHelp} emptyText="" items={orphans} {...shared} />
      )}
    </>
  );
}
