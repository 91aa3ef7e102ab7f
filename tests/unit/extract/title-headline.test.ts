/** Titles on newspaper pages: kicker spans, breadcrumb and SEO copies of the title, sources that disagree. */
import { describe, expect, it } from 'vitest';
import { splitKicker } from '@/utils/extract/headline';
import { kickerTail, socialAuthor, socialTitle, stripShortSuffix } from '@/utils/extract/title';
import { extract, parse } from './helpers';

const URL = 'https://www.tageblatt-nord.example/politik/wahl-123.html';

/** Invented German body text, long enough for the body scorer. */
function body(n = 5): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`<p>Im Rathaus von Nordheim wurde am Abend zum ${i + 1}. Mal ausgezählt, und die Helferinnen und Helfer arbeiteten bis spät in die Nacht, während draußen vor dem Gebäude viele Menschen auf das Ergebnis warteten und diskutierten.</p>`);
  }
  return out.join('\n');
}

function page(opts: { head?: string; header: string; after?: string }): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">${opts.head ?? ''}</head><body>
    <div class="site-header"><a href="/">Tageblatt Nord</a></div>
    <main><article>${opts.header}<div class="article-body">${body()}</div>${opts.after ?? ''}</article></main>
    <footer>Tageblatt Nord Verlag</footer></body></html>`;
}

describe('splitKicker', () => {
  it('splits a kicker span from the headline span and drops the hidden separator', () => {
    const doc = parse('<h1 id="t"><span class="article__kicker">Wahl in Nordheim</span><span class="visually-hidden">: </span><span class="article__headline">Die Grünen gewinnen knapp</span></h1>');
    expect(splitKicker(doc.getElementById('t'))).toEqual({ kicker: 'Wahl in Nordheim', headline: 'Die Grünen gewinnen knapp', classed: true });
  });

  it('counts a headline class on the last part as naming the parts', () => {
    const doc = parse('<h2 id="t"><span class="red small">Nach der Wahl</span><span class="story-head_headline big">Koalition steht in Nordheim</span></h2>');
    expect(splitKicker(doc.getElementById('t'))?.classed).toBe(true);
  });

  it('gives null for a heading that is one run of text, even inside wrappers', () => {
    const doc = parse('<h1 id="t"><a href="/x"><span>Die Grünen gewinnen knapp</span></a></h1>');
    expect(splitKicker(doc.getElementById('t'))).toBeNull();
  });

  it('does not call inline emphasis a kicker', () => {
    const doc = parse('<h1 id="t">Der <em>leise</em> Hafen von Nordheim</h1>');
    expect(splitKicker(doc.getElementById('t'))?.classed ?? false).toBe(false);
  });
});

describe('kickerTail', () => {
  it('finds the headline after a short kicker and a separator', () => {
    expect(kickerTail('Wahl 2024: Die Grünen gewinnen knapp', 'die grunen gewinnen knapp')).toBe('Die Grünen gewinnen knapp');
    expect(kickerTail('Wahl 2024 - Die Grünen gewinnen knapp', 'die grunen gewinnen knapp')).toBe('Die Grünen gewinnen knapp');
  });

  it('gives null when the tail is a different text', () => {
    expect(kickerTail('Wahl 2024: Die Grünen gewinnen knapp', 'die spd gewinnt')).toBeNull();
  });
});

describe('findTitle with kickers', () => {
  it('takes the h1 headline without its classed kicker when nothing is declared', () => {
    const html = page({ header: '<h1><span class="title__overline">Wahl in Nordheim</span><span class="h-offscreen"> - </span><span class="title__text">Die Grünen gewinnen knapp</span></h1>' });
    expect(extract(html, URL).title).toBe('Die Grünen gewinnen knapp');
  });

  it('takes the headline span when og:title declares it alone, though <title> carries the kicker', () => {
    const html = page({
      head: '<title>Wahl in Nordheim: Die Grünen gewinnen knapp | Tageblatt Nord</title><meta property="og:title" content="Die Grünen gewinnen knapp">',
      header: '<h2><span class="roofline">Wahl in Nordheim</span> <span>Die Grünen gewinnen knapp</span></h2>',
    });
    expect(extract(html, URL).title).toBe('Die Grünen gewinnen knapp');
  });

  it('keeps the kicker when every declared title carries it (regression: toplines dropped against the site\'s own title)', () => {
    const html = page({
      head: '<title>Wahl in Nordheim: Die Grünen gewinnen knapp</title><meta property="og:title" content="Wahl in Nordheim: Die Grünen gewinnen knapp">',
      header: '<h1><span class="kicker">Wahl in Nordheim</span><span class="hide">: </span><span>Die Grünen gewinnen knapp</span></h1>',
    });
    expect(extract(html, URL).title).toBe('Wahl in Nordheim: Die Grünen gewinnen knapp');
  });

  it('drops a declared kicker that differs from the one shown, keeping the shared headline', () => {
    const html = page({
      head: '<meta property="og:title" content="Streit im Rat: «Wir haben genug gewartet»">',
      header: '<h1><span class="article-title__overline">Nach der Wahl</span><span class="article-title__text">«Wir haben genug gewartet»</span></h1>',
    });
    expect(extract(html, URL).title).toBe('«Wir haben genug gewartet»');
  });

  it('cuts a `Kicker: ` prefix from a plain heading when og:title is the headline alone', () => {
    const html = page({
      head: '<title>"Es bleibt knapp": Die Grünen gewinnen in Nordheim - Tageblatt Nord</title><meta property="og:title" content="Die Grünen gewinnen in Nordheim">',
      header: '<h1>"Es bleibt knapp": Die Grünen gewinnen in Nordheim</h1>',
    });
    expect(extract(html, URL).title).toBe('Die Grünen gewinnen in Nordheim');
  });

  it('does not take a kicker-styled teaser heading that no source declares (regression: a related-story title won)', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta property="og:title" content="Nordheim zählt bis in die Nacht"></head><body>
      <nav class="breadcrumbs"><h1 class="breadcrumbs__item">Nordheim zählt bis in die Nacht</h1></nav>
      <main><article><div class="article-body">${body()}</div></article>
      <div class="more"><h4><div class="catchline">Hafen</div><span class="teaser__title">Neue Fähre für die Insel geplant</span></h4></div></main></body></html>`;
    expect(extract(html, URL).title).toBe('Nordheim zählt bis in die Nacht');
  });
});

describe('findTitle with breadcrumb and SEO headings', () => {
  it('prefers the shown headline over an h1 that is the last breadcrumb item (regression: SEO title in the trail won)', () => {
    const html = page({
      head: '<title>Wahl Nordheim: Ergebnis, Zahlen, Stimmen</title><meta property="og:title" content="Wahl Nordheim: Ergebnis, Zahlen, Stimmen"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Knapper Sieg: Die Grünen holen Nordheim"}</script>',
      header: '<div class="crumbs"><a href="/">Home</a> <h1 data-breadcrumb-headline="">Wahl Nordheim: Ergebnis, Zahlen, Stimmen</h1></div><h2 class="headline">Knapper Sieg: Die Grünen holen Nordheim</h2>',
    });
    expect(extract(html, URL).title).toBe('Knapper Sieg: Die Grünen holen Nordheim');
  });

  it('skips an h1 inside <nav> and takes the headline of the kicker heading that og:title declares', () => {
    const html = page({
      head: '<title>Neue Schule in Nordheim: Ein Haus für alle - Tageblatt</title><meta property="og:title" content="Ein Haus für alle">',
      header: '<h2><span class="article__kicker">Neue Schule in Nordheim</span> <span class="article__headline">Ein Haus für alle</span></h2>',
    }).replace('<main>', '<nav class="path"><a href="/">Start</a> <h1>Neue Schule in Nordheim: Ein Haus für alle</h1></nav><main>');
    expect(extract(html, URL).title).toBe('Ein Haus für alle');
  });

  it('skips an h1 that ends an unnamed list of links (regression: a breadcrumb slider without a class)', () => {
    const html = page({
      head: '<title>Wahl Nordheim: Ergebnis und Zahlen</title><meta property="og:title" content="Knapper Sieg: Die Grünen holen Nordheim">',
      header: '<ol class="flex row"><li><a href="/">Start</a></li><li><a href="/politik/">Politik</a></li><li><h1>Wahl Nordheim: Ergebnis und Zahlen</h1></li></ol><h2><span data-cy="kicker">Knapper Sieg</span> <span class="big">Die Grünen holen Nordheim</span></h2>',
    });
    expect(extract(html, URL).title).toBe('Knapper Sieg: Die Grünen holen Nordheim');
  });

  it('skips an h1 that is only a link home (the site logo)', () => {
    const html = page({
      head: '<title>Die Grünen holen Nordheim — Nordblatt Online</title>',
      header: '<h2>Die Grünen holen Nordheim</h2>',
    }).replace('<div class="site-header"><a href="/">Tageblatt Nord</a></div>', '<div class="site-header"><h1><a href="index.html">Nordblatt Online</a></h1></div>');
    expect(extract(html, URL).title).toBe('Die Grünen holen Nordheim');
  });

  it('still uses a breadcrumb h1 when it is the only heading', () => {
    const html = `<!DOCTYPE html><html lang="de"><head></head><body><div class="breadcrumb"><h1>Nordheim zählt bis in die Nacht</h1></div>
      <main><div class="article-body">${body()}</div></main></body></html>`;
    expect(extract(html, URL).title).toBe('Nordheim zählt bis in die Nacht');
  });
});

describe('bylines far from the title', () => {
  it('reads author markup at the article end when a page-wide wrapper is named like a card (regression: main.l-card hid it)', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta property="og:title" content="Die Grünen gewinnen knapp"></head><body>
      <main class="l-card"><article><h1>Die Grünen gewinnen knapp</h1>${body(30)}
      <p class="article-reference">Radio Nord, 15.4.2024; <span itemprop="author">Jana Keller</span></p></article></main></body></html>`;
    expect(extract(html, URL).authors).toEqual(['Jana Keller']);
  });

  it('reads an author given only as microdata <meta itemprop="name"> inside the author element', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Floating classrooms</title></head><body>
      <article><h1>Floating classrooms</h1><div itemprop="author" itemscope><meta itemprop="name" content="Jane Doe"><meta itemprop="additionalName" content="janedoe"></div>${body(30)}</article></body></html>`;
    expect(extract(html, URL).authors).toEqual(['Jane Doe']);
  });

  it('reads a right-aligned name alone at the end of a French article as its author, but not a bold closing phrase', () => {
    const page = (last: string) => `<!DOCTYPE html><html lang="fr"><head><title>Travailler moins</title></head><body>
      <article><h1>Travailler moins</h1>${body(8)}<p align="right"><em>${last}</em></p></article></body></html>`;
    expect(extract(page('Denis Clerc'), URL).authors).toEqual(['Denis Clerc']);
    expect(extract(page('Lire aussi'), URL).authors).toEqual([]);
    expect(extract(page('Alternatives Économiques, 2006'), URL).authors).toEqual([]);
  });

  it.each([
    ['<p>Reporting by Jane Doe in Hanoi; Editing by Tom Lee</p>', ['Jane Doe']],
    ['<p>(Reporting by Jane Doe and Ravi Patel; Editing by Tom Lee)</p>', ['Jane Doe', 'Ravi Patel']],
    ['<p>— Jane Doe</p>', ['Jane Doe']],
    ['<p>Editing by Tom Lee</p>', []],
    ['<p>— and that was the end of it</p>', []],
  ])('reads the reporters from a wire credit or a dashed name at the end when there is no byline: %s', (end, names) => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Floating classrooms</title></head><body><article><h1>Floating classrooms</h1>${body(6)}${end}</article></body></html>`;
    expect(extract(html, URL).authors).toEqual(names);
  });

  it('leaves the category out of a "Posted by … in <category>" byline', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Ein langer Tag</title></head><body>
      <article><h1>Ein langer Tag</h1><p>Posted <span class="by-author"> by <span class="author vcard"><a class="url fn n" href="/author/jdoe/" rel="author">Jana Doe</a></span></span> in <a href="/category/tagebuch/" rel="category tag">Tagebuch</a></p>${body(8)}</article></body></html>`;
    expect(extract(html, URL).authors).toEqual(['Jana Doe']);
  });

  it('writes out a user name from JSON-LD when the page gives the name in full, and keeps it when it does not', () => {
    const page = (end: string) => `<!DOCTYPE html><html lang="de"><head><title>Wahl in Nordheim</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Wahl in Nordheim","author":{"@type":"Person","name":"jana.keller"}}</script></head><body>
      <article><h1>Wahl in Nordheim</h1>${body(8)}<p>Die Gemeindepolitik bleibt spannend. ${end}</p></article>
      <aside class="comments"><p>Jana schrieb: gut so. Keller-Bauer meint das auch.</p></aside></body></html>`;
    expect(extract(page('(Jana M. Keller)'), URL).authors).toEqual(['Jana M. Keller']);
    expect(extract(page('(Jana Keller)'), URL).authors).toEqual(['Jana Keller']);
    // the first name alone, or the two names apart, are not the written name
    expect(extract(page('(Jana Müller)'), URL).authors).toEqual(['jana.keller']);
    expect(extract(page(''), URL).authors).toEqual(['jana.keller']);
  });

  it('writes out initials in a byline from the linked author page when the page gives that name', () => {
    const page = (footer: string, slug = 'donaldtownsend') => `<!DOCTYPE html><html lang="de"><head><title>Ein langer Tag</title></head><body>
      <article><h1>Ein langer Tag</h1><p>Posted <span class="by-author"> by <span class="author vcard"><a class="url fn n" href="/author/${slug}/" rel="author">DT</a></span></span></p>${body(8)}</article>
      <footer>${footer}</footer></body></html>`;
    expect(extract(page('Ein Hundetagebuch von Donald Townsend steht unter einer freien Lizenz.'), URL).authors).toEqual(['Donald Townsend']);
    // no written name, or one whose initials are not the byline's
    expect(extract(page('Ein Hundetagebuch steht unter einer freien Lizenz.'), URL).authors).toEqual(['DT']);
    expect(extract(page('Fotos: Maria Townsend', 'mariatownsend'), URL).authors).toEqual(['DT']);
  });

  it('drops an author field holding a phrase, not a name ("deinen Hochzeitsbloggern")', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Die Location</title><meta name="author" content="deinen Hochzeitsbloggern"></head><body>
      <article><h1>Die Location</h1>${body(8)}</article></body></html>`;
    expect(extract(html, URL).authors).toEqual([]);
    const particle = `<!DOCTYPE html><html lang="nl"><head><title>De dijk</title><meta name="author" content="van Dijk"></head><body><article><h1>De dijk</h1>${body(8)}</article></body></html>`;
    expect(extract(particle, URL).authors).toEqual(['van Dijk']);
  });

  it('does not take the author of a related story listed beside a short article without a byline', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Floating classrooms</title></head><body><main>
      <article><h1>Floating classrooms</h1>${body(3)}</article>
      <aside class="related"><h2>Related stories</h2><ul><li><a href="/r/1">Bridge repairs finish early</a> <span class="author">By Tomás Ortega</span></li></ul></aside></main></body></html>`;
    expect(extract(html, URL).authors).toEqual([]);
  });

  it('still ignores author markup inside a teaser card of another story', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta property="og:title" content="Die Grünen gewinnen knapp"></head><body>
      <main><article><h1>Die Grünen gewinnen knapp</h1>${body(30)}</article>
      <div class="teaser-card"><a href="/b">Andere Geschichte</a><span itemprop="author">Otto Brenner</span></div></main></body></html>`;
    expect(extract(html, URL).authors).toEqual([]);
  });
});

describe('site names', () => {
  it('does not take an application-name that repeats the headline for the site (regression: the h1 was trimmed as a site name)', () => {
    const html = page({
      head: '<title>Die Grünen gewinnen knapp in Nordheim</title><meta name="application-name" content="Die Grünen gewinnen knapp in Nordheim"><meta property="og:title" content="Die Grünen gewinnen knapp in Nordheim">',
      header: '<h1><a href="/">Tageblatt</a> <a href="/politik">Politik</a></h1><h1 itemprop="headline">Die Grünen gewinnen knapp in Nordheim</h1>',
    });
    const d = extract(html, URL);
    expect(d.title).toBe('Die Grünen gewinnen knapp in Nordheim');
    expect(d.site).not.toBe('Die Grünen gewinnen knapp in Nordheim');
  });
});

describe('findTitle when heading and declared title nearly agree', () => {
  it('keeps the heading when og:title adds one word to it', () => {
    const html = page({
      head: '<meta property="og:title" content="Bürgermeister Lenz warnt vor leeren Kassen im Herbst">',
      header: '<h1>Bürgermeister warnt vor leeren Kassen im Herbst</h1>',
    });
    expect(extract(html, URL).title).toBe('Bürgermeister warnt vor leeren Kassen im Herbst');
  });

  it('keeps the heading when the <title> spells one word with broken bytes', () => {
    const html = page({
      head: '<title>Hafenblog : Neue Fähren und altes Wetter im HafenÂ´s Norden</title>',
      header: '<h1><a href="/2024/fahren.html">Neue Fähren und altes Wetter im Hafen’s Norden</a></h1>',
    });
    expect(extract(html, URL).title).toBe('Neue Fähren und altes Wetter im Hafen’s Norden');
  });

  it('does not match headings that differ by a number (part 2 is not part 3)', () => {
    const html = page({
      head: '<meta property="og:title" content="Die große Serie über den Hafen Teil 2">',
      header: '<h2>Die große Serie über den Hafen Teil 3</h2>',
    });
    expect(extract(html, URL).title).toBe('Die große Serie über den Hafen Teil 2');
  });

  it('keeps a heading that lengthens a declared title which carries a site suffix', () => {
    const html = page({
      head: '<meta property="og:title" content="Saftiger Apfelkuchen vom Blech | Nordblatt"><meta property="og:site_name" content="Nordblatt">',
      header: '<h1>Saftiger Apfelkuchen vom Blech: ganz einfach</h1>',
    });
    expect(extract(html, URL).title).toBe('Saftiger Apfelkuchen vom Blech: ganz einfach');
  });

  it('does not split a drop cap from its word (regression: `H` + `äufige Fragen` read as kicker and headline)', () => {
    const doc = parse('<h3 id="t"><span class="cap">H</span>äufige Fragen zum Rezept</h3>');
    expect(splitKicker(doc.getElementById('t'))).toBeNull();
  });
});

describe('findTitle when the declared title is only the site', () => {
  it('takes the heading when <title> is the site name spelt like the host', () => {
    const html = page({ head: '<title>Anwalt Kesselring</title>', header: '<h1>Willkommen!</h1>' });
    expect(extract(html, 'https://anwaltkesselring.example/').title).toBe('Willkommen!');
  });

  it('skips a logo heading that links to an archived copy of the home page', () => {
    const html = page({
      head: '<title>Hafenblog Nord » Archiv » Neue Fähren für den Norden</title>',
      header: '<h2>Neue Fähren für den Norden</h2>',
    }).replace('<div class="site-header"><a href="/">Tageblatt Nord</a></div>', '<h1><a href="https://archive.example/web/2014/http://www.hafenblog.example/">Hafenblog Nord</a></h1>');
    expect(extract(html, URL).title).toBe('Neue Fähren für den Norden');
  });

  it('reads a dc:title meta property', () => {
    const html = page({ head: '<title>Seite</title><meta property="dc:title" content="Nordheim wählt neu">', header: '<p>Ohne Überschrift</p>' });
    expect(extract(html, URL).title).toBe('Nordheim wählt neu');
  });
});

describe('forum and link-aggregator posts', () => {
  /** A post with its title in `<a class="title">`, the poster in `data-author`, and a comment thread below. */
  const thread = (postAttrs: string): string => `<!DOCTYPE html><html lang="en"><head><title>Harbour ferries return : harbourtown</title></head><body>
    <div class="content" role="main">
      <div class="thing link" ${postAttrs}><a class="title" href="/r/harbourtown/1/">Harbour ferries return</a>
        <div class="entry"><div class="md"><p>The council confirmed this morning that both ferries will run again from Monday, with the early crossing restored for commuters and a later one added on Fridays during the summer.</p></div></div></div>
      <div class="commentarea"><div class="thing comment"><p class="tagline"><a class="author" href="/user/gull_watcher">gull_watcher</a> <span>12 points</span></p>
        <div class="md"><p>About time. The bus detour added forty minutes each way and nobody on the council seemed to notice how many people it affected every single day.</p></div></div></div>
    </div></body></html>`;

  it('finds the title in an inline title element and trims the board name after a short separator', () => {
    expect(extract(thread('data-author="ferry_fan"'), 'https://forum.example/r/harbourtown/1/').title).toBe('Harbour ferries return');
  });

  it('takes the poster from data-author on the element holding the title', () => {
    expect(extract(thread('data-author="ferry_fan"'), 'https://forum.example/r/harbourtown/1/').authors).toEqual(['ferry_fan']);
  });

  it('does not take a commenter for the author (regression: the first comment\'s author was returned)', () => {
    expect(extract(thread(''), 'https://forum.example/r/harbourtown/1/').authors).toEqual([]);
  });
});

describe('author archive links and author labels', () => {
  it('reads every author from links to their archive pages under the title', () => {
    const html = page({
      header: '<h1>Die Grünen gewinnen knapp</h1><ul class="metaInfoAuthorList"><li><a href="https://www.tageblatt-nord.example/author/jkeller/">Jana Keller</a></li><li><a href="/author/obrenner/">Otto Brenner</a></li></ul>',
    });
    expect(extract(html, URL).authors).toEqual(['Jana Keller', 'Otto Brenner']);
  });

  it('takes the name after an `Autor:` label on its own line', () => {
    const html = page({ header: '<h1>Die Grünen gewinnen knapp</h1><div class="info"><h5>Datum:</h5>03.11.2021<br><h5>Autor:</h5>Jana Keller</div>' });
    expect(extract(html, URL).authors).toEqual(['Jana Keller']);
  });

  it('cuts the label from `Author: Jane Doe`', () => {
    const html = page({ header: '<h1>Die Grünen gewinnen knapp</h1><p class="info">Author: Jane Doe</p>' });
    expect(extract(html, URL).authors).toEqual(['Jane Doe']);
  });
});

describe('weak author metadata', () => {
  it('prefers the name shown in the byline over a user name in JSON-LD', () => {
    const html = page({
      head: '<script type="application/ld+json">{"@type":"Article","headline":"Die Grünen gewinnen knapp","author":{"@type":"Person","name":"janakeller"}}</script>',
      header: '<h1>Die Grünen gewinnen knapp</h1><div class="post-header_author"><span>von</span> <a href="/creator/jana-keller/">Jana Keller</a></div>',
    });
    expect(extract(html, URL).authors).toEqual(['Jana Keller']);
  });

  it('prefers a person in the byline over meta author naming the outlet itself', () => {
    const html = page({
      head: '<meta name="author" content="TBN"><meta property="og:site_name" content="TBN">',
      header: '<h1>Die Grünen gewinnen knapp</h1><p class="reader__meta-info">von <a href="/autoren/name/jana-keller">Dr. Jana Keller</a></p>',
    });
    expect(extract(html, URL).authors).toEqual(['Dr. Jana Keller']);
  });

  it('keeps a proper metadata name even when the byline shows another spelling', () => {
    const html = page({
      head: '<meta name="author" content="Jana Keller">',
      header: '<h1>Die Grünen gewinnen knapp</h1><p class="byline">Von Otto Brenner</p>',
    });
    expect(extract(html, URL).authors).toEqual(['Jana Keller']);
  });
});

describe('site name from the link home', () => {
  const doc = (nav: string, title: string): string => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>
    <header><nav>${nav}</nav></header><main><h1>Harbour</h1>${body()}</main></body></html>`;

  it('trims a <title> suffix that the header link home names', () => {
    const d = extract(doc('<a href="/">HDN</a>', 'Harbour - Ferries | HDN'), 'file:///tmp/page.html');
    expect(d.site).toBe('HDN');
    expect(d.title).toBe('Harbour - Ferries');
  });

  it('drops a "logo" word from the link text', () => {
    expect(extract(doc('<a href="/"><img src="l.png" alt="Harbour Daily logo"></a>', 'Harbour'), 'file:///tmp/page.html').site).toBe('Harbour Daily');
  });

  it('takes no sentence, control or "home" link for the site', () => {
    for (const nav of ['<a href="/">Hi, I am Nico.</a>', '<a href="/">[ up ]</a>', '<a href="/">Home</a>']) {
      expect(extract(doc(nav, 'Harbour'), 'file:///tmp/page.html').site).toBe('');
    }
  });

  it('ignores an absolute link to another host (the parent company)', () => {
    expect(extract(doc('<a href="https://www.parentco.example">Parentco</a>', 'Harbour'), 'https://books.harbour.example/ch1.html').site).not.toBe('Parentco');
  });

  it('keeps og:site_name even when a careless og:title repeats it (regression: the site name was dropped)', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour ferries return</title><meta property="og:site_name" content="International Harbour Union - IHU"><meta property="og:title" content="International Harbour Union - IHU"></head><body><main><h1>Harbour ferries return</h1>${body()}</main></body></html>`;
    expect(extract(html, URL).site).toBe('International Harbour Union - IHU');
  });
});

describe('heading text', () => {
  it('drops the permalink mark documentation generators append', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Shared history — harbour docs</title></head><body><main>
      <h1><a class="toc-backref" href="#id4">Shared history</a><a class="headerlink" href="#shared-history" title="Permalink to this headline">¶</a></h1>${body()}</main></body></html>`;
    expect(extract(html, URL).title).toBe('Shared history');
  });
});

describe('declared titles without a heading to confirm them', () => {
  it('drop a short site tail after a spaced separator, but not a second clause of the headline', () => {
    expect(stripShortSuffix('Lorem ipsum dolor sit amet – My website')).toBe('Lorem ipsum dolor sit amet');
    expect(stripShortSuffix('How to build a terrarium at home | Garden Blog')).toBe('How to build a terrarium at home');
    // German capitalises nouns: a clause as long as half the headline is part of it
    expect(stripShortSuffix('Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung')).toBe('Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung');
    expect(stripShortSuffix('Prices rise again - and nobody is surprised')).toBe('Prices rise again - and nobody is surprised');
    expect(stripShortSuffix('Two words – Site')).toBe('Two words – Site');
  });

  it('read a post title the way X writes it', () => {
    expect(socialTitle('(4) Heinrich on X: "obsidian + claude code 101" / X')).toBe('obsidian + claude code 101');
    expect(socialTitle('Jane Doe on Twitter: “Ngày hội đọc sách” / Twitter')).toBe('Ngày hội đọc sách');
    expect(socialTitle('(12) Trang chủ')).toBe('Trang chủ');
    expect(socialTitle('(2020) Báo cáo tổng kết')).toBe('(2020) Báo cáo tổng kết');
    expect(socialAuthor('(4) Heinrich on X: "obsidian + claude code 101" / X')).toBe('Heinrich');
    expect(socialAuthor('Heinrich on holiday: a diary')).toBe('');
  });

  it('names the poster of an X post that has no byline', () => {
    const d = extract(`<html lang="en"><head><title>(3) Jane Doe on X: "Library opening hours change on Monday" / X</title></head><body><article><p>${'Library opening hours change on Monday, and the reading room closes later. '.repeat(5)}</p></article></body></html>`, 'https://x.com/janedoe/status/1');
    expect(d.title).toBe('Library opening hours change on Monday');
    expect(d.authors).toEqual(['Jane Doe']);
  });

  it('uses them on a page with only a <title>', () => {
    const d = extract(`<html lang="en"><head><title>Lorem ipsum dolor sit amet – My website</title></head><body><p>${'Some text here, with commas, and more. '.repeat(20)}</p></body></html>`, 'https://blog.example/post/1');
    expect(d.title).toBe('Lorem ipsum dolor sit amet');
  });
});

describe('a portal <title> cut short', () => {
  it('takes the page h1 that carries the full headline', () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Tập huấn nghiệp vụ thi đua - Sở Nội vụ tỉnh Sông Mây</title></head><body>
      <header><p>Cổng thông tin điện tử Sở Nội vụ tỉnh Sông Mây</p></header>
      <h1>Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã</h1><p>24/07/2020</p>${body(6)}</body></html>`;
    expect(extract(html, 'https://snv.songmay.gov.vn/tin-tuc/tap-huan-123.html').title).toBe('Tập huấn nghiệp vụ thi đua, khen thưởng năm 2020 cho cán bộ cấp xã');
  });

  it('takes the h1 when <title> only names the page type (`Chi tiết tin tức`, `Trang tin`)', () => {
    for (const generic of ['Chi tiết tin tức - Sở Nội vụ tỉnh Sông Mây', 'Trang tin', 'Tin tức - Sự kiện']) {
      const html = `<!DOCTYPE html><html lang="vi"><head><title>${generic}</title></head><body>
        <h1>Tổ chức hội nghị cán bộ, công chức năm 2024</h1><p>12/01/2024</p>${body(6)}</body></html>`;
      expect(extract(html, 'https://snv.songmay.gov.vn/tin-tuc/hoi-nghi-456.html').title, generic).toBe('Tổ chức hội nghị cán bộ, công chức năm 2024');
    }
  });
});
