import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, describe, type AnchorScopes } from '@/utils/anchor/anchor';
import { buildTextIndex } from '@/utils/anchor/text-index';
import { normaliseText } from '@/utils/anchor/normalise';
import { makeDocument } from './dom';

const WORDS = ['Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'hòa', 'giải', 'thưởng', 'Quyết', 'định', '12/QĐ', 'khen,', 'năm.', 'Sở'];
const SPACES = [' ', '  ', '\u00a0', '\n   ', ' \t'];
const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Random portal-ish markup: paragraphs and list items of words, inline tags, odd whitespace, NFC or NFD. */
const page = fc
  .array(
    fc.record({
      block: fc.constantFrom('p', 'li', 'div', 'h2', 'td'),
      words: fc.array(
        fc.record({ word: fc.constantFrom(...WORDS), space: fc.constantFrom(...SPACES), tag: fc.constantFrom('', '', '', 'b', 'a', 'span') }),
        { minLength: 1, maxLength: 12 },
      ),
      nfd: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((blocks) =>
    blocks
      .map(({ block, words, nfd }) => {
        const inner = words
          .map(({ word, space, tag }) => {
            const text = escape(nfd ? word.normalize('NFD') : word);
            return (tag ? `<${tag}>${text}</${tag}>` : text) + space;
          })
          .join('');
        const wrapped = `<${block}>${inner}</${block}>`;
        return block === 'li' ? `<ul>${wrapped}</ul>` : block === 'td' ? `<table><tr>${wrapped}</tr></table>` : wrapped;
      })
      .join(''),
  );

group('describe/anchor round trip (property)', () => {
  it('anchors every described span back to the same model span through its range, also on the NFD page', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), (html, a, b) => {
        const doc = makeDocument(`<header>Cổng thông tin</header><article id="x">${html}</article><footer>Bản quyền</footer>`);
        const scopes: AnchorScopes = { article: doc.getElementById('x'), document: doc.body };
        const index = buildTextIndex(doc.body);
        const span = index.spanOfElement(scopes.article!);
        const len = span.end - span.start;
        const start = span.start + (a % len);
        const end = Math.min(span.end, start + 1 + (b % 60));
        const range = index.toRange(start, end)!;
        const selectors = describe(range, scopes);
        const exact = index.text.slice(start, end).trim();
        if (!exact) {
          expect(selectors).toEqual([]);
          return;
        }
        const result = anchor(selectors, scopes)!;
        expect(result.via).toBe('range');
        expect(result.text).toBe(exact);
        // The DOM range covers the same characters (block boundaries read as spaces in the model).
        expect(normaliseText(result.range.toString()).replace(/ /g, '')).toBe(exact.replace(/ /g, ''));
        // The same page served in NFD: nothing moves.
        const nfd = makeDocument(doc.body.innerHTML.normalize('NFD'));
        const moved = anchor(selectors, { article: nfd.getElementById('x'), document: nfd.body })!;
        expect([moved.via, moved.start, moved.end]).toEqual(['range', result.start, result.end]);
      }),
      { numRuns: 150, seed: 20240322 },
    );
  });
});
