/**
 * The product's domain model: one name per concept across code, UI and docs.
 * Article = a detected page; Clip = a saved article; Highlight = an anchored passage with colour
 * and note; Tag; Signature = the author/unit block. Everything here is plain, serialisable data
 * (it crosses the message protocol and lives in IndexedDB); DOM references live only in
 * `utils/extract` types.
 */

/** Where a detected field came from and how sure we are of it (0..1). */
export interface Provenance {
  /** e.g. `json-ld`, `meta:article:published_time`, `text:date-line`, `profile:sharepoint`, `user`. */
  source: string;
  confidence: number;
}

/** A publication-date candidate, ranked by score (highest first) in `ArticleData.dateCandidates`. */
export interface DateCandidate {
  /** ISO 8601: `2024-01-22T15:32:00+07:00`, or date-only `2024-01-22`. */
  iso: string;
  /** The exact text the date was read from. */
  text: string;
  source: string;
  score: number;
}

/** Another value the page gives for a text field (a title, a site name), for the user to pick. */
export interface TextCandidate {
  text: string;
  /** Where it was read: `meta:og:title`, `title-tag`, `heading:h1`, `banner`, `host`… */
  source: string;
}

/** A date mentioned in the article text (an event), kept apart from the publication date. */
export interface EventDate {
  iso: string;
  text: string;
}

/** The signature block at the end of an article (or a byline on ordinary news sites). */
export interface SignatureData {
  /** The block's text as shown, lines joined by `\n`. */
  text: string;
  /** People named in it. */
  authors: string[];
  /** The unit (e.g. `Ban Thi đua, Khen thưởng - Sở Nội vụ`), when given. */
  unit: string | null;
  /** A source outlet (`Nguồn: …`, `Theo …`), when given. */
  source: string | null;
}

export type ArticleField = 'title' | 'published' | 'modified' | 'authors' | 'signature' | 'documentNumber' | 'body' | 'site' | 'lang';

/** The serialisable result of article detection: what crosses from content script to background. */
export interface ArticleData {
  url: string;
  /** Canonical URL when the page names one (link rel=canonical / og:url). */
  canonicalUrl: string | null;
  title: string;
  /** ISO 8601 (with +07:00 when a Vietnamese page gives a time without a zone), or null. */
  published: string | null;
  publishedText: string | null;
  modified: string | null;
  modifiedText: string | null;
  dateCandidates: DateCandidate[];
  authors: string[];
  signature: SignatureData | null;
  /**
   * An administrative document's number and symbol (số ký hiệu, `245/QĐ-SNV`), from its record page or
   * the header of the text; null on articles. Absent on clips saved before it was read.
   */
  documentNumber?: string | null;
  /** Files the text offers (a decision's PDF, an announcement's forms). Absent on clips saved before they were read. */
  attachments?: Attachment[];
  /**
   * A record's other rows, as the page labels them (`Loại văn bản: Quyết định`, `Ngày có hiệu lực: 15/11/2026`,
   * `Tình trạng: Còn hiệu lực`, a question's `Ngày gửi`). Absent on articles and on clips saved before.
   */
  recordDetails?: RecordDetail[];
  /** Clean body text, paragraphs separated by a blank line. */
  bodyText: string;
  eventDates: EventDate[];
  /** BCP 47 language tag (`vi`, `en`, …), or '' when unknown. */
  lang: string;
  /** Portal or site name. */
  site: string;
  /** Other titles the page gives (declared in metadata, shown as h1), not including `title`. Absent on clips saved before 0.x. */
  titleCandidates?: TextCandidate[];
  /** Other names the page gives its site, not including `site`. */
  siteCandidates?: TextCandidate[];
  /** Whether the page looks like an article at all (false on home pages, lists, search results). */
  isArticle: boolean;
  /** Provenance of each detected field. */
  provenance: Partial<Record<ArticleField, Provenance>>;
}

/** One labelled row of a document's or a question's record page. */
export interface RecordDetail {
  label: string;
  value: string;
}

/** A file an article or a document's record links to. */
export interface Attachment {
  /** The link's text, or the file's name from its address. */
  name: string;
  /** Absolute http(s) address. */
  url: string;
}

/** The five highlight colours; their meanings are user-nameable (settings). */
export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type Colour = (typeof COLOURS)[number];

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
  /** What the offsets count from: the article body element or the whole document body. */
  scope: 'article' | 'document';
}

/** A DOM range as XPaths + offsets (the shape the Hypothesis client stores). */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

/** User corrections of detected fields: when present they win over detection. */
export interface Corrections {
  title?: string;
  published?: string | null;
  authors?: string[];
  signature?: SignatureData | null;
  site?: string;
  /** The document's number and symbol; null: the page is no document (detection read one wrongly). */
  documentNumber?: string | null;
}

/** A saved article. */
export interface Clip {
  id: string;
  /** Canonical page URL (see utils/url.ts). */
  url: string;
  /** Other URLs of the same article (tracking parameters, mobile/print variants, redirects). */
  aliases: string[];
  title: string;
  published: string | null;
  modified: string | null;
  authors: string[];
  signature: SignatureData | null;
  /** The document's number and symbol (see ArticleData); absent on clips saved before it was read. */
  documentNumber?: string | null;
  site: string;
  lang: string;
  tags: string[];
  /** What detection found at clip time (kept so a correction can be undone). */
  detected: ArticleData;
  corrections: Corrections;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
}

/** The article as it was at clip time, so it stays readable after the portal edits or removes it. */
export interface Snapshot {
  clipId: string;
  /** Cleaned article HTML: no scripts, styles, event handlers or remote frames. */
  html: string;
  text: string;
  takenAt: number;
}

export interface Highlight {
  id: string;
  clipId: string;
  /** The clip's canonical URL, denormalised so a page's highlights load with one index lookup. */
  url: string;
  selectors: Selector[];
  /** The exact highlighted text, NFC. */
  quote: string;
  colour: Colour;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export interface Tag {
  name: string;
  /** CSS colour, e.g. `#2563eb`. */
  colour: string;
  description: string;
  createdAt: number;
}

/** A highlight with its anchoring result on the live page. */
export interface PlacedHighlight extends Highlight {
  /** false: no selector could be placed on the page (an orphan, listed but never dropped). */
  anchored: boolean;
}
