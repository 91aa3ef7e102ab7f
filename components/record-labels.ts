/**
 * The UI's names for a clip's date and people: a record (a document, a question) names them in its own
 * words (utils/record-kind.ts tells which record it is).
 */
import { dateKind, type Provenances, type RecordKind } from '../utils/record-kind';

export { recordKind, type RecordKind } from '../utils/record-kind';

const DATE_KEYS = { published: 'fieldPublished', issued: 'fieldIssued', answered: 'fieldAnswered' } as const;

/** The date field's name, after the row the date was read from (a record's issue or answer date), else the publication date. */
export function dateLabel(provenance: Provenances): 'fieldIssued' | 'fieldAnswered' | 'fieldPublished' {
  return DATE_KEYS[dateKind(provenance)];
}

/** The people's name: a document's signer. */
export function authorsLabel(kind: RecordKind | null): 'fieldSigner' | 'fieldAuthors' {
  return kind === 'document' ? 'fieldSigner' : 'fieldAuthors';
}

/** The unit's name: the body that issued a document, the office that answered a question. */
export function unitLabel(kind: RecordKind | null): 'fieldIssuer' | 'fieldAnswerer' | 'fieldUnit' {
  return kind === 'document' ? 'fieldIssuer' : kind === 'answer' ? 'fieldAnswerer' : 'fieldUnit';
}
