import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { normalizeUrl, pageIdentity, parseHttpUrl, sameArticle, siteOf } from '@/utils/url';

function docWithHead(head: string): Document {
  const win = new Window({ url: 'https://example.gov.vn/' });
  const doc = win.document as unknown as Document;
  doc.head.innerHTML = head;
  return doc;
}

describe('normalizeUrl', () => {
  it.each([
    // SharePoint portals: the item id is the article; tracking from a Zalo share is not.
    [
      'https://SNV.TinhMau.gov.vn/Pages/View_Detail.aspx?ItemID=1234&zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo',
      'https://snv.tinhmau.gov.vn/Pages/View_Detail.aspx?ItemID=1234',
    ],
    // Liferay/WebSphere: the long portlet path is the identity; only the fragment goes.
    [
      'https://tinhmau.gov.vn/wps/portal/Home/tin-tuc/chi-tiet/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfI/#Z7_ABC',
      'https://tinhmau.gov.vn/wps/portal/Home/tin-tuc/chi-tiet/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfI/',
    ],
    // Custom CMS slug with an id; Facebook click id and the default port dropped.
    [
      'http://baotinhmau.vn:80/tin-tuc/hoi-nghi-tong-ket-cong-tac-thi-dua-123456.html?fbclid=IwAR0abc#binh-luan',
      'http://baotinhmau.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-thi-dua-123456.html',
    ],
    // Meaningful parameters kept, sorted by name, spelling untouched.
    ['https://x.gov.vn/news.aspx?p=2&id=77&gclid=1&_ga=2.1&mc_cid=9', 'https://x.gov.vn/news.aspx?id=77&p=2'],
    // Zalo's own parameters, `ref` and `share`.
    ['https://x.gov.vn/a?gidzl=AbC&zalo_source=1&ref=home&share=fb&cat=5', 'https://x.gov.vn/a?cat=5'],
    // Repeated names keep their order.
    ['https://x.gov.vn/a?tag=b&tag=a', 'https://x.gov.vn/a?tag=b&tag=a'],
    // Client-side routes survive; plain anchors do not.
    ['https://x.gov.vn/app#/tin-tuc/12', 'https://x.gov.vn/app#/tin-tuc/12'],
    ['https://x.gov.vn/app#!/tin-tuc/12', 'https://x.gov.vn/app#!/tin-tuc/12'],
    // Nothing left in the query: no dangling '?'.
    ['https://x.gov.vn/a?utm_source=x', 'https://x.gov.vn/a'],
    // Lower-case escapes upper-cased.
    ['https://x.gov.vn/tin%2dtuc?q=%c3%a1', 'https://x.gov.vn/tin%2Dtuc?q=%C3%A1'],
    // Trailing index.html and slashes are kept: some servers treat them differently.
    ['https://x.gov.vn/tin-tuc/index.html', 'https://x.gov.vn/tin-tuc/index.html'],
  ])('%s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('gives NFC and NFD Vietnamese slugs the same key (regression: NFD paths made a second clip)', () => {
    const nfc = 'https://x.gov.vn/tin-tức/hòa-giải'.normalize('NFC');
    const nfd = 'https://x.gov.vn/tin-tức/hòa-giải'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(normalizeUrl(nfd)).toBe(normalizeUrl(nfc));
    expect(normalizeUrl(nfc)).toBe(normalizeUrl(encodeURI(nfc)));
  });

  it('leaves non-http URLs alone', () => {
    expect(normalizeUrl(' chrome://extensions/ ')).toBe('chrome://extensions/');
    expect(parseHttpUrl('file:///tmp/a.html')).toBeNull();
    expect(parseHttpUrl('not a url')).toBeNull();
  });
});

describe('siteOf', () => {
  it.each([
    ['snv.tinhmau.gov.vn', 'tinhmau.gov.vn'],
    ['tinhmau.gov.vn', 'tinhmau.gov.vn'],
    ['m.baotinhmau.com.vn', 'baotinhmau.com.vn'],
    ['www.baotinhmau.vn', 'baotinhmau.vn'],
    ['chinhphu.vn', 'chinhphu.vn'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));
});

describe('pageIdentity', () => {
  it('uses the canonical link and keeps the arrival URL as an alias', () => {
    const doc = docWithHead('<link rel="canonical" href="https://baotinhmau.vn/tin-tuc/le-ky-niem-4567.html">');
    expect(pageIdentity(doc, 'https://m.baotinhmau.vn/tin-tuc/le-ky-niem-4567.html?utm_source=zalo')).toEqual({
      url: 'https://baotinhmau.vn/tin-tuc/le-ky-niem-4567.html',
      aliases: ['https://m.baotinhmau.vn/tin-tuc/le-ky-niem-4567.html'],
    });
  });

  it('maps a print view to its article only through the canonical link', () => {
    const withCanonical = docWithHead('<link rel="canonical" href="/tin-tuc/le-ky-niem-4567.html">');
    expect(pageIdentity(withCanonical, 'https://baotinhmau.vn/bm/print/4567')).toEqual({
      url: 'https://baotinhmau.vn/tin-tuc/le-ky-niem-4567.html',
      aliases: ['https://baotinhmau.vn/bm/print/4567'],
    });
    const without = docWithHead('');
    expect(pageIdentity(without, 'https://baotinhmau.vn/bm/print/4567')).toEqual({
      url: 'https://baotinhmau.vn/bm/print/4567',
      aliases: [],
    });
  });

  it('resolves a relative canonical link against <base href>', () => {
    const doc = docWithHead('<base href="https://tinhmau.gov.vn/Portal/"><link rel="canonical" href="tin-tuc/88.html">');
    expect(pageIdentity(doc, 'https://tinhmau.gov.vn/x?id=88').url).toBe('https://tinhmau.gov.vn/Portal/tin-tuc/88.html');
  });

  it('falls back to og:url and adds it when the canonical differs', () => {
    const ogOnly = docWithHead('<meta property="og:url" content="https://snv.tinhmau.gov.vn/Pages/View_Detail.aspx?ItemID=88&utm_source=fb">');
    expect(pageIdentity(ogOnly, 'https://snv.tinhmau.gov.vn/Pages/View_Detail.aspx?ItemID=88&fbclid=x').url).toBe(
      'https://snv.tinhmau.gov.vn/Pages/View_Detail.aspx?ItemID=88',
    );
    const both = docWithHead(
      '<link rel="canonical" href="https://tinhmau.gov.vn/tin/88"><meta property="og:url" content="https://tinhmau.gov.vn/tin-tuc/88">',
    );
    expect(pageIdentity(both, 'https://tinhmau.gov.vn/x?id=88')).toEqual({
      url: 'https://tinhmau.gov.vn/tin/88',
      aliases: ['https://tinhmau.gov.vn/x?id=88', 'https://tinhmau.gov.vn/tin-tuc/88'],
    });
  });

  it.each([
    ['another site', '<link rel="canonical" href="https://aggregator.example.com/copy/1">'],
    ['the home page (some portals put it in every canonical tag)', '<link rel="canonical" href="https://snv.tinhmau.gov.vn/">'],
    ['not http(s)', '<link rel="canonical" href="javascript:alert(1)">'],
    ['empty', '<link rel="canonical" href="">'],
  ])('ignores a canonical URL on %s', (_label, head) => {
    const doc = docWithHead(head);
    expect(pageIdentity(doc, 'https://snv.tinhmau.gov.vn/Pages/View_Detail.aspx?ItemID=9&zarsrc=1')).toEqual({
      url: 'https://snv.tinhmau.gov.vn/Pages/View_Detail.aspx?ItemID=9',
      aliases: [],
    });
  });
});

describe('sameArticle', () => {
  it.each([
    ['https://x.gov.vn/a?ItemID=1&utm_source=zalo', 'https://x.gov.vn/a?ItemID=1', true],
    ['http://www.x.gov.vn/a?ItemID=1', 'https://x.gov.vn/a?ItemID=1#top', true],
    ['https://x.gov.vn/a?ItemID=1', 'https://x.gov.vn/a?ItemID=2', false],
    ['https://m.x.gov.vn/a', 'https://x.gov.vn/a', false],
  ])('%s vs %s → %s', (a, b, same) => expect(sameArticle(a, b)).toBe(same));

  it('matches through aliases', () => {
    const clip = { url: 'https://baotinhmau.vn/tin-tuc/le-4567.html', aliases: ['https://baotinhmau.vn/bm/print/4567'] };
    expect(sameArticle(clip, 'https://baotinhmau.vn/bm/print/4567?utm_medium=social')).toBe(true);
    expect(sameArticle('https://baotinhmau.vn/bm/print/4568', clip)).toBe(false);
  });
});
