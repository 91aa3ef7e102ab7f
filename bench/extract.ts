/**
 * Extraction speed against Mozilla Readability on the same parsed pages, in one process:
 *   npm run bench:extract -- [dir...]   (default: tests/fixtures/pages and ../shared/corpus)
 * Every page is parsed once with linkedom; each timed run works on a fresh clone of it (Readability
 * mutates its input), and only extraction is timed. Prints medians, p95s and the ratio.
 * The two take turns going first, so neither always runs on the heels of the other's garbage.
 * Pages are parsed one at a time and let go after their runs: holding every parsed corpus page at
 * once took the heap near its limit, and garbage collection then slowed whole runs many times over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle, toArticleData } from '../utils/extract/index';
import { listPages, parseDocument, readPage } from '../scripts/extract';

const ROUNDS = 4;

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function main(): number {
  const args = process.argv.slice(2);
  const defaults = [path.resolve('tests/fixtures/pages'), path.resolve('../shared/corpus')].filter((d) => fs.existsSync(d));
  const { files } = listPages(args.length ? args : defaults);
  if (!files.length) {
    process.stderr.write('bench:extract: no pages found\n');
    return 1;
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const f of files) {
    let doc: Document;
    try {
      doc = parseDocument(readPage(f));
    } catch {
      continue; // an unreadable page is skipped by both
    }
    let bestOurs = Infinity;
    let bestTheirs = Infinity;
    const runOurs = (): void => {
      const a = doc.cloneNode(true) as Document;
      const t = performance.now();
      toArticleData(extractArticle(a, 'https://example.invalid/article'));
      bestOurs = Math.min(bestOurs, performance.now() - t);
    };
    const runTheirs = (): void => {
      const b = doc.cloneNode(true) as Document;
      const t = performance.now();
      try {
        new Readability(b).parse();
      } catch {
        /* Readability throws on some inputs; the time still counts */
      }
      bestTheirs = Math.min(bestTheirs, performance.now() - t);
    };
    // each goes first in turn, so neither always pays for the garbage the other (or the clone) left
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        runOurs();
        runTheirs();
      } else {
        runTheirs();
        runOurs();
      }
    }
    ours.push(bestOurs);
    theirs.push(bestTheirs);
  }
  ours.sort((x, y) => x - y);
  theirs.sort((x, y) => x - y);
  const med = quantile(ours, 0.5);
  const rmed = quantile(theirs, 0.5);
  console.log(`pages: ${ours.length} pages`);
  console.log(`extract-median: ${med.toFixed(2)} ms`);
  console.log(`extract-p95: ${quantile(ours, 0.95).toFixed(2)} ms`);
  console.log(`readability-median: ${rmed.toFixed(2)} ms`);
  console.log(`readability-p95: ${quantile(theirs, 0.95).toFixed(2)} ms`);
  console.log(`ratio: ${(med / rmed).toFixed(3)} x`);
  return 0;
}

process.exitCode = main();
