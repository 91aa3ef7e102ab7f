/**
 * Generated news pages (fast-check), for the ordinary news sites clippers also read: English, German and
 * French articles with metadata or without, a visible date line in the language's own form, an "updated"
 * line, a byline in one of the usual shapes, and the furniture around them (share bar, newsletter box,
 * related stories with their own dates and authors, comments, footer). All text is invented.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

type Lang = 'en-US' | 'en-GB' | 'de' | 'fr';
interface Day { y: number; m: number; d: number }
const MONTHS: Record<Lang, string[]> = {
  'en-US': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  'en-GB': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
const shown = (lang: Lang, w: Day): string =>
  lang === 'en-US' ? `${MONTHS[lang][w.m - 1]} ${w.d}, ${w.y}` : lang === 'de' ? `${w.d}. ${MONTHS[lang][w.m - 1]} ${w.y}` : `${w.d} ${MONTHS[lang][w.m - 1]} ${w.y}`;
const pad = (n: number): string => String(n).padStart(2, '0');
/** The numeric form each language writes: month first only in US English. */
const numeric = (lang: Lang, w: Day): string =>
  lang === 'en-US' ? `${w.m}/${w.d}/${w.y}` : lang === 'en-GB' ? `${pad(w.d)}/${pad(w.m)}/${w.y}` : lang === 'de' ? `${pad(w.d)}.${pad(w.m)}.${w.y}` : `${pad(w.d)}/${pad(w.m)}/${w.y}`;
const PUBLISHED: Record<Lang, string> = { 'en-US': 'Published', 'en-GB': 'Published', de: 'Veröffentlicht am', fr: 'Publié le' };
const iso = (w: Day): string => `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
const UPDATED: Record<Lang, string> = { 'en-US': 'Updated', 'en-GB': 'Updated', de: 'Aktualisiert am', fr: 'Mis à jour le' };
const BY: Record<Lang, string> = { 'en-US': 'By', 'en-GB': 'By', de: 'Von', fr: 'Par' };
const AND: Record<Lang, string> = { 'en-US': 'and', 'en-GB': 'and', de: 'und', fr: 'et' };
const TITLES: Record<Lang, string> = {
  'en-US': 'Floating classrooms keep lessons going through the flood season',
  'en-GB': 'Village archive reopens after ten years of careful restoration',
  de: 'Gemeinderat beschließt neuen Radweg entlang des Flusses',
  fr: 'La médiathèque du quartier rouvre après deux ans de travaux',
};
const SENTENCES: Record<Lang, string> = {
  'en-US': 'The district said the boats, each fitted with desks and solar lamps, would run until the water falls, and teachers would rotate between them every week.',
  'en-GB': 'Volunteers catalogued letters, parish records and maps, and the council said the reading room would open on weekday mornings from next month.',
  de: 'Der Rat stimmte mit großer Mehrheit zu, und die Bauarbeiten sollen, sofern das Wetter mitspielt, noch vor dem Winter beginnen, teilte die Verwaltung mit.',
  fr: 'Les habitants ont salué la réouverture, et la mairie a précisé que les horaires seraient élargis le samedi, avec des ateliers pour les enfants.',
};
const PEOPLE = ['Jane Doe', 'Ravi Patel', 'Anna Müller', 'Marie Dupont', 'Tomás Ortega'];

const day = fc.record({ y: fc.integer({ min: 2012, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const page = fc.record({
  lang: fc.constantFrom<Lang>('en-US', 'en-GB', 'de', 'fr'),
  pub: day,
  updatedAfter: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  meta: fc.constantFrom('json-ld', 'og', 'none'),
  authors: fc.uniqueArray(fc.constantFrom(...PEOPLE), { minLength: 0, maxLength: 3 }),
  byline: fc.constantFrom('text', 'rel', 'jsonld'),
  share: fc.boolean(),
  newsletter: fc.boolean(),
  related: fc.boolean(),
  comments: fc.boolean(),
  paragraphs: fc.integer({ min: 3, max: 7 }),
  titleSuffix: fc.boolean(),
  dateForm: fc.constantFrom('words', 'numeric', 'labelled', 'time-element'),
});
type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

function compose(p: Page): { html: string; updated: Day | null } {
  const title = TITLES[p.lang];
  const upd = p.updatedAfter === null ? null : new Date(Date.UTC(p.pub.y, p.pub.m - 1, p.pub.d + p.updatedAfter));
  const updated = upd ? { y: upd.getUTCFullYear(), m: upd.getUTCMonth() + 1, d: upd.getUTCDate() } : null;
  const head: string[] = [`<title>${title}${p.titleSuffix ? ' | The Riverside Courier' : ''}</title>`, '<meta property="og:site_name" content="The Riverside Courier">'];
  if (p.meta === 'json-ld') {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${iso(p.pub)}T09:30:00+01:00`, ...(updated ? { dateModified: `${iso(updated)}T10:00:00+01:00` } : {}), ...(p.byline === 'jsonld' && p.authors.length ? { author: p.authors.map((name) => ({ '@type': 'Person', name })) } : {}) };
    head.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  } else if (p.meta === 'og') {
    head.push(`<meta property="article:published_time" content="${iso(p.pub)}T09:30:00+01:00">`);
    if (updated) head.push(`<meta property="article:modified_time" content="${iso(updated)}T10:00:00+01:00">`);
  }
  const names = p.authors;
  const byline =
    !names.length || p.byline === 'jsonld' ? ''
    : p.byline === 'text' ? `<p class="byline">${BY[p.lang]} ${names.length > 2 ? `${names.slice(0, -1).join(', ')} ${AND[p.lang]} ${names[names.length - 1]}` : names.join(` ${AND[p.lang]} `)}</p>`
    : `<div class="meta">${BY[p.lang]} ${names.map((n, i) => `<a rel="author" href="/author/${i}">${n}</a>`).join(` ${AND[p.lang]} `)}</div>`;
  const pubShown =
    p.dateForm === 'words' ? `<span>${shown(p.lang, p.pub)}</span>`
    : p.dateForm === 'numeric' ? `<span>${numeric(p.lang, p.pub)} 09:30</span>`
    : p.dateForm === 'labelled' ? `<span>${PUBLISHED[p.lang]} ${shown(p.lang, p.pub)}</span>`
    : `<time datetime="${iso(p.pub)}">${shown(p.lang, p.pub)}</time>`;
  const dateLine = `${pubShown}${updated ? ` · <span class="updated">${UPDATED[p.lang]} ${shown(p.lang, updated)}</span>` : ''}`;
  const paras = Array.from({ length: p.paragraphs }, (_, i) => `<p>${i + 1}. ${SENTENCES[p.lang]}</p>`).join('\n');
  const other = new Date(Date.UTC(p.pub.y - 1, (p.pub.m + 5) % 12, 9));
  const html = `<!DOCTYPE html><html lang="${p.lang}"><head><meta charset="utf-8">${head.join('')}</head><body>
<header><a href="/">The Riverside Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav><span class="today">${shown(p.lang, { y: 2026, m: 11, d: 29 })}</span></header>
<main><article><h1>${title}</h1>${byline}<div class="dateline">${dateLine}</div>
${p.share ? '<div class="share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>' : ''}
<div class="article-body">${paras}
${p.newsletter ? '<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and never miss a story from the valley.</p><form><input type="email"><button>Subscribe</button></form></div>' : ''}
</div></article>
${p.related ? `<aside class="related"><h2>Related stories</h2><ul><li><a href="/r/1">Bridge repairs finish early</a> <span>${shown(p.lang, { y: other.getUTCFullYear(), m: other.getUTCMonth() + 1, d: 9 })}</span> <span class="author">${BY[p.lang]} Tomás Ortega</span></li><li><a href="/r/2">Market hall gets a new roof</a></li></ul></aside>` : ''}
${p.comments ? '<section class="comments"><h2>Comments</h2><div class="comment"><span class="author">river_fan</span> <time datetime="2026-01-02">2 January 2026</time><p>Great news for the families who rely on it, thanks for covering it.</p></div></section>' : ''}
</main><footer>© 2026 The Riverside Courier. All rights reserved.</footer></body></html>`;
  return { html, updated };
}

describe('generated news pages (property)', () => {
  it('title, dates, authors and body come out right on English, German and French pages', () => {
    fc.assert(
      fc.property(page, (p) => {
        const { html, updated } = compose(p);
        const d = extract(html, 'https://riverside-courier.example/news/2024/story-123');
        expect(d.title).toBe(TITLES[p.lang]);
        expect(d.published?.slice(0, 10)).toBe(iso(p.pub));
        if (updated) expect(d.modified?.slice(0, 10)).toBe(iso(updated));
        else expect(d.modified).toBeNull();
        const wantAuthors = p.byline === 'jsonld' && p.meta !== 'json-ld' ? [] : p.authors;
        expect(d.authors).toEqual(wantAuthors);
        expect(d.bodyText.startsWith('1. ')).toBe(true);
        expect(d.bodyText).toContain(`${p.paragraphs}. ${SENTENCES[p.lang].slice(0, 40)}`);
        for (const junk of ['Related stories', 'Bridge repairs', 'Get the morning briefing', 'Great news for the families', 'All rights reserved', 'Facebook', UPDATED[p.lang], PUBLISHED[p.lang], String(p.pub.y)]) expect(d.bodyText).not.toContain(junk);
        expect(d.site).toBe('The Riverside Courier');
      }),
      // a fixed seed keeps CI repeatable; NEWS_SEED and NEWS_RUNS explore further
      { numRuns: Number(process.env.NEWS_RUNS ?? 200), seed: Number(process.env.NEWS_SEED ?? 20261129) },
    );
  });
});
