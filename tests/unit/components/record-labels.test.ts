import { describe, expect, it } from 'vitest';
import { authorsLabel, dateLabel, recordKind, unitLabel } from '@/components/record-labels';
import { clipSummaries } from '@/utils/pages/library';
import type { ClipRecord } from '@/utils/db';

describe('record labels', () => {
  it.each([
    [{}, 'fieldPublished', 'fieldAuthors', 'fieldUnit'],
    [{ published: { source: 'text:date-line', confidence: 0.8 }, signature: { source: 'signature:name', confidence: 0.7 } }, 'fieldPublished', 'fieldAuthors', 'fieldUnit'],
    [{ published: { source: 'document:issued', confidence: 0.9 }, signature: { source: 'signature:document', confidence: 0.8 } }, 'fieldIssued', 'fieldSigner', 'fieldIssuer'],
    // a record without its own date row: the date is the page's, named as such; the signature is still the record's
    [{ published: { source: 'meta', confidence: 0.9 }, signature: { source: 'signature:document', confidence: 0.8 } }, 'fieldPublished', 'fieldSigner', 'fieldIssuer'],
    [{ published: { source: 'document:answered', confidence: 0.9 }, signature: { source: 'signature:answer', confidence: 0.8 } }, 'fieldAnswered', 'fieldAuthors', 'fieldAnswerer'],
  ])('%j', (provenance, date, authors, unit) => {
    const kind = recordKind(provenance);
    expect([dateLabel(provenance), authorsLabel(kind), unitLabel(kind)]).toEqual([date, authors, unit]);
  });

  it('the Library\'s clip summaries carry the stored detection\'s provenance', () => {
    const provenance = { published: { source: 'document:issued', confidence: 0.9 } };
    const record = { id: 'c1', url: 'https://snv.example.gov.vn/vb/1', title: 'Quyết định', published: '2026-11-12', site: 'Sở Nội vụ', tags: [], authors: ['Lê Minh Khang'], savedAt: 1,
      detected: { provenance } } as unknown as ClipRecord;
    expect(dateLabel(clipSummaries([record], new WeakMap())[0].provenance)).toBe('fieldIssued');
  });
});
