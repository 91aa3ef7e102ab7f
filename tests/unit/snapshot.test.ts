import { describe, expect, it } from 'vitest';
import { cleanSnapshotHtml, renderSnapshot } from '@/utils/snapshot';

const BASE = 'https://snv.example.gov.vn/tin-tuc/';

/** Parse an invented page in an inert document whose base is a portal URL. */
function articleElement(body: string): Element {
  const doc = new DOMParser().parseFromString(`<html><head><base href="${BASE}"></head><body><article>${body}</article></body></html>`, 'text/html');
  return doc.querySelector('article')!;
}

const clean = (body: string) => cleanSnapshotHtml(articleElement(body));

/** Serialise a rendered fragment's structure for assertions, without using innerHTML. */
function describeFragment(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3) out += child.nodeValue;
    else if (child.nodeType === 1) {
      const el = child as Element;
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
      out += `<${el.localName}${attrs}>${describeFragment(el)}</${el.localName}>`;
    }
  });
  return out;
}

describe('cleanSnapshotHtml', () => {
  it('keeps the article structure: headings, paragraphs, lists, tables, figures, emphasis', () => {
    const html = clean(
      '<h2>Kết quả</h2><p>Năm <strong>2023</strong>, <em>toàn tỉnh</em> có:</p>' +
        '<ul><li>12 tập thể</li><li>40 cá nhân</li></ul>' +
        '<table><thead><tr><th colspan="2">Bảng 1</th></tr></thead><tbody><tr><td>A</td><td rowspan="1">B</td></tr></tbody></table>' +
        '<figure><img src="/uploads/anh-1.jpg" alt="Toàn cảnh hội nghị" width="600"><figcaption>Toàn cảnh</figcaption></figure>' +
        '<blockquote>Trích dẫn</blockquote><p>Xem <a href="../van-ban/qd-123.pdf">Quyết định 123</a></p>',
    );
    expect(html).toBe(
      '<h2>Kết quả</h2><p>Năm <strong>2023</strong>, <em>toàn tỉnh</em> có:</p>' +
        '<ul><li>12 tập thể</li><li>40 cá nhân</li></ul>' +
        '<table><thead><tr><th colspan="2">Bảng 1</th></tr></thead><tbody><tr><td>A</td><td>B</td></tr></tbody></table>' +
        '<figure><img src="https://snv.example.gov.vn/uploads/anh-1.jpg" alt="Toàn cảnh hội nghị" width="600"><figcaption>Toàn cảnh</figcaption></figure>' +
        '<blockquote>Trích dẫn</blockquote><p>Xem <a href="https://snv.example.gov.vn/van-ban/qd-123.pdf">Quyết định 123</a></p>',
    );
  });

  it('unwraps layout elements and drops classes, ids and styles', () => {
    expect(clean('<div class="content" id="main" style="color:red"><section><span style="font-weight:bold">Nội dung</span></section></div>')).toBe('Nội dung');
    expect(clean('<p class="x" data-id="1" style="text-align:center" title="t">Đoạn</p>')).toBe('<p>Đoạn</p>');
  });

  it.each([
    ['script', '<p>A</p><script>alert(1)</script><p>B</p>', '<p>A</p><p>B</p>'],
    ['style element', '<style>p{display:none}</style><p>A</p>', '<p>A</p>'],
    ['event handler on img', '<img src="https://cdn.example.vn/a.jpg" onerror="alert(1)" onload="alert(2)">', '<img src="https://cdn.example.vn/a.jpg">'],
    ['javascript: link', '<a href="javascript:alert(1)">bấm</a>', 'bấm'],
    ['mixed-case javascript: link with spaces', '<a href="  JaVaScRiPt:alert(1)">bấm</a>', 'bấm'],
    ['entity-obfuscated javascript: link', '<a href="java&#x09;script:alert(1)">bấm</a>', 'bấm'],
    ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">bấm</a>', 'bấm'],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">bấm</a>', 'bấm'],
    ['svg with onload', '<p>A</p><svg onload="alert(1)"><script>alert(2)</script><text>x</text></svg>', '<p>A</p>'],
    ['srcdoc iframe', '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>A</p>', '<p>A</p>'],
    ['object and embed', '<object data="x.swf"><embed src="x.swf"></object><p>A</p>', '<p>A</p>'],
    ['form controls', '<form action="https://evil.example/"><input name="q"><button>Gửi</button></form><p>A</p>', '<p>A</p>'],
    ['math', '<math><mi>x</mi></math><p>A</p>', '<p>A</p>'],
    ['template and noscript', '<template><p>ẩn</p></template><noscript><p>ẩn</p></noscript><p>A</p>', '<p>A</p>'],
    ['comments', '<p>A<!-- <script>alert(1)</script> --></p>', '<p>A</p>'],
    ['custom elements', '<share-buttons><p>Chia sẻ</p></share-buttons><p>A</p>', '<p>A</p>'],
    ['hidden content', '<p hidden>ẩn</p><p aria-hidden="true">ẩn</p><p style="display: none">ẩn</p><p>A</p>', '<p>A</p>'],
    ['http (not https) image', '<img src="http://cdn.example.vn/a.jpg">', ''],
    ['svg data image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['javascript image', '<img src="javascript:alert(1)">', ''],
  ])('drops %s', (_name, body, expected) => {
    expect(clean(body)).toBe(expected);
  });

  it('keeps inline raster images and lazy images from data-src', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">')).toBe('<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">');
    expect(clean('<img src="data:image/gif;base64,R0lGOD==" data-src="/anh/lazy.jpg">')).toBe('<img src="https://snv.example.gov.vn/anh/lazy.jpg">');
  });

  it('keeps inline images only up to a total budget, so a snapshot always fits the store limit', () => {
    const image = `<img src="data:image/jpeg;base64,${'A'.repeat(500_000)}">`;
    const html = clean(image.repeat(12));
    expect(html.match(/<img /g)).toHaveLength(8);
    expect(html.length).toBeLessThan(4.2 * 1024 * 1024);
    expect(clean(`<img src="data:image/jpeg;base64,${'A'.repeat(600_000)}">`)).toBe('');
  });

  it('escapes text so that page text never becomes markup', () => {
    const doc = new DOMParser().parseFromString('<html><body><article><p></p></article></body></html>', 'text/html');
    doc.querySelector('p')!.appendChild(doc.createTextNode('<img src=x onerror=alert(1)> & "quotes"'));
    expect(cleanSnapshotHtml(doc.querySelector('article')!)).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; "quotes"</p>');
  });

  it('normalises text to NFC', () => {
    expect(clean(`<p>${'Thủ tướng'.normalize('NFD')}</p>`)).toBe(`<p>${'Thủ tướng'.normalize('NFC')}</p>`);
  });

  it('survives hostile nesting without blowing the stack', () => {
    const deep = '<div>'.repeat(5_000) + 'sâu' + '</div>'.repeat(5_000);
    expect(clean(`<p>A</p>${deep}`)).toBe('<p>A</p>sâu');
  });
});

describe('renderSnapshot', () => {
  it('rebuilds a clean snapshot; links open in a new tab without referrer', () => {
    const fragment = renderSnapshot('<p>Xem <a href="https://snv.example.gov.vn/qd.pdf">QĐ</a></p><img src="https://cdn.example.vn/a.jpg">', document);
    expect(describeFragment(fragment)).toBe(
      '<p>Xem <a href="https://snv.example.gov.vn/qd.pdf" target="_blank" rel="noopener noreferrer">QĐ</a></p>' +
        '<img src="https://cdn.example.vn/a.jpg" referrerpolicy="no-referrer"></img>',
    );
  });

  it('re-applies the whitelist to a tampered snapshot and runs nothing', () => {
    const tampered =
      '<p onclick="globalThis.__pwned=1">A</p><script>globalThis.__pwned=2</script>' +
      '<img src="x" onerror="globalThis.__pwned=3"><a href="javascript:globalThis.__pwned=4">B</a>' +
      '<a href="/relative">C</a><style>*{}</style><iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>' +
      // Last: happy-dom's parser keeps everything after an svg <script> inside the svg.
      '<svg><script>globalThis.__pwned=5</script></svg>';
    const fragment = renderSnapshot(tampered, document);
    expect(describeFragment(fragment)).toBe('<p>A</p>BC');
    document.body.appendChild(fragment);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('is stable: rendering a cleaned snapshot keeps its content', () => {
    const html = clean('<h3>Tiêu đề</h3><ol start="3"><li>Một</li></ol><p>Đoạn&nbsp;văn <b>đậm</b></p>');
    const fragment = renderSnapshot(html, document);
    const holder = document.createElement('div');
    holder.appendChild(fragment);
    expect(cleanSnapshotHtml(holder)).toBe(html);
  });
});
