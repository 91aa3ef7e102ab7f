import fs from 'fs';
const norm = (s) => String(s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const rows = [];
for (const l of fs.readFileSync(process.argv[2], 'utf8').trim().split('\n')) { const o = JSON.parse(l); if (!o.file.includes('trafilatura-eval')) continue; const t = JSON.parse(fs.readFileSync(o.file.replace(/\.html$/, '.truth.json'))); if (!t.without?.length) continue; const b = norm(o.bodyText); const bad = t.without.filter((s) => b.includes(norm(s))); if (bad.length) rows.push([o.file.split('/').pop(), bad.length + '/' + t.without.length, bad.map((x) => x.slice(0, 70))]); }
for (const r of rows) console.log(r[0], r[1], JSON.stringify(r[2]));
console.log(rows.length);
