/**
 * Extraction CLI for researchers with saved pages:
 *   npm run extract -- <file.html|dir>... [--url URL]
 * prints one JSON line per page on stdout (errors: one JSON line per page on stderr). Pages are
 * parsed with linkedom; `ms` is the extraction time alone, parsing excluded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../utils/extract/decode';
import { extractArticle, toArticleData } from '../utils/extract/index';

/**
 * Parses page text into a Document with linkedom. linkedom takes the first element as the root, so
 * a fragment, or a page whose only `<html>` tags sit in conditional comments, is wrapped in one.
 */
export function parseDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.localName === 'html') return doc;
  const body = /<body[\s>]/i.test(html) || /<head[\s>]/i.test(html) ? html : `<body>${html}</body>`;
  return parseHTML(`<!DOCTYPE html><html>${body.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`).document as unknown as Document;
}

/** Reads a saved page: bytes → text (declared charset, UTF-8, windows-1258/1252 fallback). */
export function readPage(file: string): string {
  return decodeHtml(new Uint8Array(fs.readFileSync(file))).text;
}

/** Every .html/.htm file under the given paths (directories walked recursively, sorted). */
export function listPages(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else if (/\.html?$/i.test(p)) files.push(p);
    else if (inputs.includes(p)) files.push(p);
  };
  inputs.forEach(walk);
  return { files, missing };
}

/** The page's own URL (canonical, og:url) or the file's `file://` URL. */
export function pageUrl(doc: Document, file: string): string {
  const canon = doc.querySelector?.('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector?.('meta[property="og:url"]')?.getAttribute('content');
  if (canon && /^https?:\/\//i.test(canon.trim())) return canon.trim();
  return pathToFileURL(path.resolve(file)).href;
}

function main(argv: string[]): number {
  const args = [...argv];
  let urlOverride: string | undefined;
  const ui = args.indexOf('--url');
  if (ui >= 0) {
    urlOverride = args[ui + 1];
    args.splice(ui, 2);
  }
  if (!args.length) {
    process.stderr.write('usage: npm run extract -- <file.html|dir>... [--url URL]\n');
    return 2;
  }
  const { files, missing } = listPages(args);
  for (const m of missing) process.stderr.write(JSON.stringify({ file: m, error: 'not found' }) + '\n');
  let ok = 0;
  for (const file of files) {
    try {
      const doc = parseDocument(readPage(file));
      let url = urlOverride ?? '';
      if (!url) {
        try {
          url = pageUrl(doc, file);
        } catch {
          url = pathToFileURL(path.resolve(file)).href;
        }
      }
      const t0 = performance.now();
      const article = extractArticle(doc, url);
      const data = toArticleData(article);
      const ms = Math.round((performance.now() - t0) * 100) / 100;
      process.stdout.write(
        JSON.stringify({
          file,
          url,
          title: data.title || null,
          published: data.published,
          modified: data.modified,
          authors: data.authors,
          signature: data.signature ? { text: data.signature.text, authors: data.signature.authors, unit: data.signature.unit, source: data.signature.source } : null,
          documentNumber: data.documentNumber ?? null,
          attachments: data.attachments ?? [],
          recordDetails: data.recordDetails ?? [],
          bodyText: data.bodyText,
          lang: data.lang,
          site: data.site,
          eventDates: data.eventDates,
          ms,
        }) + '\n',
      );
      ok++;
    } catch (e) {
      process.stderr.write(JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) }) + '\n');
    }
  }
  return ok === 0 && files.length + missing.length > 0 ? 1 : ok === 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
