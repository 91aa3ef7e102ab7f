import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, annotationIri, buildAnnotationCollection, buildAnnotationsJson, type W3CSelector } from '@/utils/export/annotations';
import { HOSTILE, makeClip, makeHighlight, makeInput } from './fixtures';

const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const XSD_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);

/** The MUSTs of the W3C Web Annotation Data Model for what we emit (sections 3.1, 3.2, 4.2, 5). */
function checkSelector(s: W3CSelector): void {
  switch (s.type) {
    case 'TextQuoteSelector':
      expect(typeof s.exact).toBe('string');
      break;
    case 'TextPositionSelector':
      expect(Number.isInteger(s.start) && s.start >= 0).toBe(true);
      expect(Number.isInteger(s.end) && s.end >= s.start).toBe(true);
      break;
    case 'XPathSelector':
      expect(s.value).toMatch(/^\/html(\[1\])?\/body(\[1\])?(\/[a-z0-9_.:-]+\[\d+\])*$/);
      if (s.refinedBy) checkSelector(s.refinedBy);
      break;
    case 'RangeSelector':
      checkSelector(s.startSelector);
      checkSelector(s.endSelector);
      break;
    default:
      throw new Error(`unexpected selector ${JSON.stringify(s)}`);
  }
}

function checkAnnotation(a: Record<string, any>): void {
  expect(a.id).toMatch(IRI);
  expect(a.type).toBe('Annotation');
  expect(a.target).toBeDefined();
  expect(a.target.source).toMatch(IRI);
  expect(MOTIVATIONS.has(a.motivation)).toBe(true);
  expect(a.created).toMatch(XSD_DATETIME);
  expect(a.modified).toMatch(XSD_DATETIME);
  for (const b of a.body ?? []) {
    expect(b.type).toBe('TextualBody');
    expect(typeof b.value).toBe('string');
    expect(MOTIVATIONS.has(b.purpose)).toBe(true);
  }
  expect(Array.isArray(a.target.selector)).toBe(true);
  expect(a.target.selector.length).toBeGreaterThan(0);
  a.target.selector.forEach(checkSelector);
  if (a.target.styleClass) expect(a.stylesheet.value).toContain(`.${a.target.styleClass} `);
}

describe('buildAnnotationCollection', () => {
  const clip = makeClip({ lang: 'vi' });
  const h = makeHighlight(clip, {
    id: '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
    quote: 'Đoạn được đánh dấu',
    note: 'Ghi chú của tôi',
    tags: ['thi đua', 'ưu tiên'],
    colour: 'green',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Đoạn được đánh dấu', prefix: 'trước ', suffix: '' },
      { type: 'TextPositionSelector', start: 120, end: 138, scope: 'document' },
      { type: 'TextPositionSelector', start: 20, end: 38, scope: 'article' },
      { type: 'RangeSelector', startContainer: '/main[1]/article[1]/p[3]', startOffset: 4, endContainer: '/main[1]/article[1]/p[3]', endOffset: 22 },
    ],
  });
  const plain = makeHighlight(clip, { id: 'hl/odd id', quote: 'Chỉ tô màu', selectors: [] });
  const collection = buildAnnotationCollection(makeInput([clip], [h, plain]));

  it('is an AnnotationCollection with the W3C context and one page of items', () => {
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toMatch(IRI);
    expect(collection.total).toBe(2);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.id).toMatch(IRI);
    expect(collection.first.items).toHaveLength(2);
    collection.first.items.forEach((a) => checkAnnotation(a));
  });

  it('writes id, bodies for the note and each tag, the target URL and the stored selectors', () => {
    const a = collection.first.items.find((x) => x.id === 'urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301')!;
    expect(a.motivation).toBe('commenting');
    expect(a.body).toEqual([
      { type: 'TextualBody', value: 'Ghi chú của tôi', purpose: 'commenting', format: 'text/plain', language: 'vi' },
      { type: 'TextualBody', value: 'thi đua', purpose: 'tagging', format: 'text/plain' },
      { type: 'TextualBody', value: 'ưu tiên', purpose: 'tagging', format: 'text/plain' },
    ]);
    expect(a.target.source).toBe(clip.url);
    expect(a.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Đoạn được đánh dấu', prefix: 'trước ' },
      { type: 'TextPositionSelector', start: 120, end: 138 },
      {
        type: 'RangeSelector',
        startSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/p[3]', refinedBy: { type: 'TextPositionSelector', start: 4, end: 4 } },
        endSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/p[3]', refinedBy: { type: 'TextPositionSelector', start: 22, end: 22 } },
      },
    ]);
    expect(a.target.styleClass).toBe('hl-green');
  });

  it('gives a plain highlight no body, motivation highlighting, and its quote as selector', () => {
    const a = collection.first.items.find((x) => x.id !== 'urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301')!;
    expect(a.id).toBe('urn:portal-notes:highlight:hl%2Fodd%20id');
    expect(a.body).toBeUndefined();
    expect(a.motivation).toBe('highlighting');
    expect(a.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'Chỉ tô màu' }]);
  });

  it('is valid JSON for hostile notes and tags, values unchanged apart from cleaning', () => {
    const hs = HOSTILE.map((t) => makeHighlight(clip, { note: t, tags: [t] }));
    const parsed = JSON.parse(buildAnnotationsJson(makeInput([clip], hs)));
    expect(parsed.first.items).toHaveLength(HOSTILE.length);
    parsed.first.items.forEach(checkAnnotation);
  });

  it('mints IRIs: UUIDs as urn:uuid, anything else percent-encoded', () => {
    expect(annotationIri('0B5E0C4E-1234-4ABC-8DEF-0123456789AB')).toBe('urn:uuid:0b5e0c4e-1234-4abc-8def-0123456789ab');
    expect(annotationIri('a b')).toBe('urn:portal-notes:highlight:a%20b');
  });
});
