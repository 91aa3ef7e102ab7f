/**
 * The Library page: wires LibraryView to the library database (opened here directly). Clips and
 * highlights load first; article texts for search follow in chunks after the first paint. Every
 * change is written to the database, then the data is reloaded (unchanged records kept as is).
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryView } from '@/components/LibraryView';
import { resolveColourLabels } from '@/components/colours';
import type { ExportScope } from '@/utils/export/types';
import { DEFAULT_SETTINGS, openLibrary, verifyLibrary } from '@/utils/db';
import { I18nContext, createI18n, resolveLocale, type MessageKey } from '@/utils/i18n';
import { buildBackupFile, restoreFromFile } from '@/utils/pages/backup';
import { CorpusBuilder, loadSnapshotTexts } from '@/utils/pages/corpus';
import { browserPageDeps, type PageDeps } from '@/utils/pages/deps';
import { downloadBlob } from '@/utils/pages/download';
import { assembleExportInput, buildExportFile, exportFormatOptions, isExportFormatId } from '@/utils/pages/export';
import {
  deleteClips,
  deleteLibraryHighlight,
  editLibraryHighlight,
  loadLibraryClips,
  loadLibraryData,
  reconcileLibrary,
  snapshotParagraphs,
  tagOperations,
  type LibraryData,
} from '@/utils/pages/library';
import { colourLabelSetting, pageLocale, saveColourLabels, setLocaleSetting } from '@/utils/pages/settings';
import '@/components/styles/base.css';
import '@/components/styles/library.css';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Resolves once the browser has painted what is rendered now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function Library({ deps }: { deps: PageDeps }) {
  const [data, setData] = useState<LibraryData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [bodies, setBodies] = useState<ReadonlyMap<string, string> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const corpusBuilder = useRef(new CorpusBuilder());
  const bodiesRun = useRef(0);

  const locale = pageLocale(data?.localeSetting ?? 'auto', navigator.language);
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const { t } = i18n;
  const labels = useMemo(() => resolveColourLabels(data?.settings.colourLabels, t), [data?.settings.colourLabels, t]);

  const reload = async () => {
    const next = await loadLibraryData(deps.db);
    setData((previous) => reconcileLibrary(previous, next));
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
  /** Clips first (the list paints), then highlights and tags, then the article texts for search. */
  const start = () => {
    setError(null);
    loadLibraryClips(deps.db)
      .then((first) => setData((previous) => reconcileLibrary(previous, first)))
      .then(afterPaint)
      .then(reload)
      .then(loadBodies)
      .catch((err: unknown) => setError(messageOf(err)));
  };
  useEffect(start, []);
  // Clips saved from the popup while the Library was in another tab show up on return.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && void reload().catch(() => undefined);
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('libraryTitle')} — ${t('extName')}`;
  }, [locale]);

  const corpus = useMemo(
    () => (data && bodies ? corpusBuilder.current.build(data.clips, data.highlights, bodies) : null),
    [data?.clips, data?.highlights, bodies],
  );
  const clipById = useMemo(() => new Map((data?.clips ?? []).map((c) => [c.id, c])), [data?.clips]);
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
  const provide = (content: ComponentChildren) => (
    <I18nContext.Provider value={i18n}>
      <main>{content}</main>
    </I18nContext.Provider>
  );

  const common = {
    clips: data?.clips ?? [],
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
        onRetry={start}
        onExport={noop}
        onDeleteClips={noop}
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
      loadSnapshot={(clipId) => snapshotParagraphs(deps.db, clipId)}
      onUpdateHighlight={(id, patch) => void act(() => editLibraryHighlight(deps, highlightClip(id), id, patch), say('noticeHighlightSaved'))}
      onDeleteHighlight={(id) => void act(() => deleteLibraryHighlight(deps, highlightClip(id), id), say('noticeHighlightDeleted'))}
      tagActions={{
        rename: (from, to) => void act(() => tags.rename(from, to), say('noticeTagsUpdated')),
        merge: (sources, target) => void act(() => tags.merge(sources, target), say('noticeTagsUpdated')),
        remove: (name) => void act(() => tags.remove(name), say('noticeTagsUpdated')),
        setColour: (name, colour) => void act(() => tags.setColour(name, colour), say('noticeTagsUpdated')),
      }}
      onExportBackup={async () => {
        const file = await buildBackupFile(deps.db, deps.now);
        downloadBlob(document, file.blob, file.filename);
        setNotice(t('noticeBackupSaved', file.filename));
      }}
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

function App() {
  const [state, setState] = useState<{ deps: PageDeps } | { error: string } | null>(null);
  useEffect(() => {
    openLibrary().then(
      (db) => {
        // The end-to-end build lets tests check the library from inside the page; release builds drop this.
        if (import.meta.env.MODE === 'e2e') {
          Object.assign(window, { portalNotesTest: { verify: () => verifyLibrary(db), highlightIds: () => db.getAllKeys('highlights') } });
        }
        setState({ deps: browserPageDeps(db) });
      },
      (err: unknown) => setState({ error: messageOf(err) }),
    );
  }, []);
  if (state && 'deps' in state) return <Library deps={state.deps} />;
  const i18n = createI18n(resolveLocale('auto', navigator.language));
  return (
    <I18nContext.Provider value={i18n}>
      <main>{state ? <p role="alert">{state.error}</p> : <p role="status">{i18n.t('libraryLoading')}</p>}</main>
    </I18nContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
