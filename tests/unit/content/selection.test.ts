import { describe, expect, it } from 'vitest';
import { selectedRange } from '@/utils/content/selection';
import { makeWindow, rangeOfText } from './helpers';

const PAGE =
  '<article><p>Sở Nội vụ tỉnh Sông Mây tổ chức hội nghị tập huấn.</p><p>   </p></article>' +
  '<form><input id="q" value="tìm kiếm văn bản"><textarea id="t">góp ý của bạn đọc</textarea></form>' +
  '<div contenteditable="true"><p>Soạn thảo trực tuyến</p></div>' +
  '<div data-portal-notes-ui><p>Đánh dấu là: Ý chính</p></div>';

function select(win: Window, range: Range): Selection {
  const sel = win.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return sel;
}

describe('selectedRange', () => {
  it('returns the range of text selected in the page', () => {
    const win = makeWindow(PAGE);
    const range = rangeOfText(win.document.body, 'tổ chức hội nghị');
    expect(selectedRange(win.document, select(win, range))?.toString()).toBe('tổ chức hội nghị');
  });

  it('ignores no selection, a collapsed one and a whitespace-only one', () => {
    const win = makeWindow(PAGE);
    expect(selectedRange(win.document, null)).toBeNull();
    const sel = win.getSelection()!;
    sel.removeAllRanges();
    expect(selectedRange(win.document, sel)).toBeNull();
    const caret = rangeOfText(win.document.body, 'tổ chức');
    caret.collapse(true);
    expect(selectedRange(win.document, select(win, caret))).toBeNull();
    const blank = win.document.createRange();
    blank.selectNodeContents(win.document.querySelectorAll('article p')[1]);
    expect(selectedRange(win.document, select(win, blank))).toBeNull();
  });

  it('ignores selections in our own UI, in editable regions and in form fields', () => {
    const win = makeWindow(PAGE);
    const doc = win.document;
    expect(selectedRange(doc, select(win, rangeOfText(doc.body, 'Đánh dấu là')))).toBeNull();
    expect(selectedRange(doc, select(win, rangeOfText(doc.body, 'Soạn thảo')))).toBeNull();
    expect(selectedRange(doc, select(win, rangeOfText(doc.body, 'góp ý')))).toBeNull();
    // Text selected inside a focused <input> must not be highlighted as page text.
    const page = rangeOfText(doc.body, 'tổ chức hội nghị');
    (doc.getElementById('q') as HTMLInputElement).focus();
    expect(selectedRange(doc, select(win, page))).toBeNull();
  });

  it('ignores a selection that reaches outside the body', () => {
    const win = makeWindow(PAGE);
    const doc = win.document;
    const range = doc.createRange();
    range.setStart(doc.head, 0);
    range.setEnd(rangeOfText(doc.body, 'Sở Nội vụ').endContainer, 5);
    expect(selectedRange(doc, select(win, range))).toBeNull();
  });
});
