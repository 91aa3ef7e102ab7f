/**
 * The in-page side of `bench/db.ts`: seeds a library in this page's IndexedDB (through restore)
 * and times the library's queries with performance.now(). Exposed as `window.dbBench`.
 */
import { openLibrary } from '../../utils/db/open';
import { getClipWithHighlights, listHighlights } from '../../utils/db/highlights';
import { getSnapshot, listClips } from '../../utils/db/clips';
import { exportBackup } from '../../utils/backup/export';
import { restoreBackup } from '../../utils/backup/restore';
import { serializeBackup } from '../../utils/backup/serialize';
import { parseBackup } from '../../utils/backup/validate';
import { createIdGenerator } from '../../utils/ids';
import { generateLibrary } from './generate';
import type { GenerateOptions } from './generate';
import type { LibraryDB } from '../../utils/db/types';

const NAME = 'portal-notes-bench';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

let db: LibraryDB | null = null;
let sample: { tags: string[]; sites: string[]; clipIds: string[] } | null = null;

async function seed(options: GenerateOptions) {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  const [generateMs, file] = await time(async () => generateLibrary(options));
  db = await openLibrary(NAME);
  const [restoreMs, report] = await time(() => restoreBackup(db!, file, Date.now, createIdGenerator()));
  sample = {
    tags: file.tags.map((t) => t.name),
    sites: [...new Set(file.clips.map((c) => c.site))],
    clipIds: file.clips.map((c) => c.id),
  };
  return { generateMs, restoreMs, report };
}

async function measure(runs: number) {
  if (!db || !sample) throw new Error('seed first');
  const s = sample;
  const pickAt = <T>(list: T[], i: number) => list[(i * 7919) % list.length];
  const results: Record<string, number[]> = { openFirstPage: [], filterTag: [], filterSiteDate: [], filterColour: [], loadClip: [], loadSnapshot: [], pageHighlights: [] };
  const sizes = { firstPage: 0, tagMatches: [] as number[], siteDateMatches: [] as number[], clipHighlights: [] as number[] };
  for (let i = 0; i < runs; i++) {
    db.close();
    const [openMs, page] = await time(async () => {
      db = await openLibrary(NAME);
      return listClips(db, { limit: 50 });
    });
    results.openFirstPage.push(openMs);
    sizes.firstPage = page.clips.length;

    const [tagMs, byTag] = await time(() => listClips(db!, { tag: pickAt(s.tags, i), limit: 50 }));
    results.filterTag.push(tagMs);
    sizes.tagMatches.push(byTag.total);

    const year = 2015 + (i % 8);
    const [siteMs, bySite] = await time(() => listClips(db!, { site: pickAt(s.sites, i), from: `${year}-01-01`, to: `${year + 2}-12-31`, sort: 'published', limit: 50 }));
    results.filterSiteDate.push(siteMs);
    sizes.siteDateMatches.push(bySite.total);

    const [colourMs] = await time(() => listClips(db!, { colour: 'pink', tag: pickAt(s.tags, i + 1), limit: 50 }));
    results.filterColour.push(colourMs);

    const id = pickAt(s.clipIds, i);
    const [clipMs, loaded] = await time(() => getClipWithHighlights(db!, id));
    results.loadClip.push(clipMs);
    sizes.clipHighlights.push(loaded?.highlights.length ?? -1);

    const [snapMs] = await time(() => getSnapshot(db!, id));
    results.loadSnapshot.push(snapMs);

    const [urlMs] = await time(() => listHighlights(db!, { url: `${loaded!.clip.url}?utm_source=zalo` }));
    results.pageHighlights.push(urlMs);
  }
  const medians = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
  return { medians, sizes: { firstPage: sizes.firstPage, tagMatchesMedian: median(sizes.tagMatches), siteDateMatchesMedian: median(sizes.siteDateMatches), clipHighlightsMedian: median(sizes.clipHighlights) } };
}

async function backup(runs: number) {
  if (!db) throw new Error('seed first');
  const exportMs: number[] = [];
  const serializeMs: number[] = [];
  let chars = 0;
  let text = '';
  for (let i = 0; i < runs; i++) {
    const [e, file] = await time(() => exportBackup(db!, Date.now));
    const [s, t] = await time(async () => serializeBackup(file));
    exportMs.push(e);
    serializeMs.push(s);
    chars = t.length;
    text = t;
  }
  const [parseMs, parsed] = await time(async () => parseBackup(text));
  const bytes = new Blob([text]).size;
  return {
    totalMedian: median(exportMs.map((e, i) => e + serializeMs[i])),
    readMedian: median(exportMs),
    serializeMedian: median(serializeMs),
    chars,
    bytes,
    parseValidateMs: parseMs,
    parsedOk: parsed.ok,
  };
}

(window as unknown as { dbBench: object }).dbBench = { seed, measure, backup };

