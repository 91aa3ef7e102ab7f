/**
 * The benchmark page: generates the library in the browser, then exposes measurements of the real
 * views (popup first render, Library first render, search keystroke → results painted, index build)
 * for bench/ui.ts to call through Playwright.
 */
import { render } from 'preact';
import { LibraryView, type LibraryViewProps } from '../../components/LibraryView';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { resolveColourLabels } from '../../components/colours';
import { I18nContext, createI18n } from '../../utils/i18n';
import { SearchIndex } from '../../utils/search/search-index';
import { buildSearchDocument } from '../../utils/search/corpus';
import type { Highlight } from '../../utils/model';
import { generateLibrary } from './generate';
import '../../components/styles/base.css';
import '../../components/styles/library.css';

const i18n = createI18n('vi');
const labels = resolveColourLabels({}, i18n.t);
const lib = generateLibrary();
const byClip = new Map<string, Highlight[]>();
for (const h of lib.highlights) {
  const list = byClip.get(h.clipId);
  if (list) list.push(h);
  else byClip.set(h.clipId, [h]);
}
const corpus = lib.clips.map((c) => buildSearchDocument(c, byClip.get(c.id) ?? [], lib.bodies.get(c.id) ?? ''));
const noop = () => undefined;
const formats = [
  { id: 'md', label: 'Markdown' },
  { id: 'docx', label: 'Word' },
  { id: 'csv', label: 'CSV' },
];

/** Resolves after the browser has painted the current DOM (rAF, then the next task). */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(null);
    });
  });
}

function freshRoot(): HTMLElement {
  const old = document.getElementById('root');
  if (old) {
    render(null, old);
    old.remove();
  }
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return root;
}

function libraryProps(): LibraryViewProps {
  return {
    status: 'ready',
    clips: lib.clips,
    highlights: lib.highlights,
    tags: lib.tags,
    corpus,
    colourLabels: labels,
    exportFormats: formats,
    onExport: noop,
    onDeleteClips: noop,
    onRetagClips: noop,
    loadSnapshot: async (id) => (lib.bodies.get(id) ?? '').split('\n\n'),
    onUpdateHighlight: noop,
    onDeleteHighlight: noop,
    tagActions: { rename: noop, merge: noop, remove: noop, setColour: noop },
    onExportBackup: noop,
    onRestore: async () => ({ ok: true, counts: { added: 0, updated: 0, skipped: 0 } }),
    localeSetting: 'auto',
    onLocaleSettingChange: noop,
    colourLabelSetting: {},
    onColourLabelsChange: noop,
  };
}

function popupProps(): PopupViewProps {
  const clip = lib.clips[42];
  return {
    status: 'ready',
    article: clip.detected,
    clip,
    highlights: (byClip.get(clip.id) ?? []).map((h) => ({ ...h, anchored: true })),
    allTags: lib.tags.map((t) => t.name),
    colourLabels: labels,
    exportFormats: formats,
    onClip: noop,
    onUnclip: noop,
    onCorrect: noop,
    onTagsChange: noop,
    onJumpToHighlight: noop,
    onUpdateHighlight: noop,
    onDeleteHighlight: noop,
    onExport: noop,
    onOpenLibrary: noop,
  };
}

async function measurePopup(): Promise<number> {
  const root = freshRoot();
  const t0 = performance.now();
  render(
    <I18nContext.Provider value={i18n}>
      <PopupView {...popupProps()} />
    </I18nContext.Provider>,
    root,
  );
  const t1 = await afterPaint();
  if (!root.querySelector('.pn-highlight')) throw new Error('popup did not render its highlights');
  return t1 - t0;
}

async function measureLibrary(): Promise<number> {
  const root = freshRoot();
  const t0 = performance.now();
  render(
    <I18nContext.Provider value={i18n}>
      <LibraryView {...libraryProps()} />
    </I18nContext.Provider>,
    root,
  );
  const t1 = await afterPaint();
  if (root.querySelectorAll('.pn-row').length < 5) throw new Error('library rendered no rows');
  return t1 - t0;
}

async function waitForIndex(root: HTMLElement): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 20));
    const status = root.querySelector('#pn-search-status')?.textContent ?? '';
    if (!status.includes('chuẩn bị')) return performance.now() - t0;
  }
}

const QUERIES = ['t', 'th', 'thi', 'thi ', 'thi d', 'thi du', 'thi dua', 'thi dua k', 'thi dua khen', 'h', 'ho', 'hoa', 'hoà', 'hoà g', 'hoà giải', 'nguyen', 'nguyen tuyet', 'cai cach', 'cải cách hành', 'chuyen doi so', 'so lieu thong ke', 'quy vi', 'khoe', 'thuy loi', 'tập huấn nghiệp vụ'];

/** Mount the Library and wait until the search index is complete; returns how long that took. */
async function mountForSearch(): Promise<number> {
  const root = freshRoot();
  render(
    <I18nContext.Provider value={i18n}>
      <LibraryView {...libraryProps()} />
    </I18nContext.Provider>,
    root,
  );
  await afterPaint();
  return waitForIndex(root);
}

/** Mount the Library and return at once, while the search index is still being built. */
async function mountOnly(): Promise<void> {
  const root = freshRoot();
  render(
    <I18nContext.Provider value={i18n}>
      <LibraryView {...libraryProps()} />
    </I18nContext.Provider>,
    root,
  );
  await afterPaint();
}

/** Type each query into the mounted Library; per query, input event → results painted. */
async function typeQueries(): Promise<{ times: number[]; results: string[] }> {
  const root = document.getElementById('root')!;
  const input = root.querySelector<HTMLInputElement>('#pn-search-input')!;
  const times: number[] = [];
  const results: string[] = [];
  for (const q of QUERIES) {
    input.value = q;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    await Promise.resolve();
    const tRendered = performance.now();
    const t1 = await afterPaint();
    times.push(t1 - t0);
    results.push(`${q} → ${(t1 - t0).toFixed(1)} ms (render ${(tRendered - t0).toFixed(1)}) ${root.querySelector('#pn-search-status')?.textContent}`);
    await new Promise((r) => setTimeout(r, 30));
  }
  return { times, results };
}

/** The index query alone (no rendering), per query of the keystroke sequence. */
function measureQueries(): number[] {
  const index = new SearchIndex();
  for (const d of corpus) index.add(d);
  index.search('warm');
  return QUERIES.map((q) => {
    const t0 = performance.now();
    index.search(q);
    return performance.now() - t0;
  });
}

function measureIndexBuild(): { ms: number; docs: number } {
  const t0 = performance.now();
  const index = new SearchIndex();
  for (const d of corpus) index.add(d);
  const ms = performance.now() - t0;
  if (!index.search('thi dua')?.length) throw new Error('index found nothing');
  return { ms, docs: index.size };
}

declare global {
  interface Window {
    bench: {
      clips: number;
      highlights: number;
      bodyBytes: number;
      measurePopup: typeof measurePopup;
      measureLibrary: typeof measureLibrary;
      mountForSearch: typeof mountForSearch;
      typeQueries: typeof typeQueries;
      mountOnly: typeof mountOnly;
      measureIndexBuild: typeof measureIndexBuild;
      measureQueries: typeof measureQueries;
    };
  }
}

window.bench = {
  clips: lib.clips.length,
  highlights: lib.highlights.length,
  bodyBytes: [...lib.bodies.values()].reduce((n, b) => n + b.length, 0),
  measurePopup,
  measureLibrary,
  mountForSearch,
  typeQueries,
  mountOnly,
  measureIndexBuild,
  measureQueries,
};
