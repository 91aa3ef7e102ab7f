/**
 * The shared first step of every builder: clean the text, apply the reading order, and group articles
 * by article or by tag, so each format only decides how things look.
 */
import { COLOURS, type Attachment, type Clip, type RecordDetail, type Colour, type Highlight, type Selector, type Tag } from '../model';
import { partsFromIso, type DateParts } from './dates';
import { dateKind, recordKind, type DateKind, type RecordKind } from '../record-kind';
import { labelsFor, colourName, type ExportLabels } from './labels';
import { cleanLine, cleanText } from './text';
import { DEFAULT_TIME_ZONE, type ExportGroupBy, type ExportInput, type ExportLocale } from './types';

/** A highlight with cleaned text and its colour's display name. */
export interface PreparedHighlight {
  id: string;
  quote: string;
  note: string;
  colour: Colour;
  /** The user's name for the colour, or the colour's own name. */
  colourLabel: string;
  tags: string[];
  selectors: Selector[];
  createdAt: number;
  updatedAt: number;
}

/** A clip's effective fields, cleaned, with its highlights in reading order. */
export interface PreparedArticle {
  id: string;
  url: string;
  title: string;
  site: string;
  /** BCP 47 tag or ''. */
  lang: string;
  /** The publication date as written (ISO), or null. */
  publishedIso: string | null;
  published: DateParts | null;
  /** What the date is: a document's issue date and a question's answer date are not publication dates. */
  dateKind: DateKind;
  /** A document's or a question's record (its people and unit are named in its own words), or null for an article. */
  record: RecordKind | null;
  authors: string[];
  unit: string | null;
  /**
   * A document's record (a decision, a plan): its signer signed for the issuing body (`unit`), which is
   * the author a citation names. False once the user corrected the authors or the signature.
   */
  signedDocument: boolean;
  /** The signature block, lines kept. */
  signature: string;
  /** An administrative document's number and symbol (`245/QĐ-SNV`), or null. */
  documentNumber: string | null;
  /** The files the page offered (http(s) addresses only), names cleaned. */
  attachments: Attachment[];
  /** A record's other rows (type, effective date, status…), as labelled, cleaned. */
  recordDetails: RecordDetail[];
  tags: string[];
  savedAt: number;
  highlights: PreparedHighlight[];
}

/** One section of a human-readable export. `tag` is null for the untagged section and in article mode. */
export interface ExportGroup {
  heading: string | null;
  tag: Tag | null;
  articles: PreparedArticle[];
}

/** Everything a builder needs, in the order it prints it. */
export interface PreparedExport {
  locale: ExportLocale;
  labels: ExportLabels;
  groupBy: ExportGroupBy;
  now: Date;
  timeZone: string;
  /** Every article once, newest publication first, each with all its highlights in reading order. */
  articles: PreparedArticle[];
  /** Article mode: one group without heading. Tag mode: one group per tag (a-z, Vietnamese order), then untagged. */
  groups: ExportGroup[];
  highlightCount: number;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Trimmed NFC names without empties or duplicates, in first-seen order. */
function cleanList(values: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  for (const v of values ?? []) {
    const name = cleanLine(v);
    if (name) seen.add(name);
  }
  return [...seen];
}

/** Reading order: position in the article first, then position in the document, then creation time. */
function readingKey(h: Highlight): [number, number] {
  const positions = h.selectors.filter((s) => s.type === 'TextPositionSelector');
  const article = positions.find((s) => s.scope === 'article');
  if (article) return [0, article.start];
  if (positions[0]) return [1, positions[0].start];
  return [2, 0];
}

function compareHighlights(a: Highlight, b: Highlight): number {
  const ka = readingKey(a);
  const kb = readingKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1] || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function prepareHighlight(h: Highlight, input: ExportInput): PreparedHighlight {
  const colour: Colour = (COLOURS as readonly string[]).includes(h.colour) ? h.colour : 'yellow';
  return {
    id: h.id,
    quote: cleanText(h.quote),
    note: cleanText(h.note),
    colour,
    colourLabel: cleanLine(input.colourLabels?.[colour]) || colourName(colour, input.locale),
    tags: cleanList(h.tags),
    selectors: h.selectors,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  };
}

function prepareArticle(clip: Clip, highlights: Highlight[], input: ExportInput): PreparedArticle {
  const publishedIso = clip.published ? cleanLine(clip.published) : null;
  const authors = cleanList(clip.authors.length ? clip.authors : clip.signature?.authors);
  return {
    id: clip.id,
    url: cleanLine(clip.url),
    title: cleanLine(clip.title),
    site: cleanLine(clip.site),
    lang: cleanLine(clip.lang),
    publishedIso,
    published: partsFromIso(publishedIso),
    dateKind: dateKind(clip.detected?.provenance),
    record: recordKind(clip.detected?.provenance),
    authors,
    unit: cleanLine(clip.signature?.unit) || null,
    signedDocument: clip.detected?.provenance?.authors?.source === 'document:signer' && clip.corrections.authors === undefined && clip.corrections.signature === undefined,
    signature: cleanText(clip.signature?.text).trim(),
    documentNumber: cleanLine(clip.documentNumber) || null,
    recordDetails: (clip.detected?.recordDetails ?? []).map((d) => ({ label: cleanLine(d.label), value: cleanLine(d.value) })).filter((d) => d.label && d.value),
    attachments: (clip.detected?.attachments ?? []).filter((f) => /^https?:\/\//i.test(f.url)).map((f) => ({ name: cleanLine(f.name) || f.url, url: f.url })),
    tags: cleanList(clip.tags),
    savedAt: clip.savedAt,
    highlights: [...highlights].sort(compareHighlights).map((h) => prepareHighlight(h, input)),
  };
}

function articleTime(a: PreparedArticle): number {
  const p = a.published;
  return p ? Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1) : a.savedAt;
}

function compareArticles(a: PreparedArticle, b: PreparedArticle): number {
  return articleTime(b) - articleTime(a) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function groupByTag(articles: PreparedArticle[], tags: Tag[], labels: ExportLabels): ExportGroup[] {
  const known = new Map(tags.map((t) => [cleanLine(t.name), t]));
  const byTag = new Map<string, PreparedArticle[]>();
  const untagged: PreparedArticle[] = [];
  for (const article of articles) {
    const names = new Set(article.tags);
    for (const h of article.highlights) for (const t of h.tags) names.add(t);
    for (const name of names) {
      // A tag on the article covers all its highlights; a tag on a highlight covers that highlight only.
      const highlights = article.tags.includes(name) ? article.highlights : article.highlights.filter((h) => h.tags.includes(name));
      const list = byTag.get(name) ?? [];
      list.push({ ...article, highlights });
      byTag.set(name, list);
    }
    if (article.tags.length === 0) {
      const bare = article.highlights.filter((h) => h.tags.length === 0);
      if (bare.length > 0 || article.highlights.length === 0) untagged.push({ ...article, highlights: bare });
    }
  }
  const groups: ExportGroup[] = [...byTag.keys()]
    .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1))
    .map((name) => ({ heading: name, tag: known.get(name) ?? null, articles: byTag.get(name) ?? [] }));
  if (untagged.length > 0) groups.push({ heading: labels.untagged, tag: null, articles: untagged });
  return groups;
}

/** Cleans, orders and groups an export's data; every builder starts here. */
export function prepareExport(input: ExportInput): PreparedExport {
  const clips = [...new Map(input.clips.map((c) => [c.id, c] as const)).values()];
  const byClip = new Map<string, Highlight[]>(clips.map((c) => [c.id, []]));
  for (const h of input.highlights) byClip.get(h.clipId)?.push(h);
  const articles = clips.map((clip) => prepareArticle(clip, byClip.get(clip.id) ?? [], input)).sort(compareArticles);
  const labels = labelsFor(input.locale);
  return {
    locale: input.locale,
    labels,
    groupBy: input.groupBy,
    now: input.now,
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
    articles,
    groups: input.groupBy === 'tag' ? groupByTag(articles, input.tags, labels) : [{ heading: null, tag: null, articles }],
    highlightCount: articles.reduce((n, a) => n + a.highlights.length, 0),
  };
}
