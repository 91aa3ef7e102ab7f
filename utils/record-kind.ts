/**
 * A document's record (a decision, a plan) and a question's record (Hỏi đáp) are not news articles: the
 * date is the day the document was issued or the question answered, not the day the portal posted it,
 * and a person signed it. Detection says where each field came from (its provenance); these read it.
 * Shared by the UI's labels (components/record-labels.ts) and the exports' (utils/export/labels.ts).
 */
import type { ArticleField, Provenance } from './model';

export type RecordKind = 'document' | 'answer';
/** What the clip's date is: the portal's publication date, a document's issue date, a question's answer date. */
export type DateKind = 'published' | 'issued' | 'answered';
export type Provenances = Partial<Record<ArticleField, Provenance>> | undefined;

/** Whose signature the clip carries: a document's signer and issuing body, a question's answering office, or an article's (null). */
export function recordKind(provenance: Provenances): RecordKind | null {
  const signature = provenance?.signature?.source;
  return signature === 'signature:document' ? 'document' : signature === 'signature:answer' ? 'answer' : null;
}

/** What the date is, after the row it was read from (a record's issue or answer date), else the publication date. */
export function dateKind(provenance: Provenances): DateKind {
  const date = provenance?.published?.source;
  return date === 'document:issued' ? 'issued' : date === 'document:answered' ? 'answered' : 'published';
}
