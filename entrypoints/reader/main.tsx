/**
 * The reader page (`reader.html?id=<clip id>`): a clip's saved copy with its highlights, for when
 * the portal has edited or removed the article. Opened from the Library.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SnapshotReader } from '@/components/SnapshotReader';
import { resolveColourLabels } from '@/components/colours';
import type { HighlightPatch } from '@/components/HighlightEditor';
import { openLibrary } from '@/utils/db';
import { createPainter } from '@/utils/highlight/painter';
import type { Painter } from '@/utils/highlight/painter';
import { highlightCss } from '@/utils/highlight/styles';
import { I18nContext, createI18n } from '@/utils/i18n';
import type { Locale } from '@/utils/i18n';
import type { PlacedHighlight } from '@/utils/model';
import { browserPageDeps } from '@/utils/pages/deps';
import type { PageDeps } from '@/utils/pages/deps';
import { deleteLibraryHighlight, editLibraryHighlight } from '@/utils/pages/library';
import { loadReaderData, mountSnapshot, placeInSnapshot } from '@/utils/pages/reader';
import type { ReaderData } from '@/utils/pages/reader';
import { getLocaleSetting, pageLocale } from '@/utils/pages/settings';
import '@/components/styles/base.css';
import '@/components/styles/library.css';
import '@/components/styles/reader.css';

function Reader({ deps, data, locale }: { deps: PageDeps; data: ReaderData; locale: Locale }) {
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const painter = useRef<Painter | null>(null);
  const [highlights, setHighlights] = useState<PlacedHighlight[]>(data.highlights.map((h) => ({ ...h, anchored: false })));
  const [error, setError] = useState<string | null>(null);

  const snapshot = data.snapshot;
  const mountBody = useCallback((host: HTMLElement) => snapshot && mountSnapshot(host, snapshot), [snapshot]);
  const onBodyMounted = useCallback(
    (host: HTMLElement) => {
      painter.current?.clear();
      const p = createPainter(window);
      painter.current = p;
      const placed = placeInSnapshot(host, data.highlights);
      for (const h of data.highlights) {
        const found = placed.get(h.id);
        if (found) p.paint(h.id, found.range, h.colour);
      }
      setHighlights(data.highlights.map((h) => ({ ...h, anchored: Boolean(placed.get(h.id)) })));
    },
    [data],
  );

  const onJump = (id: string) => {
    const range = painter.current?.rangeOf(id);
    const target = range?.startContainer.parentElement;
    if (!range || !target) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    painter.current?.focus(id);
    setTimeout(() => painter.current?.focus(null), 2000);
  };
  const act = (work: Promise<unknown>) => work.then(() => setError(null), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const onUpdate = (id: string, patch: HighlightPatch) =>
    act(
      editLibraryHighlight(deps, data.clip, id, patch).then((saved) => {
        if (patch.colour) painter.current?.setColour(id, patch.colour);
        setHighlights((hs) => hs.map((h) => (h.id === id ? { ...saved, anchored: h.anchored } : h)));
      }),
    );
  const onDelete = (id: string) =>
    act(
      deleteLibraryHighlight(deps, data.clip, id).then(() => {
        painter.current?.remove(id);
        setHighlights((hs) => hs.filter((h) => h.id !== id));
      }),
    );

  useEffect(() => {
    document.title = `${data.clip.title} — ${i18n.t('readerTitle')}`;
    document.documentElement.lang = i18n.locale;
  }, [data, i18n]);

  return (
    <I18nContext.Provider value={i18n}>
      {error && (
        <p class="pn-alert" role="alert">
          {i18n.t('stateError')} {error}
        </p>
      )}
      <SnapshotReader
        clip={data.clip}
        takenAt={snapshot?.takenAt ?? null}
        mountBody={mountBody}
        onBodyMounted={onBodyMounted}
        highlights={highlights}
        colourLabels={resolveColourLabels(data.settings.colourLabels, i18n.t)}
        tagSuggestions={[...new Set(data.highlights.flatMap((h) => h.tags))]}
        onJump={onJump}
        onUpdate={onUpdate}
        onDelete={onDelete}
      />
    </I18nContext.Provider>
  );
}

async function main() {
  const app = document.getElementById('app')!;
  const style = document.createElement('style');
  style.textContent = highlightCss();
  document.head.appendChild(style);
  const db = await openLibrary();
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const data = id ? await loadReaderData(db, id) : null;
  const locale = pageLocale(await getLocaleSetting(db), navigator.language);
  if (!data) {
    const i18n = createI18n(locale);
    render(
      <main class="pn-reader">
        <p role="alert">{i18n.t('readerMissing')}</p>
      </main>,
      app,
    );
    return;
  }
  render(<Reader deps={browserPageDeps(db)} data={data} locale={locale} />, app);
}

void main();
