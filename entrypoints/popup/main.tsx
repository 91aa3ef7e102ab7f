/**
 * The popup: wires PopupView to the tab's detection (from the background) and to the library (opened
 * here directly), keeps the orphan state current while open, and offers site access where the
 * extension does not run yet.
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import { resolveColourLabels, type ColourLabels } from '@/components/colours';
import { openLibrary } from '@/utils/db';
import { I18nContext, createI18n, resolveLocale, type MessageKey } from '@/utils/i18n';
import type { PageState } from '@/utils/messages';
import { sitePattern } from '@/utils/site-access';
import { browserPageDeps, type PageDeps, type TabInfo } from '@/utils/pages/deps';
import { downloadBlob } from '@/utils/pages/download';
import { articleExportInput, buildExportFile, clipCitation, exportFormatOptions, isExportFormatId } from '@/utils/pages/export';
import {
  clipPage,
  correctPage,
  detectionChanged,
  editHighlight,
  jumpToHighlight,
  loadPopupData,
  placeHighlights,
  refreshClip,
  removeHighlight,
  setClipTags,
  unclip,
  waitForPage,
  type PopupData,
} from '@/utils/pages/popup';
import { markAfterPaint, markStage } from '@/utils/pages/marks';
import { pageLocale } from '@/utils/pages/settings';
import { libraryPath } from '@/utils/pages/links';
import { targetTab } from '@/utils/pages/target-tab';
import { SiteAccessPanel } from './SiteAccessPanel';
import '@/components/styles/base.css';
import '@/components/styles/popup.css';
import '@/components/styles/dark.css';

const POLL_MS = 1000;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** The Library in a new tab, on the page's clip when it has one. */
function openLibraryTab(clipId?: string | null) {
  void browser.tabs.create({ url: browser.runtime.getURL(libraryPath(clipId) as '/library.html') });
}

const noop = () => undefined;

/** PopupView props for the loading and error states (no data, no actions). */
function emptyProps(colourLabels: ColourLabels) {
  return {
    article: null,
    clip: null,
    highlights: [],
    allTags: [],
    colourLabels,
    exportFormats: [],
    onClip: noop,
    onUnclip: noop,
    onCorrect: noop,
    onTagsChange: noop,
    onJumpToHighlight: noop,
    onUpdateHighlight: noop,
    onDeleteHighlight: noop,
    onExport: noop,
  };
}

function samePage(a: PageState | null, b: PageState | null): boolean {
  return a?.reportedAt === b?.reportedAt && JSON.stringify(a?.anchoring ?? null) === JSON.stringify(b?.anchoring ?? null);
}

function Popup({ deps, tab, first }: { deps: PageDeps; tab: TabInfo & { id: number }; first: PopupData | null }) {
  const [data, setData] = useState<PopupData | null>(first);
  const [error, setError] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(true);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [denied, setDenied] = useState(false);
  const current = useRef<PopupData | null>(null);
  current.current = data;

  const locale = pageLocale(data?.localeSetting ?? 'auto', navigator.language);
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const { t } = i18n;
  const labels = useMemo(() => resolveColourLabels(data?.settings.colourLabels, t), [data?.settings.colourLabels, t]);

  const load = async () => {
    const next = await loadPopupData(deps, tab, await grantedOrigins());
    setData(next);
    return next;
  };
  /** Load (unless the page read the data before mounting); when the page should report but has not yet, wait for it a little. */
  const loadWaiting = async (given: PopupData | null) => {
    setWaiting(true);
    try {
      const shown = given ?? (await load());
      const runs = shown.access === 'portal' || shown.access === 'enabled';
      if (!shown.page && runs && (await waitForPage(deps, tab.id))) await load();
    } finally {
      setWaiting(false);
    }
  };
  const start = (given: PopupData | null = null) => {
    setError(null);
    loadWaiting(given).catch((err: unknown) => setError(messageOf(err)));
  };
  useLayoutEffect(() => {
    if (first) void markAfterPaint('data-painted');
  }, []);
  useEffect(() => {
    start(first);
    // a page that swapped its article without changing the address re-detects now; the poll below shows it
    deps.toTab(tab.id, 'content:verify', {}).catch(() => {});
  }, []);

  // The content script reports anchoring (and new detections) after the popup opened: follow them.
  useEffect(() => {
    const timer = setInterval(async () => {
      const shown = current.current;
      if (!shown || busy) return;
      try {
        const page = await deps.toBackground('page:get', { tabId: tab.id });
        if (samePage(page, shown.page)) return;
        if (page?.reportedAt !== shown.page?.reportedAt) await load();
        else setData({ ...shown, page, highlights: placeHighlights(shown.highlights, page?.anchoring ?? null) });
      } catch {
        // The next tick tries again; a real failure shows on the next action.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [busy]);

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  });

  const act = async <T,>(run: () => Promise<T>, done: (result: T) => string) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await run();
      await load();
      setNotice(done(result));
    } catch (err) {
      setNotice(t('noticeFailed', messageOf(err)));
    } finally {
      setBusy(false);
    }
  };
  const say = (key: MessageKey) => () => t(key);

  const provide = (content: ComponentChildren) => <I18nContext.Provider value={i18n}>{content}</I18nContext.Provider>;
  if (error) {
    return provide(<PopupView {...emptyProps(labels)} status="error" error={error} onRetry={() => start()} onOpenLibrary={() => openLibraryTab()} />);
  }
  if (!data || (waiting && !data.page && !data.clip)) {
    return provide(<PopupView {...emptyProps(labels)} status="loading" onOpenLibrary={() => openLibraryTab()} />);
  }

  const { page, clip } = data;
  if (!page && !clip) {
    const kind = data.access === 'unsupported' ? 'unsupported' : data.access === 'not-enabled' ? 'not-enabled' : 'not-detected';
    const afterAccess = async () => {
      if (!(await waitForPage(deps, tab.id, { timeoutMs: 6000 }))) throw new Error(t('siteNotDetected'));
    };
    return provide(
      <main>
        <SiteAccessPanel
          kind={kind}
          busy={busy}
          denied={denied}
          notice={notice}
          onOpenLibrary={() => openLibraryTab()}
          onEnable={() => {
            const pattern = data.tabUrl ? sitePattern(data.tabUrl) : null;
            if (!pattern) return;
            setDenied(false);
            // Called in the click itself: the browser shows the prompt only for a user gesture.
            browser.permissions.request({ origins: [pattern] }).then(
              (granted) => {
                if (!granted) return setDenied(true);
                void act(async () => {
                  await deps.toBackground('site:enable', { tabId: tab.id });
                  await afterAccess();
                }, () => '');
              },
              (err: unknown) => setNotice(t('noticeFailed', messageOf(err))),
            );
          }}
          onDetectOnce={() =>
            void act(async () => {
              await deps.toBackground('page:inject', { tabId: tab.id });
              await afterAccess();
            }, () => '')
          }
        />
      </main>
    );
  }

  const highlightOwner = clip ?? { url: page?.identity?.url ?? tab.url ?? '', aliases: page?.identity?.aliases ?? [] };
  return provide(
    <main>
      <PopupView
        status="ready"
        article={page?.article ?? null}
        clip={clip}
        highlights={data.highlights}
        allTags={data.allTags}
        colourLabels={labels}
        exportFormats={exportFormatOptions(locale)}
        citation={clip ? { text: clipCitation(clip, locale, new Date(deps.now())), copy: (text) => navigator.clipboard.writeText(text) } : null}
        busy={busy}
        notice={notice}
        onClip={() => void act(() => clipPage(deps, tab.id, page), say('noticeClipped'))}
        onUnclip={() => clip && void act(() => unclip(deps, clip), say('noticeUnclipped'))}
        onRefresh={clip && detectionChanged(clip.detected, page?.article) ? () => void act(() => refreshClip(deps, clip, page), say('noticeRefreshed')) : undefined}
        onCorrect={(patch) => void act(() => correctPage(deps, tab.id, page, clip, patch), say('noticeCorrected'))}
        onTagsChange={(tags) => clip && void act(() => setClipTags(deps, clip.id, tags), say('noticeTagsSaved'))}
        onJumpToHighlight={(id) =>
          void jumpToHighlight(deps, tab.id, id).then((shown) => setNotice(shown ? null : t('noticeHighlightMissing')))
        }
        onUpdateHighlight={(id, patch) => void act(() => editHighlight(deps, highlightOwner, id, patch), say('noticeHighlightSaved'))}
        onDeleteHighlight={(id) => void act(() => removeHighlight(deps, highlightOwner, id), say('noticeHighlightDeleted'))}
        onExport={(format) =>
          clip &&
          void act(
            async () => {
              if (!isExportFormatId(format)) throw new Error(`Unknown export format: ${format}`);
              const input = await articleExportInput(deps.db, clip.id, { colourLabels: labels, locale, now: new Date(deps.now()) });
              const file = await buildExportFile(format, input, 'article', clip.title);
              downloadBlob(document, file.blob, file.filename);
              return file.filename;
            },
            (name) => t('noticeExported', name),
          )
        }
        onOpenLibrary={() => openLibraryTab(clip?.id)}
        onShowField={
          page
            ? (field) => {
                setNotice(null);
                deps.toTab(tab.id, 'content:show-field', { field }).then(
                  (shown) => !shown && setNotice(t('noticeFieldNotOnPage')),
                  (err: unknown) => setNotice(t('noticeFailed', messageOf(err))),
                );
              }
            : undefined
        }
      />
    </main>
  );
}

type Start = { deps: PageDeps; tab: (TabInfo & { id: number }) | null; first: PopupData | null } | { error: string };

/**
 * Open the library, find the tab and read what the popup shows for it at once, while the page
 * starts: the popup mounts with its data. A failed read is retried by the popup, which shows the error.
 */
function startPopup(): Promise<Start> {
  markStage('script');
  return Promise.all([
    openLibrary().then((db) => (markStage('db-open'), db)),
    targetTab(location.search, {
      all: () => browser.tabs.query({}),
      active: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    }),
  ]).then(
    async ([db, tab]) => {
      const deps = browserPageDeps(db);
      const first = tab ? await grantedOrigins().then((origins) => loadPopupData(deps, tab, origins)).catch(() => null) : null;
      markStage('data');
      return { deps, tab, first };
    },
    (err: unknown) => ({ error: messageOf(err) }),
  );
}

function App({ starting }: { starting: Promise<Start> }) {
  const [state, setState] = useState<Start | null>(null);
  // A layout effect: the popup renders as soon as its data is read, without waiting for a frame.
  useLayoutEffect(() => void starting.then(setState), []);
  const locale = resolveLocale('auto', navigator.language);
  const i18n = useMemo(() => createI18n(locale), [locale]);
  let body;
  if (!state) body = <p role="status">{i18n.t('stateLoading')}</p>;
  else if ('error' in state) body = <p role="alert">{state.error}</p>;
  else if (!state.tab) {
    body = (
      <main>
        <p class="pn-status" data-testid="no-page">
          {i18n.t('popupNoTab')}
        </p>
      </main>
    );
  } else return <Popup deps={state.deps} tab={state.tab} first={state.first} />;
  return <I18nContext.Provider value={i18n}>{body}</I18nContext.Provider>;
}

render(<App starting={startPopup()} />, document.getElementById('app')!);
