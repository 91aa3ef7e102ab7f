import fs from 'fs';
const norm = (s) => String(s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const set = process.argv[3];
const counts = new Map();
for (const l of fs.readFileSync(process.argv[2], 'utf8').trim().split('\n')) { const o = JSON.parse(l); if (!o.file.includes(set)) continue; const tf = o.file.replace(/\.html$/, '.truth.json'); const t = JSON.parse(fs.readFileSync(tf)); if (!t.body) continue; const tb = norm(t.body);
 const extras = o.bodyText.split('\n\n').filter((para) => !tb.includes(norm(para).slice(0, 50)));
 if (extras.length) console.log(o.file.split('/').pop(), JSON.stringify(extras.map((x) => x.slice(0, 70))).slice(0, 400)); }
