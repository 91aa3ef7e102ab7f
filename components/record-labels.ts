/**
 * A document's record (a decision, a plan) and a question's record (Hỏi đáp) name their fields in their
 * own words: the date is the day it was issued or answered, not the day the portal posted it; a person
 * signed it. Detection says where each field came from (its provenance); these pick the labels.
 */
import type { ArticleField, Provenance } from '../utils/model';

export type RecordKind = 'document' | 'answer';
type Provenances = Partial<Record<ArticleField, Provenance>> | undefined;

/** Whose signature the clip carries: a document's signer and issuing body, a question's answering office, or an article's. */
export function recordKind(provenance: Provenances): RecordKind | null {
  const signature = provenance?.signature?.source;
  return signature === 'signature:document' ? 'document' : signature === 'signature:answer' ? 'answer' : null;
}

/** The date field's name, after the row the date was read from (a record's issue or answer date), else the publication date. */
export function dateLabel(provenance: Provenances): 'fieldIssued' | 'fieldAnswered' | 'fieldPublished' {
  const date = provenance?.published?.source;
  return date === 'document:issued' ? 'fieldIssued' : date === 'document:answered' ? 'fieldAnswered' : 'fieldPublished';
}

/** The people's name: a document's signer. */
export function authorsLabel(kind: RecordKind | null): 'fieldSigner' | 'fieldAuthors' {
  return kind === 'document' ? 'fieldSigner' : 'fieldAuthors';
}

/** The unit's name: the body that issued a document, the office that answered a question. */
export function unitLabel(kind: RecordKind | null): 'fieldIssuer' | 'fieldAnswerer' | 'fieldUnit' {
  return kind === 'document' ? 'fieldIssuer' : kind === 'answer' ? 'fieldAnswerer' : 'fieldUnit';
}
