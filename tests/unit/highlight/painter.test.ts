import { describe as group, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { anchor, describe, type AnchorScopes } from '@/utils/anchor/anchor';
import { createPainter } from '@/utils/highlight/painter';
import { createMarkPainter } from '@/utils/highlight/mark-painter';
import { createHighlightApiPainter, highlightApiOf, type HighlightLike } from '@/utils/highlight/highlight-api-painter';
import { FOCUS_HIGHLIGHT_NAME, highlightCss, highlightName } from '@/utils/highlight/styles';
import { COLOURS } from '@/utils/model';
import { makeDocument, rangeOfText } from '../anchor/dom';

const BODY =
  '<article id="a"><p>Sở Nội vụ <b>tổ chức</b> hội nghị tổng kết công tác thi đua.</p>' +
  '<table><tbody><tr><td>Tập thể</td><td>45</td></tr></tbody></table><p>Hội nghị kết thúc lúc 11 giờ.</p></article>';

/** A range from `from` (first occurrence) to the end of `to`. */
function span(doc: Document, from: string, to: string): Range {
  const a = rangeOfText(doc.body, from);
  const b = rangeOfText(doc.body, to);
  const r = doc.createRange();
  r.setStart(a.startContainer, a.startOffset);
  r.setEnd(b.endContainer, b.endOffset);
  return r;
}

group('mark painter (fallback)', () => {
  it('wraps exactly the highlighted text across inline and block boundaries', () => {
    const doc = makeDocument(BODY);
    const painter = createMarkPainter(doc);
    painter.paint('h1', span(doc, 'Nội vụ', 'hội nghị'), 'green');
    const marks = [...doc.querySelectorAll('mark[data-portal-notes-id="h1"]')];
    expect(marks.map((m) => m.textContent)).toEqual(['Nội vụ ', 'tổ chức', ' hội nghị']);
    expect(marks.every((m) => m.getAttribute('data-portal-notes-colour') === 'green')).toBe(true);
    expect(doc.querySelector('b')!.firstElementChild!.localName).toBe('mark');
    expect(doc.body.textContent).toBe(makeDocument(BODY).body.textContent);
  });

  it('never puts a mark where markup forbids it (whitespace between table rows)', () => {
    const doc = makeDocument(BODY.replace('<tr>', '\n<tr>'));
    const painter = createMarkPainter(doc);
    painter.paint('h1', span(doc, 'thi đua.', 'Hội nghị kết'), 'yellow');
    expect(doc.querySelector('tbody > mark')).toBeNull();
    expect([...doc.querySelectorAll('td > mark')].map((m) => m.textContent)).toEqual(['Tập thể', '45']);
  });

  it('removes cleanly: the DOM is exactly as before, text nodes re-joined', () => {
    const doc = makeDocument(BODY);
    const before = doc.body.innerHTML;
    const p = doc.querySelector('p')!;
    const nodesBefore = p.childNodes.length;
    const painter = createMarkPainter(doc);
    painter.paint('h1', rangeOfText(doc.body, 'vụ'), 'yellow');
    painter.paint('h2', span(doc, 'hội nghị', 'công tác'), 'blue');
    expect(p.childNodes.length).toBeGreaterThan(nodesBefore);
    painter.remove('h1');
    painter.remove('h2');
    expect(doc.body.innerHTML).toBe(before);
    expect(p.childNodes.length).toBe(nodesBefore);
    expect(painter.ids()).toEqual([]);
  });

  it('nests overlapping highlights and unwraps them in any order', () => {
    const doc = makeDocument(BODY);
    const before = doc.body.innerHTML;
    const painter = createMarkPainter(doc);
    painter.paint('outer', rangeOfText(doc.body, 'hội nghị tổng kết công tác'), 'yellow');
    painter.paint('inner', rangeOfText(doc.body, 'tổng kết'), 'pink');
    expect(doc.querySelector('mark[data-portal-notes-id="outer"] > mark[data-portal-notes-id="inner"]')).not.toBeNull();
    painter.remove('outer');
    expect(doc.querySelector('mark[data-portal-notes-id="inner"]')!.textContent).toBe('tổng kết');
    painter.remove('inner');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('keeps re-anchoring stable: marks change neither the text model nor the XPaths', () => {
    const doc = makeDocument(BODY);
    const scopes: AnchorScopes = { article: doc.getElementById('a'), document: doc.body };
    const later = describe(rangeOfText(doc.body, 'Hội nghị kết thúc'), scopes);
    const painter = createMarkPainter(doc);
    painter.paint('h1', span(doc, 'Sở', 'thi đua.'), 'yellow');
    const result = anchor(later, scopes)!;
    expect(result.via).toBe('range');
    expect(result.text).toBe('Hội nghị kết thúc');
    // And a selection made inside a painted highlight describes the same as without marks.
    const inside = describe(rangeOfText(doc.body, 'tổ chức'), scopes);
    const fresh = makeDocument(BODY);
    const plain = describe(rangeOfText(fresh.body, 'tổ chức'), { article: fresh.getElementById('a'), document: fresh.body });
    expect(plain.length).toBe(4);
    expect(inside).toEqual(plain);
  });

  it('focuses, recolours, hit-tests through elementFromPoint and reports the painted range', () => {
    const doc = makeDocument(BODY);
    const painter = createMarkPainter(doc);
    painter.paint('outer', rangeOfText(doc.body, 'hội nghị tổng kết công tác'), 'yellow');
    painter.paint('inner', rangeOfText(doc.body, 'tổng kết'), 'pink');
    painter.focus('inner');
    expect(doc.querySelectorAll('mark[data-portal-notes-focus]')).toHaveLength(1);
    painter.focus(null);
    expect(doc.querySelectorAll('mark[data-portal-notes-focus]')).toHaveLength(0);
    painter.setColour('outer', 'orange');
    expect(doc.querySelector('mark[data-portal-notes-id="outer"]')!.getAttribute('data-portal-notes-colour')).toBe('orange');
    const innerMark = doc.querySelector('mark[data-portal-notes-id="inner"]')!;
    doc.elementFromPoint = () => innerMark;
    expect(painter.idsAtPoint(10, 10)).toEqual(['inner', 'outer']);
    doc.elementFromPoint = () => doc.querySelector('td');
    expect(painter.idsAtPoint(10, 10)).toEqual([]);
    expect(painter.rangeOf('outer')!.toString()).toBe('hội nghị tổng kết công tác');
    painter.clear();
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
  });
});

/** A stand-in for CSS.highlights / Highlight: happy-dom has neither. */
function stubHighlightApi(win: Window) {
  class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
    priority = 0;
  }
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true });
  return registry;
}

function apiSetup() {
  const doc = makeDocument(BODY);
  const win = doc.defaultView as unknown as Window;
  const registry = stubHighlightApi(win);
  const painter = createPainter(win as unknown as globalThis.Window);
  return { doc, registry, painter };
}

group('Highlight API painter', () => {
  it('is chosen when the API exists, and never touches the DOM', () => {
    const { doc, registry, painter } = apiSetup();
    const before = doc.body.innerHTML;
    expect(painter.kind).toBe('highlight-api');
    painter.paint('h1', rangeOfText(doc.body, 'tổng kết'), 'yellow');
    painter.paint('h2', rangeOfText(doc.body, 'kết thúc'), 'yellow');
    painter.paint('h3', rangeOfText(doc.body, 'Tập thể'), 'blue');
    expect(doc.body.innerHTML).toBe(before);
    expect(registry.get(highlightName('yellow'))!.size).toBe(2);
    expect(registry.get(highlightName('blue'))!.size).toBe(1);
    expect([...registry.get(highlightName('blue'))!][0].toString()).toBe('Tập thể');
  });

  it('keeps its own copy of the range, recolours, removes and clears its registrations', () => {
    const { doc, registry, painter } = apiSetup();
    const range = rangeOfText(doc.body, 'tổng kết');
    painter.paint('h1', range, 'yellow');
    range.collapse(true);
    expect(painter.rangeOf('h1')!.toString()).toBe('tổng kết');
    painter.setColour('h1', 'green');
    expect(registry.get(highlightName('yellow'))!.size).toBe(0);
    expect(registry.get(highlightName('green'))!.size).toBe(1);
    painter.paint('h1', rangeOfText(doc.body, 'Hội nghị'), 'pink');
    expect(registry.get(highlightName('green'))!.size).toBe(0);
    painter.remove('h1');
    expect(registry.get(highlightName('pink'))!.size).toBe(0);
    painter.paint('h2', rangeOfText(doc.body, 'Tập thể'), 'blue');
    painter.clear();
    expect(registry.size).toBe(0);
    expect(painter.ids()).toEqual([]);
  });

  it('focuses one highlight in its own registered highlight with a higher priority', () => {
    const { doc, registry, painter } = apiSetup();
    painter.paint('h1', rangeOfText(doc.body, 'tổng kết'), 'yellow');
    painter.focus('h1');
    const focus = registry.get(FOCUS_HIGHLIGHT_NAME)!;
    expect(focus.size).toBe(1);
    expect(focus.priority).toBeGreaterThan(registry.get(highlightName('yellow'))!.priority);
    painter.remove('h1');
    expect(focus.size).toBe(0);
  });

  it('hit-tests through the caret position, innermost first, and checks the boxes when there is layout', () => {
    const { doc, painter } = apiSetup();
    painter.paint('outer', rangeOfText(doc.body, 'hội nghị tổng kết công tác'), 'yellow');
    painter.paint('inner', rangeOfText(doc.body, 'tổng kết'), 'pink');
    painter.paint('other', rangeOfText(doc.body, 'Tập thể'), 'blue');
    const caret = rangeOfText(doc.body, 'ng kết');
    const d = doc as unknown as { caretPositionFromPoint?: unknown; caretRangeFromPoint?: unknown };
    d.caretPositionFromPoint = () => ({ offsetNode: caret.startContainer, offset: caret.startOffset });
    expect(painter.idsAtPoint(5, 5)).toEqual(['inner', 'outer']);
    // Chrome before 128 only has caretRangeFromPoint.
    delete d.caretPositionFromPoint;
    d.caretRangeFromPoint = () => caret;
    expect(painter.idsAtPoint(5, 5)).toEqual(['inner', 'outer']);
    // With real boxes, a caret that snapped to the range but a point outside its boxes is no hit.
    const box = { left: 100, right: 200, top: 0, bottom: 20, width: 100, height: 20 };
    const proto = Object.getPrototypeOf(caret) as Range;
    const original = proto.getClientRects;
    proto.getClientRects = () => [box] as unknown as DOMRectList;
    try {
      expect(painter.idsAtPoint(150, 10)).toEqual(['inner', 'outer']);
      expect(painter.idsAtPoint(50, 10)).toEqual([]);
    } finally {
      proto.getClientRects = original;
    }
    d.caretRangeFromPoint = () => null;
    expect(painter.idsAtPoint(5, 5)).toEqual([]);
  });

  it('falls back to marks when CSS.highlights is missing', () => {
    const doc = makeDocument(BODY);
    const win = doc.defaultView as unknown as globalThis.Window;
    expect(highlightApiOf(win)).toBeNull();
    expect(createPainter(win).kind).toBe('mark');
    expect(createHighlightApiPainter).toBeTypeOf('function');
  });
});

group('highlightCss', () => {
  it('styles every colour for both painters and the focus state', () => {
    const css = highlightCss();
    for (const colour of COLOURS) {
      expect(css).toContain(`::highlight(${highlightName(colour)})`);
      expect(css).toContain(`[data-portal-notes-colour="${colour}"]`);
    }
    expect(css).toContain(`::highlight(${FOCUS_HIGHLIGHT_NAME})`);
    expect(css).toContain('mark[data-portal-notes-focus]');
  });
});
