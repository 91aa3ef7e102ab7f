import fs from 'fs'; import path from 'path';
const norm = (s) => String(s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const tokens = (s) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
function pr(pred, truth) { const t = tokens(truth), p = tokens(pred); const c = new Map(); for (const w of t) c.set(w, (c.get(w) ?? 0) + 1); let hit = 0; for (const w of p) { const k = c.get(w); if (k) { hit++; c.set(w, k - 1); } } return { p: hit / Math.max(1, p.length), r: hit / Math.max(1, t.length) }; }
const rows = [];
for (const l of fs.readFileSync(process.argv[2], 'utf8').trim().split('\n')) { const o = JSON.parse(l); const tf = o.file.replace(/\.html$/, '.truth.json'); if (!fs.existsSync(tf)) continue; const t = JSON.parse(fs.readFileSync(tf)); if (!t.body) continue; const { p, r } = pr(o.bodyText, t.body); const f = p + r ? 2 * p * r / (p + r) : 0; rows.push([f, p, r, path.relative('../shared/corpus', o.file)]); }
rows.sort((a, b) => a[0] - b[0]);
for (const [f, p, r, n] of rows.slice(0, +process.argv[3] || 40)) console.log(f.toFixed(3), 'P', p.toFixed(2), 'R', r.toFixed(2), n);
