/**
 * Acceptance: every field of every demo fixture page (tests/fixtures/pages/*.expected.json), on the
 * DOM Vitest gives us (happy-dom), through the same path the content script takes.
 */
import { describe, expect, it } from 'vitest';
import { loadAllFixtures } from '../../fixtures/pages/fixtures';
import { extractArticle, extractArticleSliced, toArticleData } from '@/utils/extract';

const nfc = (s: string | null): string | null => (s === null ? null : s.normalize('NFC'));

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const fixtures = loadAllFixtures();

describe('extractArticle on the demo fixtures', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it('gives the same article in slices (the content script\'s first detection) as in one piece', async () => {
    for (const fx of fixtures) {
      let pauses = 0;
      const sliced = await extractArticleSliced(parse(fx.html), fx.expected.url, async () => void pauses++);
      expect(toArticleData(sliced), fx.name).toEqual(toArticleData(extractArticle(parse(fx.html), fx.expected.url)));
      expect(pauses).toBe(4);
    }
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fx) => {
    const e = fx.expected;
    const data = toArticleData(extractArticle(parse(fx.html), e.url));

    it('isArticle', () => expect(data.isArticle).toBe(e.isArticle));
    it('title', () => {
      if (e.title !== null) expect(data.title).toBe(nfc(e.title));
    });
    it('published and publishedText', () => {
      expect(data.published).toBe(e.published);
      expect(data.publishedText).toBe(nfc(e.publishedText));
    });
    it('modified', () => expect(data.modified).toBe(e.modified));
    it('authors', () => expect(data.authors).toEqual(e.authors.map((a) => a.normalize('NFC'))));
    it('signature', () => expect(data.signature).toEqual(e.signature));
    it('document number', () => expect(data.documentNumber).toBe(e.documentNumber));
    it('attachments', () => expect(data.attachments).toEqual(e.attachments));
    it('record details', () => expect(data.recordDetails).toEqual(e.recordDetails));
    it('body start, end and exclusions', () => {
      if (e.bodyStart !== null) expect(data.bodyText.startsWith(nfc(e.bodyStart) as string)).toBe(true);
      if (e.bodyEnd !== null) expect(data.bodyText.endsWith(nfc(e.bodyEnd) as string)).toBe(true);
      for (const x of e.bodyExcludes) expect(data.bodyText).not.toContain(x.normalize('NFC'));
    });
    it('event dates', () => expect(data.eventDates).toEqual(e.eventDates));
    it('lang and site', () => {
      expect(data.lang).toBe(e.lang);
      expect(data.site).toBe(nfc(e.site));
    });
    it('every string is NFC', () => {
      const strings = [data.title, data.bodyText, data.publishedText ?? '', data.site, ...data.authors, data.signature?.text ?? ''];
      for (const s of strings) expect(s).toBe(s.normalize('NFC'));
    });
  });
});
