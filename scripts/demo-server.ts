/**
 * The demo site: our invented portal and news pages (tests/fixtures/pages) served on 127.0.0.1.
 * `npm start` and the e2e tests use it; tests can override a page's HTML to simulate a portal that
 * edited or removed an article.
 */
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/pages');

const TYPES: Record<string, string> = {
  // No charset for HTML: each page's own <meta charset> decides (one demo page is windows-1258).
  '.html': 'text/html',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

export interface DemoServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Serve `html` (or a 404 when null) at `pathname` instead of the file. */
  override(pathname: string, html: string | null): void;
  clearOverrides(): void;
  close(): Promise<void>;
}

export async function startDemoServer(options: { root?: string; port?: number } = {}): Promise<DemoServer> {
  const root = path.resolve(options.root ?? PAGES_DIR);
  const overrides = new Map<string, string | null>();
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (overrides.has(pathname)) {
      const html = overrides.get(pathname);
      if (html == null) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const file = path.resolve(root, '.' + (pathname.endsWith('/') ? pathname + 'index.html' : pathname));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    override: (p, html) => void overrides.set(p, html),
    clearOverrides: () => overrides.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The demo pages (every .html except the index), sorted. */
export async function listDemoPages(root = PAGES_DIR): Promise<string[]> {
  return (await fs.readdir(root)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  startDemoServer({ port }).then((s) => console.log(`Demo site: ${s.url}`));
}
