/**
 * Site profiles: each one matches the fixture pages it lists, points at real elements there, and the
 * generic heuristics reach the same result without any profile (most portals are unknown to us).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, loadAllFixtures, loadFixture } from '../../fixtures/pages/fixtures';
import { extractArticle, toArticleData } from '@/utils/extract';
import { buildPageModel } from '@/utils/extract/page';
import { matchProfile, PROFILES } from '@/utils/extract/profiles';
import { parseSelector, selectAll, selectFirst } from '@/utils/extract/select';
import { parse } from './helpers';

describe('profile table', () => {
  it('has unique ids and non-empty selectors', () => {
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
    for (const p of PROFILES) {
      expect(p.body.length).toBeGreaterThan(0);
      for (const sel of [...p.body, ...p.title, ...p.date, ...p.markers]) expect(parseSelector(sel), `${p.id}: ${sel}`).not.toBeNull();
    }
  });

  const listed = PROFILES.flatMap((p) => p.fixtures.map((f) => [p.id, f] as const));
  it.each(listed)('%s was built against %s, which matches it', (id, file) => {
    expect(existsSync(join(FIXTURE_DIR, file))).toBe(true);
    const fx = loadFixture(file.replace(/\.html$/, ''));
    const doc = parse(fx.html);
    const model = buildPageModel(doc);
    const p = matchProfile(model, fx.expected.url);
    expect(p?.id).toBe(id);
    expect(selectFirst(model, p!.body)).not.toBeNull();
  });

  it('matches nothing on an ordinary English news page', () => {
    const fx = loadFixture('news-en');
    expect(matchProfile(buildPageModel(parse(fx.html)), fx.expected.url)).toBeNull();
  });
});

describe('the generic heuristics stand on their own', () => {
  it.each(loadAllFixtures().map((f) => [f.name, f] as const))('%s without profiles', (_name, fx) => {
    const e = fx.expected;
    const d = toArticleData(extractArticle(parse(fx.html), e.url, { profiles: [] }));
    expect(d.isArticle).toBe(e.isArticle);
    if (e.title !== null) expect(d.title).toBe(e.title);
    expect(d.published).toBe(e.published);
    expect(d.signature).toEqual(e.signature);
    if (e.bodyStart !== null) expect(d.bodyText.startsWith(e.bodyStart)).toBe(true);
    if (e.bodyEnd !== null) expect(d.bodyText.endsWith(e.bodyEnd)).toBe(true);
  });
});

describe('selector matcher over the page model', () => {
  const doc = parse(`<html><body><div id="main" class="news-detail wide"><h1 class="title">T</h1><div class="content" data-x="a b"><p>x</p></div></div><div class="content other"><p>y</p></div></body></html>`);
  const model = buildPageModel(doc);
  it.each([
    ['.content', 2],
    ['#main .content', 1],
    ['div.news-detail h1.title', 1],
    ['[data-x~="b"]', 1],
    ['[data-x^="a"]', 1],
    ['[class*="other"]', 1],
    ['[class$="WIDE" i]', 1],
    ['p', 2],
    ['.missing', 0],
    ['div > p', 0],
  ])('%s', (sel, n) => {
    expect(selectAll(model, sel)).toHaveLength(n);
  });
});
