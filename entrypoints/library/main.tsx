/**
 * The Library page: wires LibraryView to the library database (opened here directly). The first
 * screen of clips is read down an index while the page starts, so the list paints at once; every
 * clip, then highlights and tags, then article texts for search follow in chunks. Every change is
 * written to the database, then the data is reloaded (unchanged records kept as is).
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryView } from '@/components/LibraryView';
import { resolveColourLabels } from '@/components/colours';
import type { ClipSummary } from '@/components/library-model';
import type { ExportScope } from '@/utils/export/types';
import { DEFAULT_SETTINGS, openLibrary, retagClips, verifyLibrary, type ClipRecord } from '@/utils/db';
import { I18nContext, createI18n, resolveLocale, type MessageKey } from '@/utils/i18n';
import { backupReminderDue, buildBackupFile, readBackupHistory, recordBackup, restoreFromFile, snoozeBackupReminder } from '@/utils/pages/backup';
import { browser } from 'wxt/browser';
import { CorpusBuilder, loadSnapshotTexts } from '@/utils/pages/corpus';
import { browserPageDeps, type PageDeps } from '@/utils/pages/deps';
import { clipHash, clipIdFromHash } from '@/utils/pages/links';
import { downloadBlob } from '@/utils/pages/download';
import { assembleExportInput, buildExportFile, clipCitation, exportFormatOptions, isExportFormatId } from '@/utils/pages/export';
import {
  clipSummaries,
  deleteClips,
  deleteLibraryHighlight,
  editLibraryHighlight,
  loadAllClips,
  loadFirstScreen,
  loadHighlightsAndTags,
  loadLibraryData,
  reconcileLibrary,
  snapshotParagraphs,
  tagOperations,
  type FirstScreen,
  type LibraryData,
} from '@/utils/pages/library';
import { afterPaint, markAfterPaint, markStage } from '@/utils/pages/marks';
import { colourLabelSetting, pageLocale, saveColourLabels, setLocaleSetting } from '@/utils/pages/settings';
import '@/components/styles/base.css';
import '@/components/styles/library.css';
import '@/components/styles/dark.css';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));


function Library({ deps, initial }: { deps: PageDeps; initial: FirstScreen | null }) {
  const [data, setData] = useState<LibraryData | null>(initial?.data ?? null);
  const [clipsLoading, setClipsLoading] = useState(initial ? !initial.complete : false);
  const [error, setError] = useState<string | null>(null);
  const [bodies, setBodies] = useState<ReadonlyMap<string, string> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [remindBackup, setRemindBackup] = useState(false);
  const corpusBuilder = useRef(new CorpusBuilder());
  const bodiesRun = useRef(0);
  /** Bumped by every load; a load that is no longer the latest drops what it read. */
  const loadRun = useRef(0);

  const locale = pageLocale(data?.localeSetting ?? 'auto', navigator.language);
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const { t } = i18n;
  const labels = useMemo(() => resolveColourLabels(data?.settings.colourLabels, t), [data?.settings.colourLabels, t]);

  const reload = async () => {
    const run = ++loadRun.current;
    const next = await loadLibraryData(deps.db);
    if (run !== loadRun.current) return;
    setData((previous) => reconcileLibrary(previous, next));
    setClipsLoading(false);
  };
  /** Read every article text for search, after the list has painted. */
  const loadBodies = async () => {
    const run = ++bodiesRun.current;
    const texts = new Map<string, string>();
    await loadSnapshotTexts(deps.db, (chunk) => {
      for (const [id, text] of chunk) texts.set(id, text);
    });
    if (run === bodiesRun.current) setBodies(texts);
  };
  /**
   * The first screen of clips (read down an index, so the list paints at once; given when the page
   * read it before mounting), then every clip, then highlights and tags, each read in chunks so the
   * page answers input meanwhile; then the article texts for search. (Reading the texts alongside
   * the highlights ends sooner overall but makes quotes and notes searchable a second later.)
   */
  const load = async (given: FirstScreen | null) => {
    const run = ++loadRun.current;
    const latest = () => run === loadRun.current;
    let first = given;
    if (!first) {
      first = await loadFirstScreen(deps.db);
      if (latest()) {
        const screen = first;
        setData((previous) => reconcileLibrary(previous, screen.data));
        setClipsLoading(!screen.complete);
        await afterPaint();
      }
    }
    let clips = first.data.clips;
    if (latest() && !first.complete) {
      clips = await loadAllClips(deps.db);
      if (latest()) {
        setData((previous) => previous && reconcileLibrary(previous, { ...previous, clips }));
        setClipsLoading(false);
        markStage('clips-read');
      }
    }
    if (latest()) {
      const rest = await loadHighlightsAndTags(deps.db, clips);
      if (latest()) {
        setData((previous) => previous && reconcileLibrary(previous, { ...previous, ...rest }));
        markStage('highlights-read');
      }
    }
    await loadBodies();
    markStage('texts-read');
  };
  const start = (given: FirstScreen | null = null) => {
    setError(null);
    load(given).catch((err: unknown) => setError(messageOf(err)));
  };
  // The first screen was painted with the first render; the rest loads from here, after that paint.
  useLayoutEffect(() => {
    if (initial) void markAfterPaint('first-rows');
  }, []);
  useEffect(() => start(initial), []);
  // Clips saved from the popup while the Library was in another tab show up on return.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && void reload().catch(() => undefined);
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  // once every clip is read: suggest a backup when the last one is old (history kept in extension storage)
  useEffect(() => {
    if (!data || clipsLoading) return;
    let live = true;
    const oldest = data.clips.reduce<number | null>((min, c) => (min === null || c.savedAt < min ? c.savedAt : min), null);
    readBackupHistory(browser.storage.local)
      .then((history) => live && setRemindBackup(backupReminderDue(history, { clipCount: data.clips.length, oldestSavedAt: oldest }, deps.now())))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [data?.clips.length, clipsLoading]);
  const saveBackup = async () => {
    const file = await buildBackupFile(deps.db, deps.now);
    downloadBlob(document, file.blob, file.filename);
    await recordBackup(browser.storage.local, deps.now()).catch(() => undefined);
    setRemindBackup(false);
    setNotice(t('noticeBackupSaved', file.filename));
  };

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('libraryTitle')} — ${t('extName')}`;
  }, [locale]);

  const corpus = useMemo(
    () => (data && bodies ? corpusBuilder.current.build(data.clips, data.highlights, bodies) : null),
    [data?.clips, data?.highlights, bodies],
  );
  const clipById = useMemo(() => new Map((data?.clips ?? []).map((c) => [c.id, c])), [data?.clips]);
  const summaryCache = useRef(new WeakMap<ClipRecord, ClipSummary>());
  const summaries = useMemo(() => clipSummaries(data?.clips ?? [], summaryCache.current), [data?.clips]);
  const highlightClip = (id: string) => clipById.get(data?.highlights.find((h) => h.id === id)?.clipId ?? '');

  const act = async <T,>(run: () => Promise<T>, done: (result: T) => string) => {
    setNotice(null);
    try {
      const result = await run();
      await reload();
      setNotice(done(result));
    } catch (err) {
      setNotice(t('noticeFailed', messageOf(err)));
    }
  };
  const say = (key: MessageKey) => () => t(key);
  // `library.html#clip=<id>` (the popup's link for a saved page) opens that clip's details
  const openedByLink = useMemo(() => clipIdFromHash(location.hash), []);
  const provide = (content: ComponentChildren) => (
    <I18nContext.Provider value={i18n}>
      <main>{content}</main>
    </I18nContext.Provider>
  );

  const common = {
    initialOpenId: openedByLink,
    onOpenChange: (id: string | null) => history.replaceState(null, '', `${location.pathname}${location.search}${clipHash(id)}`),
    clips: summaries,
    clipsLoading,
    highlights: data?.highlights ?? [],
    tags: data?.tags ?? [],
    corpus,
    colourLabels: labels,
    exportFormats: exportFormatOptions(locale),
    notice,
    localeSetting: data?.localeSetting ?? 'auto',
    colourLabelSetting: colourLabelSetting(data?.settings.colourLabels ?? DEFAULT_SETTINGS.colourLabels),
  } as const;
  if (error || !data) {
    return provide(
      <LibraryView
        {...common}
        status={error ? 'error' : 'loading'}
        error={error}
        onRetry={() => start()}
        onExport={noop}
        onDeleteClips={noop}
        onRetagClips={noop}
        loadSnapshot={async () => null}
        onUpdateHighlight={noop}
        onDeleteHighlight={noop}
        tagActions={{ rename: noop, merge: noop, remove: noop, setColour: noop }}
        onExportBackup={noop}
        onRestore={async () => ({ ok: false, errors: [] })}
        onLocaleSettingChange={noop}
        onColourLabelsChange={noop}
      />,
    );
  }

  const tags = tagOperations(deps);
  return provide(
    <LibraryView
      {...common}
      status="ready"
      onExport={(format, clipIds) =>
        void act(
          async () => {
            if (!isExportFormatId(format)) throw new Error(`Unknown export format: ${format}`);
            // Right after opening, highlights may not have arrived yet: read them rather than export without them.
            const waiting = data.highlights.length === 0 && clipIds.some((id) => (clipById.get(id)?.highlightCount ?? 0) > 0);
            const source = waiting ? await loadLibraryData(deps.db) : data;
            const input = assembleExportInput(source, clipIds, { colourLabels: labels, locale, now: new Date(deps.now()) });
            const single = input.clips.length === 1 ? input.clips[0] : null;
            const scope: ExportScope = single ? 'article' : input.clips.length === data.clips.length ? 'all' : 'selection';
            const file = await buildExportFile(format, input, scope, single?.title);
            downloadBlob(document, file.blob, file.filename);
            return file.filename;
          },
          (name) => t('noticeExported', name),
        )
      }
      onDeleteClips={(ids) =>
        void act(
          () => deleteClips(deps, ids.map((id) => clipById.get(id)).filter((c) => c !== undefined)),
          (n) => t('noticeClipsDeleted', n),
        )
      }
      citationFor={(id) => {
        const clip = clipById.get(id);
        return clip ? clipCitation(clip, locale, new Date(deps.now())) : '';
      }}
      copyText={(text) => navigator.clipboard.writeText(text)}
      onRetagClips={(ids, change) => void act(() => retagClips(deps.db, ids, change, deps.now), (n) => t('noticeClipsRetagged', n))}
      loadSnapshot={(clipId) => snapshotParagraphs(deps.db, clipId)}
      onUpdateHighlight={(id, patch) => void act(() => editLibraryHighlight(deps, highlightClip(id), id, patch), say('noticeHighlightSaved'))}
      onDeleteHighlight={(id) => void act(() => deleteLibraryHighlight(deps, highlightClip(id), id), say('noticeHighlightDeleted'))}
      tagActions={{
        rename: (from, to) => void act(() => tags.rename(from, to), say('noticeTagsUpdated')),
        merge: (sources, target) => void act(() => tags.merge(sources, target), say('noticeTagsUpdated')),
        remove: (name) => void act(() => tags.remove(name), say('noticeTagsUpdated')),
        setColour: (name, colour) => void act(() => tags.setColour(name, colour), say('noticeTagsUpdated')),
      }}
      onExportBackup={saveBackup}
      backupReminder={
        remindBackup
          ? {
              onBackup: () => void saveBackup().catch((err: unknown) => setNotice(t('noticeFailed', messageOf(err)))),
              onSnooze: () => {
                setRemindBackup(false);
                void snoozeBackupReminder(browser.storage.local, deps.now()).catch(() => undefined);
              },
            }
          : null
      }
      onRestore={async (file, onProgress) => {
        const report = await restoreFromFile(deps, file, onProgress);
        if (report.ok) {
          await reload();
          void loadBodies().catch(() => undefined);
        }
        return report;
      }}
      onLocaleSettingChange={(setting) => void act(() => setLocaleSetting(deps.db, setting), () => createI18n(resolveLocale(setting, navigator.language)).t('noticeSettingsSaved'))}
      onColourLabelsChange={(setting) => void act(() => saveColourLabels(deps.db, setting), say('noticeSettingsSaved'))}
    />,
  );
}

const noop = () => undefined;

type Start = { deps: PageDeps; initial: FirstScreen | null } | { error: string };

/**
 * Open the library and read the first screen at once, while the page starts; the Library mounts
 * with its first rows. A failed first read is retried by the Library, which shows the error.
 */
function startLibrary(): Promise<Start> {
  markStage('script');
  return openLibrary().then(
    async (db) => {
      markStage('db-open');
      // The end-to-end build lets tests check the library from inside the page; release builds drop this.
      if (import.meta.env.MODE === 'e2e') {
        Object.assign(window, { portalNotesTest: { verify: () => verifyLibrary(db), highlightIds: () => db.getAllKeys('highlights') } });
      }
      const initial = await loadFirstScreen(db).catch(() => null);
      markStage('first-screen-read');
      return { deps: browserPageDeps(db), initial };
    },
    (err: unknown) => ({ error: messageOf(err) }),
  );
}

function App({ starting }: { starting: Promise<Start> }) {
  const [state, setState] = useState<Start | null>(null);
  // A layout effect: the Library renders as soon as its data is read, without waiting for a frame.
  useLayoutEffect(() => void starting.then(setState), []);
  if (state && 'deps' in state) return <Library deps={state.deps} initial={state.initial} />;
  const i18n = createI18n(resolveLocale('auto', navigator.language));
  return (
    <I18nContext.Provider value={i18n}>
      <main>{state ? <p role="alert">{state.error}</p> : <p role="status">{i18n.t('libraryLoading')}</p>}</main>
    </I18nContext.Provider>
  );
}

render(<App starting={startLibrary()} />, document.getElementById('app')!);
