import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '@/utils/anchor/text-index';
import { normaliseText } from '@/utils/anchor/normalise';
import { makeDocument, rangeOfText } from './dom';

describe('buildTextIndex: the text model', () => {
  it('collapses whitespace runs (incl. non-breaking spaces) and trims', () => {
    const doc = makeDocument('\n  <p>  Sở\u00a0Nội   vụ\n\ttỉnh  </p>\n');
    expect(buildTextIndex(doc.body).text).toBe('Sở Nội vụ tỉnh');
  });

  it('treats block boundaries and <br> as a space even with no whitespace in the markup', () => {
    const doc = makeDocument('<div><p>Điều 1.</p><p>Điều 2.<br>Điều 3.</p><ul><li>a</li><li>b</li></ul></div>');
    expect(buildTextIndex(doc.body).text).toBe('Điều 1. Điều 2. Điều 3. a b');
  });

  it('does not split words at inline elements', () => {
    const doc = makeDocument('<p>Quyết <b>đị</b><i>nh</i> số <a href="#">12</a>/QĐ</p>');
    expect(buildTextIndex(doc.body).text).toBe('Quyết định số 12/QĐ');
  });

  it('skips script, style, noscript, template and our own UI host', () => {
    const doc = makeDocument(
      '<p>Một</p><script>var x = "hai";</script><style>p{}</style><noscript>ba</noscript>' +
        '<template>bốn</template><div data-portal-notes-ui="">Thanh công cụ</div><p>Năm</p>',
    );
    expect(buildTextIndex(doc.body).text).toBe('Một Năm');
  });

  it('reads an NFD page exactly like the NFC page (regression: NFD portals orphaned every highlight)', () => {
    const words = 'Ủy ban nhân dân tỉnh ban hành quyết định về việc khen thưởng';
    const nfc = buildTextIndex(makeDocument(`<p>${words.normalize('NFC')}</p>`).body).text;
    const nfdDoc = makeDocument(`<p>${words.normalize('NFD')}</p>`);
    expect(nfdDoc.body.textContent).not.toBe(words.normalize('NFC'));
    expect(buildTextIndex(nfdDoc.body).text).toBe(nfc);
    expect(nfc).toBe(words.normalize('NFC'));
  });

  it('drops zero-width characters and soft hyphens', () => {
    const doc = makeDocument('<p>khen\u200b thưởng\u00ad đột xuất\ufeff</p>');
    expect(buildTextIndex(doc.body).text).toBe('khen thưởng đột xuất');
  });

  it('maps model offsets back to DOM ranges over the same text, NFD included', () => {
    const doc = makeDocument(`<p>Chủ tịch <b>${'Ủy ban'.normalize('NFD')}</b> nhân dân</p>`);
    const index = buildTextIndex(doc.body);
    const start = index.text.indexOf('Ủy ban');
    const range = index.toRange(start, start + 'Ủy ban nhân'.length)!;
    expect(normaliseText(range.toString())).toBe('Ủy ban nhân');
    expect(index.spanOf(range)).toEqual({ start, end: start + 'Ủy ban nhân'.length });
  });

  it('gives element boundaries the offset of the next text', () => {
    const doc = makeDocument('<p>Một hai</p><p id="b">ba bốn</p>');
    const index = buildTextIndex(doc.body);
    const b = doc.getElementById('b')!;
    const span = index.spanOfElement(b);
    expect(index.text.slice(span.start, span.end).trim()).toBe('ba bốn');
    expect(index.offsetAt(doc.body, doc.body.childNodes.length)).toBe(index.text.length);
  });

  it('is unchanged by <mark> wrapping and split text nodes', () => {
    const doc = makeDocument('<p>Ban Thi đua, Khen thưởng tỉnh</p>');
    const before = buildTextIndex(doc.body).text;
    const range = rangeOfText(doc.body, 'Khen thưởng');
    const text = range.startContainer as Text;
    const middle = text.splitText(range.startOffset);
    middle.splitText('Khen thưởng'.length);
    const mark = doc.createElement('mark');
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    expect(doc.body.querySelector('p')!.childNodes.length).toBe(3);
    expect(buildTextIndex(doc.body).text).toBe(before);
  });
});
