import { extractArticle, toArticleData } from '/work/main/.prof/ex-bundle.mjs';
import { listPages, parseDocument, readPage } from '/work/main/.prof/cli-bundle.mjs';
const { files } = listPages(['/work/shared/corpus']);
const docs = files.map((f) => parseDocument(readPage(f)));
const clones = [];
for (let r = 0; r < 3; r++) for (const d of docs) clones.push(d.cloneNode(true));
const t = performance.now();
for (const c of clones) toArticleData(extractArticle(c, 'https://example.invalid/article'));
console.log('extract total', (performance.now() - t).toFixed(0));
