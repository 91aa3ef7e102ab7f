/**
 * The Library page: every clip in a windowed list that stays fast with 10,000 clips; search that
 * ignores diacritics and tone placement; filters by tag, site, colour and publication-date range;
 * sort; select many → export or delete; a timeline by publication month; the clip detail panel;
 * and the tag, backup and settings sections. Props in, events out.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { COLOURS, type Colour, type Tag } from '../utils/model';
import { useI18n, type LocaleSetting, type MessageKey } from '../utils/i18n';
import { formatDate, formatNumber } from '../utils/format';
import type { SearchDocument, SearchField } from '../utils/search/search-index';
import { buildSearchDocument } from '../utils/search/corpus';
import { BackupPanel, type BackupPanelProps } from './BackupPanel';
import { ClipDetail } from './ClipDetail';
import { Swatch } from './ColourPicker';
import { ConfirmButton } from './ConfirmButton';
import { DateInput } from './DateInput';
import { ExportMenu, type ExportFormatOption } from './ExportMenu';
import type { HighlightPatch } from './HighlightEditor';
import { Marked } from './Marked';
import { SettingsPanel } from './SettingsPanel';
import { TagManager, type TagActions } from './TagManager';
import { TagInput } from './TagInput';
import { Timeline } from './Timeline';
import { VirtualList } from './VirtualList';
import type { ColourLabelSetting, ColourLabels } from './colours';
import {
  NO_FILTERS,
  CLIP_KINDS,
  type ClipKind,
  recordStats,
  SORT_KEYS,
  hasFilters,
  matchesFilters,
  monthBuckets,
  monthRange,
  siteNames,
  sortClips,
  summariseHighlights,
  tagUsage,
  type ClipSummary,
  type HighlightSummary,
  type LibraryFilters,
  type SortKey,
} from './library-model';
import { useSearchIndex } from './useSearchIndex';

export type LibrarySection = 'clips' | 'tags' | 'backup' | 'settings';

export interface LibraryViewProps {
  /** `loading` until the clips arrive; `error` shows `error` and Retry. */
  status: 'loading' | 'error' | 'ready';
  error?: string | null;
  onRetry?: () => void;
  clips: readonly ClipSummary[];
  /** True while more clips are still being read: the list shows those that arrived, the status says the Library is loading. */
  clipsLoading?: boolean;
  highlights: readonly HighlightSummary[];
  /** Declared tags (name, colour); tags used on clips but not declared are listed too. */
  tags: readonly Pick<Tag, 'name' | 'colour'>[];
  /**
   * The search corpus, one document per clip (see `buildSearchDocument`), bodies included. Until it
   * arrives (null), search covers titles, sites, authors, tags, quotes and notes.
   */
  corpus: readonly SearchDocument[] | null;
  colourLabels: ColourLabels;
  exportFormats: readonly ExportFormatOption[];
  /** A short result of the last action, announced politely. */
  notice?: string | null;
  onExport: (formatId: string, clipIds: string[]) => void;
  onDeleteClips: (clipIds: string[]) => void;
  /** Shown when the library has gone a while without a backup (see `backupReminderDue`). */
  backupReminder?: { onBackup: () => void; onSnooze: () => void } | null;
  /** A clip's formatted reference, and the clipboard, for the details' "Copy citation". */
  citationFor?: (clipId: string) => string;
  copyText?: (text: string) => Promise<void>;
  /** Add and/or remove tags on the selected clips. */
  onRetagClips: (clipIds: string[], change: { add: string[]; remove: string[] }) => void;
  /** The snapshot text of a clip as paragraphs (null when it has none). */
  loadSnapshot: (clipId: string) => Promise<readonly string[] | null>;
  onUpdateHighlight: (id: string, patch: HighlightPatch) => void;
  onDeleteHighlight: (id: string) => void;
  tagActions: TagActions;
  onExportBackup: BackupPanelProps['onExportBackup'];
  onRestore: BackupPanelProps['onRestore'];
  localeSetting: LocaleSetting;
  onLocaleSettingChange: (setting: LocaleSetting) => void;
  colourLabelSetting: ColourLabelSetting;
  onColourLabelsChange: (labels: ColourLabelSetting) => void;
  /** The section shown first (default `clips`). */
  initialSection?: LibrarySection;
  /** A clip whose details open first (the popup's link for a saved page); shown once it has loaded. */
  initialOpenId?: string | null;
  /** The clip whose details are open changed (null: closed), so the page address can follow. */
  onOpenChange?: (clipId: string | null) => void;
  /** Row height in rem (default 4.75); the list's rows all have this height. */
  rowHeightRem?: number;
}

const SECTIONS: { id: LibrarySection; key: MessageKey }[] = [
  { id: 'clips', key: 'libraryClips' },
  { id: 'tags', key: 'tagsTitle' },
  { id: 'backup', key: 'backupTitle' },
  { id: 'settings', key: 'settingsTitle' },
];
const KIND_LABELS: Record<ClipKind, MessageKey> = { article: 'kindArticle', document: 'kindDocument', answer: 'kindAnswer' };
const SORT_LABELS: Record<SortKey, MessageKey> = {
  relevance: 'sortRelevance',
  'published-desc': 'sortPublishedDesc',
  'published-asc': 'sortPublishedAsc',
  'saved-desc': 'sortSavedDesc',
  title: 'sortTitle',
};
const FIELD_LABELS: Record<SearchField, MessageKey> = {
  title: 'fieldTitle',
  quotes: 'searchFieldQuotes',
  notes: 'searchFieldNotes',
  tags: 'popupTags',
  authors: 'fieldAuthors',
  site: 'fieldSite',
  body: 'searchFieldBody',
};

/** The Library view. */
export function LibraryView(props: LibraryViewProps) {
  const { t, locale } = useI18n();
  const [section, setSection] = useState<LibrarySection>(props.initialSection ?? 'clips');
  const rootRef = useRef<HTMLDivElement>(null);
  const [rootFontPx, setRootFontPx] = useState(16);
  useLayoutEffect(() => {
    const doc = rootRef.current?.ownerDocument;
    const px = parseFloat(doc?.defaultView?.getComputedStyle(doc.documentElement).fontSize ?? '');
    if (px > 0) setRootFontPx(px);
  }, []);

  if (props.status === 'loading') {
    return (
      <div class="pn-library" lang={locale} ref={rootRef} aria-busy="true">
        <h1 class="pn-library__title">{t('libraryTitle')}</h1>
        <p class="pn-status" role="status">
          {t('libraryLoading')}
        </p>
      </div>
    );
  }
  if (props.status === 'error') {
    return (
      <div class="pn-library" lang={locale} ref={rootRef}>
        <h1 class="pn-library__title">{t('libraryTitle')}</h1>
        <div class="pn-alert" role="alert">
          <p>{t('stateError')}</p>
          {props.error && <p class="pn-alert__detail">{props.error}</p>}
        </div>
        {props.onRetry && (
          <button type="button" class="pn-button" onClick={props.onRetry}>
            {t('actionRetry')}
          </button>
        )}
      </div>
    );
  }

  return (
    <div class="pn-library" lang={locale} ref={rootRef}>
      <header class="pn-library__header">
        <h1 class="pn-library__title">{t('libraryTitle')}</h1>
        <nav aria-label={t('libraryNav')}>
          <ul class="pn-nav">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  class="pn-nav__item"
                  aria-current={section === s.id ? 'page' : undefined}
                  onClick={() => setSection(s.id)}
                >
                  {t(s.key)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <p class="pn-visually-hidden" role="status" aria-live="polite">
        {props.notice ?? ''}
      </p>
      {props.notice && (
        <p class="pn-notice" aria-hidden="true">
          {props.notice}
        </p>
      )}
      {props.backupReminder && (
        <section class="pn-reminder" aria-labelledby="pn-reminder-text">
          <p id="pn-reminder-text">{t('backupReminderText')}</p>
          <div class="pn-actions">
            <button type="button" class="pn-button pn-button--primary" onClick={props.backupReminder.onBackup}>
              {t('backupReminderNow')}
            </button>
            <button type="button" class="pn-button" onClick={props.backupReminder.onSnooze}>
              {t('backupReminderLater')}
            </button>
          </div>
        </section>
      )}
      {section === 'clips' && <ClipsSection {...props} rowHeight={Math.round((props.rowHeightRem ?? 4.75) * rootFontPx)} remPx={rootFontPx} />}
      {section === 'tags' && <TagsSection {...props} />}
      {section === 'backup' && <BackupPanel onExportBackup={props.onExportBackup} onRestore={props.onRestore} />}
      {section === 'settings' && (
        <SettingsPanel
          localeSetting={props.localeSetting}
          onLocaleSettingChange={props.onLocaleSettingChange}
          colourLabelSetting={props.colourLabelSetting}
          onColourLabelsChange={props.onColourLabelsChange}
        />
      )}
    </div>
  );
}

function TagsSection(props: LibraryViewProps) {
  const { locale } = useI18n();
  const stats = useMemo(() => summariseHighlights(props.highlights), [props.highlights]);
  const usage = useMemo(() => tagUsage(props.clips, stats, props.tags, locale), [props.clips, stats, props.tags, locale]);
  return <TagManager tags={usage} actions={props.tagActions} />;
}

function ClipsSection(props: LibraryViewProps & { rowHeight: number; remPx: number }) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortKey>('relevance');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(props.initialOpenId ?? null);
  const [bulkTags, setBulkTags] = useState<string[]>([]);
  const listRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLDivElement>(null);

  const stats = useMemo(() => summariseHighlights(props.highlights), [props.highlights]);
  // Until the highlights arrive, a row shows the count and colours its clip record keeps.
  const rowStats = (c: ClipSummary) => stats.get(c.id) ?? recordStats(c);
  const clipById = useMemo(() => new Map(props.clips.map((c) => [c.id, c])), [props.clips]);
  const highlightsByClip = useMemo(() => {
    const m = new Map<string, HighlightSummary[]>();
    for (const h of props.highlights) {
      const list = m.get(h.clipId);
      if (list) list.push(h);
      else m.set(h.clipId, [h]);
    }
    return m;
  }, [props.highlights]);
  const docs = useMemo(
    () => props.corpus ?? props.clips.map((c) => buildSearchDocument(c, highlightsByClip.get(c.id) ?? [], '')),
    [props.corpus, props.clips, highlightsByClip],
  );
  const search = useSearchIndex(docs);
  const sites = useMemo(() => siteNames(props.clips, locale), [props.clips, locale]);
  const tagNames = useMemo(() => {
    const names = new Set(props.tags.map((x) => x.name));
    for (const c of props.clips) for (const n of c.tags) names.add(n);
    for (const s of stats.values()) for (const n of s.tags) names.add(n);
    return [...names].sort(new Intl.Collator(locale).compare);
  }, [props.tags, props.clips, stats, locale]);

  const trimmed = query.trim();
  const hits = useMemo(() => (trimmed ? search.index.search(query) : null), [query, trimmed ? search.version : -1, search.index]);
  const hitFields = useMemo(() => {
    const m = new Map<string, readonly SearchField[]>();
    if (hits) for (const h of hits) m.set(h.id, h.fields);
    return m;
  }, [hits]);
  const sorted = useMemo(() => sortClips(props.clips, sort === 'relevance' ? 'published-desc' : sort, locale), [props.clips, sort, locale]);

  const undated = useMemo(() => {
    const f = { ...filters, from: null, to: null };
    const any = hasFilters(f);
    let base: readonly ClipSummary[];
    if (hits && sort === 'relevance') {
      const ordered: ClipSummary[] = [];
      for (const h of hits) {
        const c = clipById.get(h.id);
        if (c) ordered.push(c);
      }
      base = ordered;
    } else if (hits) {
      const ids = new Set(hits.map((h) => h.id));
      base = sorted.filter((c) => ids.has(c.id));
    } else base = sorted;
    return any ? base.filter((c) => matchesFilters(c, stats.get(c.id), f)) : base;
  }, [hits, sort, sorted, clipById, filters, stats]);
  const results = useMemo(
    () => (filters.from || filters.to ? undated.filter((c) => matchesFilters(c, undefined, { ...NO_FILTERS, from: filters.from, to: filters.to })) : undated),
    [undated, filters.from, filters.to],
  );
  const buckets = useMemo(() => monthBuckets(undated), [undated]);
  const selectedMonth = useMemo(() => {
    if (!filters.from || !filters.to) return null;
    const month = filters.from.slice(0, 7);
    const r = monthRange(month);
    return r.from === filters.from && r.to === filters.to ? month : null;
  }, [filters.from, filters.to]);

  const open = openId ? clipById.get(openId) : undefined;
  // focus the details when they open, or when a clip opened by link has arrived
  useEffect(() => {
    if (open) detailRef.current?.querySelector<HTMLElement>('#pn-detail-title')?.focus();
  }, [openId, open !== undefined]);
  const firstOpen = useRef(true);
  useEffect(() => {
    if (firstOpen.current) {
      firstOpen.current = false;
      return;
    }
    props.onOpenChange?.(openId);
  }, [openId]);
  const setFilter = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => setFilters({ ...filters, [key]: value });
  const toggleSelect = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const selectedIds = [...selected].filter((id) => clipById.has(id));
  // Until every clip is read the tag and site lists are partial: the selects offer them once complete
  // (which also keeps the first screen from laying out a hundred option labels it would redo).
  const optionsFor = (names: readonly string[], chosen: string | null): readonly string[] =>
    !props.clipsLoading ? names : chosen !== null ? [chosen] : [];
  const n = (x: number) => formatNumber(x, locale);

  if (props.clips.length === 0) {
    return (
      <section class="pn-section" aria-labelledby="pn-clips-empty">
        <h2 id="pn-clips-empty" class="pn-section__title">
          {t('libraryClips')}
        </h2>
        <p class="pn-empty">{t('libraryEmpty')}</p>
      </section>
    );
  }

  return (
    <div class={`pn-clips${open ? ' pn-clips--with-detail' : ''}`}>
      <div class="pn-clips__main">
        <div class="pn-search" role="search">
          <label for="pn-search-input" class="pn-small-label">
            {t('searchLabel')}
          </label>
          <input
            id="pn-search-input"
            class="pn-input pn-search__input"
            type="search"
            value={query}
            placeholder={t('searchPlaceholder')}
            aria-describedby="pn-search-status"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <p id="pn-search-status" class="pn-small" role="status" aria-live="polite">
          {props.clipsLoading ? (
            t('libraryLoading')
          ) : (
            <>
              {t('libraryResults', [n(results.length), n(props.clips.length)])}
              {search.progress && ` ${t('searchIndexing', [n(search.progress.done), n(search.progress.total)])}`}
            </>
          )}
        </p>

        <fieldset class="pn-filters">
          <legend class="pn-visually-hidden">{t('filtersTitle')}</legend>
          <FilterSelect label={t('filterTag')} any={t('filterAny')} value={filters.tag} options={optionsFor(tagNames, filters.tag).map((x) => [x, x])} onChange={(v) => setFilter('tag', v)} />
          <FilterSelect label={t('filterKind')} any={t('filterAny')} value={filters.kind} options={CLIP_KINDS.map((k) => [k, t(KIND_LABELS[k])])} onChange={(v) => setFilter('kind', v)} />
          <FilterSelect label={t('filterSite')} any={t('filterAny')} value={filters.site} options={optionsFor(sites, filters.site).map((x) => [x, x])} onChange={(v) => setFilter('site', v)} />
          <FilterSelect label={t('filterColour')} any={t('filterAny')} value={filters.colour} options={COLOURS.map((c) => [c, props.colourLabels[c]])} onChange={(v) => setFilter('colour', v)} />
          <div class="pn-filter-field">
            <label class="pn-small-label" for="pn-filter-from">
              {t('filterFrom')}
            </label>
            <DateInput id="pn-filter-from" value={filters.from ?? ''} onCommit={(iso) => setFilter('from', iso)} />
          </div>
          <div class="pn-filter-field">
            <label class="pn-small-label" for="pn-filter-to">
              {t('filterTo')}
            </label>
            <DateInput id="pn-filter-to" value={filters.to ?? ''} onCommit={(iso) => setFilter('to', iso)} />
          </div>
          <label>
            <span class="pn-small-label">{t('sortLabel')}</span>
            <select class="pn-input" value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(SORT_LABELS[k])}
                </option>
              ))}
            </select>
          </label>
          {hasFilters(filters) && (
            <button type="button" class="pn-button pn-button--small" onClick={() => setFilters(NO_FILTERS)}>
              {t('filtersClear')}
            </button>
          )}
        </fieldset>

        <Timeline
          buckets={buckets}
          selectedMonth={selectedMonth}
          onSelectMonth={(month) => {
            const r = monthRange(month);
            setFilters({ ...filters, ...(month === selectedMonth ? { from: null, to: null } : r) });
          }}
        />

        <div class="pn-bulk" role="group" aria-label={t('bulkTitle')}>
          <span class="pn-small">{t('bulkSelected', n(selectedIds.length))}</span>
          <button type="button" class="pn-button pn-button--small" onClick={() => setSelected(new Set(results.map((c) => c.id)))} disabled={results.length === 0}>
            {t('bulkSelectAll')}
          </button>
          <button type="button" class="pn-button pn-button--small" onClick={() => setSelected(new Set())} disabled={selectedIds.length === 0}>
            {t('bulkClear')}
          </button>
          <ExportMenu
            id="pn-bulk-export"
            formats={props.exportFormats}
            buttonLabel={t('bulkExport')}
            disabled={selectedIds.length === 0}
            onExport={(f) => props.onExport(f, selectedIds)}
          />
          <ConfirmButton
            small
            label={t('bulkDelete')}
            question={t('bulkDeleteQuestion', n(selectedIds.length))}
            disabled={selectedIds.length === 0}
            onConfirm={() => {
              props.onDeleteClips(selectedIds);
              setSelected(new Set());
            }}
          />
          <div class="pn-bulk__tags">
            <TagInput id="pn-bulk-tags" label={t('bulkTagsLabel')} tags={bulkTags} suggestions={tagNames} onChange={setBulkTags} disabled={selectedIds.length === 0} />
            <button
              type="button"
              class="pn-button pn-button--small"
              disabled={selectedIds.length === 0 || bulkTags.length === 0}
              onClick={() => {
                props.onRetagClips(selectedIds, { add: bulkTags, remove: [] });
                setBulkTags([]);
              }}
            >
              {t('bulkTagAdd')}
            </button>
            <button
              type="button"
              class="pn-button pn-button--small"
              disabled={selectedIds.length === 0 || bulkTags.length === 0}
              onClick={() => {
                props.onRetagClips(selectedIds, { add: [], remove: bulkTags });
                setBulkTags([]);
              }}
            >
              {t('bulkTagRemove')}
            </button>
          </div>
        </div>

        <p id="pn-list-hint" class="pn-visually-hidden">
          {t('listHint')}
        </p>
        {results.length === 0 ? (
          <div class="pn-empty">
            <p>{t('libraryNoResults')}</p>
            {(hasFilters(filters) || trimmed) && (
              <button
                type="button"
                class="pn-button"
                onClick={() => {
                  setFilters(NO_FILTERS);
                  setQuery('');
                }}
              >
                {t('filtersClearAll')}
              </button>
            )}
          </div>
        ) : (
          <div ref={listRef} class="pn-list-wrap">
            <VirtualList
              id="pn-clip-list"
              label={t('libraryListLabel')}
              describedBy="pn-list-hint"
              items={results}
              getKey={(c) => c.id}
              rowHeight={props.rowHeight}
              initialHeight={listHeightGuess(props.remPx)}
              selected={selected}
              onToggleSelect={toggleSelect}
              onSelectAll={() => setSelected(new Set(results.map((c) => c.id)))}
              activeKey={activeKey}
              onActiveChange={setActiveKey}
              onOpen={setOpenId}
              renderRow={(c) => <ClipRow clip={c} query={trimmed} fields={hitFields.get(c.id)} stats={rowStats(c)} colourLabels={props.colourLabels} />}
            />
          </div>
        )}
      </div>
      {openId && !open && !props.clipsLoading && (
        <p class="pn-error pn-clips__missing" role="alert">
          {t('libraryClipMissing')}{' '}
          <button type="button" class="pn-link" onClick={() => setOpenId(null)}>
            {t('actionClose')}
          </button>
        </p>
      )}
      {open && (
        <aside class="pn-clips__detail" ref={detailRef} aria-label={t('libraryDetail')}>
          <ClipDetail
            clip={open}
            highlights={highlightsByClip.get(open.id) ?? []}
            query={trimmed}
            colourLabels={props.colourLabels}
            tagSuggestions={tagNames}
            exportFormats={props.exportFormats}
            loadSnapshot={props.loadSnapshot}
            onExport={props.onExport}
            onDelete={(ids) => {
              props.onDeleteClips(ids);
              setOpenId(null);
            }}
            onUpdateHighlight={props.onUpdateHighlight}
            onDeleteHighlight={props.onDeleteHighlight}
            citation={props.citationFor && props.copyText ? { text: props.citationFor(open.id), copy: props.copyText } : undefined}
            onClose={() => {
              setOpenId(null);
              listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
            }}
          />
        </aside>
      )}
    </div>
  );
}

/**
 * The list's height as library.css sets it (`max(20rem, 100vh - 24rem)`), so the first render lays
 * out the rows that fit instead of a default count the measurement then cuts back.
 */
function listHeightGuess(remPx: number): number | undefined {
  const viewport = typeof innerHeight === 'number' ? innerHeight : 0;
  return viewport > 0 ? Math.max(20 * remPx, viewport - 24 * remPx) : undefined;
}

/** One of the Library's filters: a labelled choice among `options` ([value, shown]) or "any" (null). */
function FilterSelect<V extends string>(props: { label: string; any: string; value: V | null; options: ReadonlyArray<readonly [V, string]>; onChange: (value: V | null) => void }) {
  return (
    <label>
      <span class="pn-small-label">{props.label}</span>
      <select class="pn-input" value={props.value ?? ''} onChange={(e) => props.onChange((e.currentTarget.value || null) as V | null)}>
        <option value="">{props.any}</option>
        {props.options.map(([value, shown]) => (
          <option key={value} value={value}>
            {shown}
          </option>
        ))}
      </select>
    </label>
  );
}

interface ClipRowProps {
  clip: ClipSummary;
  query: string;
  fields: readonly SearchField[] | undefined;
  stats: { count: number; colourMask: number } | undefined;
  colourLabels: ColourLabels;
}

function ClipRow({ clip, query, fields, stats, colourLabels }: ClipRowProps) {
  const { t, locale } = useI18n();
  const colours = COLOURS.filter((_, i) => (stats?.colourMask ?? 0) & (1 << i));
  return (
    <div class="pn-row__body">
      <span class="pn-row__title">
        <Marked text={clip.title || t('untitled')} query={query} />
      </span>
      <span class="pn-row__meta">
        {clip.documentNumber && (
          <span class="pn-row__number">
            <Marked text={clip.documentNumber} query={query} />
          </span>
        )}
        <span>{clip.published ? formatDate(clip.published, locale, { time: false }) : t('libraryNoDate')}</span>
        {clip.site && <span>{clip.site}</span>}
        {stats && stats.count > 0 && (
          <span>
            {t('libraryHighlightCount', formatNumber(stats.count, locale))}{' '}
            {colours.map((c) => (
              <span key={c} title={colourLabels[c]}>
                <Swatch colour={c} />
              </span>
            ))}
            <span class="pn-visually-hidden">{colours.map((c) => colourLabels[c]).join(', ')}</span>
          </span>
        )}
        {clip.tags.length > 0 && <span class="pn-row__tags">{clip.tags.slice(0, 3).join(' · ')}</span>}
        {query && fields && fields.length > 0 && <span class="pn-row__found">{t('searchFoundIn', fields.map((f) => t(FIELD_LABELS[f])).join(', '))}</span>}
      </span>
    </div>
  );
}
