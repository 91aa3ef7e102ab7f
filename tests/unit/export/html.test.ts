import { describe, expect, it } from 'vitest';
import { buildHtml, escapeHtml } from '@/utils/export/html';
import { cleanLine, cleanText } from '@/utils/export/text';
import { HOSTILE, makeClip, makeHighlight, makeInput, ONE_MB_NOTE } from './fixtures';

const ALLOWED_TAGS = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'HEADER', 'H1', 'H2', 'H3', 'P', 'MAIN', 'SECTION', 'ARTICLE', 'DL', 'DT', 'DD', 'A', 'SPAN', 'OL', 'LI', 'BLOCKQUOTE', 'STRONG']);
const ALLOWED_ATTRS = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'href', 'rel']);

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('Việt Nam — không đổi')).toBe('Việt Nam — không đổi');
  });

  it('round-trips any hostile text through a real parser as text', () => {
    // Builders escape cleaned text (no control characters, LF line ends), so that is what is tested.
    for (const s of HOSTILE.map(cleanText)) {
      const doc = parseHtml(`<!DOCTYPE html><body><p title="${escapeHtml(s)}">${escapeHtml(s)}</p></body>`);
      const p = doc.querySelector('p')!;
      expect(doc.body.children).toHaveLength(1);
      expect(p.children).toHaveLength(0);
      expect(p.getAttributeNames()).toEqual(['title']);
      expect(p.textContent).toBe(s);
      expect(p.getAttribute('title')).toBe(s);
    }
  });
});

describe('buildHtml', () => {
  it('is one self-contained page: charset, lang, inline print CSS, no scripts or remote loads', () => {
    const clip = makeClip();
    const html = buildHtml(makeInput([clip], [makeHighlight(clip, { colour: 'green' })], { locale: 'en' }));
    const doc = parseHtml(html);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(doc.querySelector('style')?.textContent).toMatch(/\.hl-green blockquote \{ background: #[0-9A-F]{6}; \}/);
    expect(doc.querySelector('li.hl-green blockquote')).not.toBeNull();
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe('Highlights summary');
  });

  it('shows the article fields and highlights in order, Vietnamese intact', () => {
    const clip = makeClip({ tags: ['thi đua'] });
    const hs = [makeHighlight(clip, { start: 50, quote: 'Sau', note: 'Ghi chú\nhai dòng' }), makeHighlight(clip, { start: 1, quote: 'Trước' })];
    const doc = parseHtml(buildHtml(makeInput([clip], hs)));
    expect(doc.querySelector('article h2')?.textContent).toBe(clip.title);
    const dl = [...doc.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(dl).toContainEqual(['Ngày đăng', '24/07/2020']);
    expect(dl).toContainEqual(['Đơn vị', 'Ban Thi đua, Khen thưởng - Sở Nội vụ']);
    expect(dl).toContainEqual(['Thẻ', 'thi đua']);
    expect([...doc.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual(['Trước', 'Sau']);
    expect(doc.querySelector('.note')?.textContent).toBe('Ghi chú: Ghi chú\nhai dòng');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(clip.url);
  });

  it('never lets hostile text become a tag or an attribute', () => {
    const clips = HOSTILE.map((t) => makeClip({ title: t, site: t, authors: [t], tags: [t], signature: { text: t, authors: [], unit: t, source: null } }));
    const pick = (i: number) => HOSTILE[i % HOSTILE.length];
    const hs = clips.map((c, i) => makeHighlight(c, { quote: pick(i + 1), note: pick(i + 5), tags: [pick(i)] }));
    for (const groupBy of ['article', 'tag'] as const) {
      const doc = parseHtml(buildHtml(makeInput(clips, hs, { groupBy })));
      for (const el of doc.querySelectorAll('*')) {
        expect(ALLOWED_TAGS.has(el.tagName), el.tagName).toBe(true);
        for (const name of el.getAttributeNames()) expect(ALLOWED_ATTRS.has(name), name).toBe(true);
      }
      const titles = [...doc.querySelectorAll('article > h2, article > h3')].map((h) => h.textContent);
      expect(new Set(titles)).toEqual(new Set(HOSTILE.map(cleanLine)));
      const quotes = [...doc.querySelectorAll('blockquote')].map((b) => b.textContent);
      expect(new Set(quotes)).toEqual(new Set(hs.map((h) => cleanText(h.quote))));
    }
  });

  it('links only http(s) pages', () => {
    const clip = makeClip({ url: 'javascript:alert(1)' });
    const doc = parseHtml(buildHtml(makeInput([clip], [])));
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Chưa có đoạn đánh dấu.');
  });

  it('carries a 1 MB note', () => {
    const clip = makeClip();
    const doc = parseHtml(buildHtml(makeInput([clip], [makeHighlight(clip, { note: ONE_MB_NOTE })])));
    expect(doc.querySelector('.note')?.textContent).toBe(`Ghi chú: ${ONE_MB_NOTE}`);
  });
});
