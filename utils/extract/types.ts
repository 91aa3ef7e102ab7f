/**
 * The live result of article detection: the serialisable fields of `ArticleData` plus the DOM
 * nodes they came from, so the page can mark the body, the date line and the signature.
 */
import type { ArticleField, Attachment, EventDate, Provenance, RecordDetail, TextCandidate } from '../model';
import type { DateFound } from './date-candidates';

/** Start and end of a DOM range, enough to build a `Range` with `document.createRange()`. */
export interface RangeSpec {
  startNode: Node;
  startOffset: number;
  endNode: Node;
  endOffset: number;
}

export interface ArticleSignature {
  /** The block's text as shown, lines joined by `\n`. */
  text: string;
  authors: string[];
  unit: string | null;
  source: string | null;
  /** Elements (or, for a name sharing the last sentence's line, the text node) the block occupies. */
  nodes: Node[];
  range: RangeSpec | null;
  /** Which convention matched: credit, name, name-unit, source, unit, inline, byline; a record's: document, answer. */
  kind: string;
}

export interface ArticleBody {
  /** The main content element. */
  element: Element | null;
  /** Clean text, paragraphs separated by a blank line. */
  text: string;
  /** The same text as a list of paragraphs. */
  paragraphs: string[];
}

export interface Article {
  url: string;
  canonicalUrl: string | null;
  title: string;
  titleElement: Element | null;
  /** Best publication date (ISO 8601; +07:00 for a Vietnamese time without zone; date-only when no time shown). */
  published: DateFound | null;
  modified: DateFound | null;
  /** Ranked candidates (publication and modification), best first, so the UI can offer the runner-up. */
  dateCandidates: DateFound[];
  authors: string[];
  signature: ArticleSignature | null;
  /** An administrative document's number and symbol (`245/QĐ-SNV`): its record's row, or its header. */
  documentNumber: string | null;
  /** Files the text offers (a decision's PDF, an announcement's forms), in page order. */
  attachments: Attachment[];
  /** A record's other rows (type, field, effective date, status; a question's date), as labelled. */
  recordDetails: RecordDetail[];
  body: ArticleBody;
  eventDates: EventDate[];
  lang: string;
  site: string;
  /** Other titles and site names the page gives, for the user to pick from. */
  titleCandidates: TextCandidate[];
  siteCandidates: TextCandidate[];
  isArticle: boolean;
  /** Portal-family profile that guided extraction, if any. */
  profile: string | null;
  provenance: Partial<Record<ArticleField, Provenance>>;
  /** Internal failures that were survived (the result is then best effort). */
  errors: string[];
}
