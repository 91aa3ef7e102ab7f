/**
 * Article detection entry point: `extractArticle(doc, url)` runs every step on the document it is
 * given (never the global one) and never throws; `toArticleData` turns the live result into the
 * serialisable `ArticleData` the content script sends to the background.
 */
import type { ArticleData, ArticleField, Provenance } from '../model';
import { selectBody } from './body';
import { findByline } from './byline';
import { looksLikeListing, toParagraphs, trimBody, withLead } from './body-text';
import { isTodayLine, rankDates } from './date-candidates';
import { publisherTime, utcAtOffset, utcToVietnamTime } from './dates';
import { findAttachments } from './attachments';
import { documentFacts, documentSignature, findDocumentRecord, recordBodyRoot, titleNamesDocument } from './document-record';
import { queryAll, rawText } from './dom';
import type { PageMetadata } from './metadata';
import { metaValue, readMetadata } from './metadata';
import { buildPageModelSteps } from './page';
import type { Line } from './page';
import type { SiteProfile } from './profiles';
import { firstMatch, GENERIC_BODY, matchProfile, profileDateElements, profileTitleLine, PROFILES } from './profiles';
import { selectFirst } from './select';
import type { SignatureFound } from './signature';
import { findSignatureBlock, trailingSignatureLines, trailingNameSignature } from './signature';
import { findSiteNames } from './site';
import { findTitle, socialAuthor, stripSiteName, titleAlternatives } from './title';
import type { Article, ArticleSignature, RangeSpec } from './types';
import { cleanText, looksVietnamese, looseKey, wordCount } from './text';

export type { Article, ArticleBody, ArticleSignature, RangeSpec } from './types';
export type { DateFound } from './date-candidates';

export interface ExtractOptions {
  /** Site profiles to consult (default: the built-in table); `[]` runs the generic heuristics alone. */
  profiles?: readonly SiteProfile[];
  /**
   * The page's metadata describes an article it no longer shows (a script swapped the body and left
   * the head): read the visible page only — no declared title, dates or authors.
   */
  visibleOnly?: boolean;
}

/** Detects the article on `doc`. Pure: reads only the document passed in; never throws. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article {
  try {
    const steps = run(doc, url, options.profiles ?? PROFILES, options.visibleOnly ?? false);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  } catch (e) {
    return fallbackArticle(doc, url, e);
  }
}

/**
 * The same detection in slices: `pause` runs between its stages (page model and metadata, title and record,
 * body, dates, signature and the rest), so a page's main thread can do other work in between (a content script
 * awaits a macrotask there). `slice` is told when each slice starts and ends. Never throws.
 */
export async function extractArticleSliced(
  doc: Document,
  url: string,
  pause: () => Promise<void>,
  options: ExtractOptions & { slice?: (phase: 'start' | 'end') => void } = {},
): Promise<Article> {
  try {
    const steps = run(doc, url, options.profiles ?? PROFILES, options.visibleOnly ?? false);
    for (;;) {
      options.slice?.('start');
      const step = steps.next();
      options.slice?.('end');
      if (step.done) return step.value;
      await pause();
    }
  } catch (e) {
    return fallbackArticle(doc, url, e);
  }
}

/** The detection, stage by stage: each `yield` is a point where a sliced run may let the page work. */
function* run(doc: Document, url: string, profiles: readonly SiteProfile[], visibleOnly: boolean): Generator<void, Article, void> {
  const errors: string[] = [];
  const model = yield* buildPageModelSteps(doc);
  // no readable root element: let the fallback take whatever text the document still gives
  if (!model.root) throw new Error('document has no readable root element');
  const read = safe(() => readMetadata(doc, model), emptyMetadata(), errors, 'metadata');
  // (the language still holds when the head is stale: the site is the same)
  const md = visibleOnly ? { ...emptyMetadata(), lang: read.lang, langTag: read.langTag } : read;
  const profile = safe(() => matchProfile(model, url, metaValue(md, ['generator'])?.value ?? '', profiles), null, errors, 'profile');
  const sample = model.lines.slice(0, 400).map((l) => l.text).join(' ');
  const lang = md.lang || (looksVietnamese(sample) ? 'vi' : '');
  const vietnamese = lang.startsWith('vi') || (!lang && /\.vn(?:[:/]|$)/i.test(hostOf(url))) || (!md.lang && looksVietnamese(sample));
  // month-first only for US English (and English pages that do not say which)
  const dayFirst = vietnamese || !(lang === 'en' || !lang) || (!!md.langTag && !/^en(?:[-_]us)?$/i.test(md.langTag));
  const siteInfo = findSiteNames(model, md, url);
  const siteNames = siteInfo.names;
  const provenance: Partial<Record<ArticleField, Provenance>> = {};

  yield;

  const title = findTitle(model, md, siteNames, hostOf(url), safe(() => profileTitleLine(model, profile), null, errors, 'profile'));
  provenance.title = { source: title.source, confidence: title.confidence };
  // a document's record page (số ký hiệu, ngày ban hành, trích yếu, người ký…) or a question's (Hỏi đáp)
  const record = safe(() => findDocumentRecord(model), null, errors, 'document');
  const recordLines = new Set(record?.lines ?? []);
  // a bold label in the record (`<b>Ngày có hiệu lực</b>`) is no title line: the body does not start under it
  const titleLine = title.line && recordLines.has(title.line) ? null : title.line;

  yield;

  // body: a profile's container when it holds real text, else generic scoring
  let preferred = profile ? firstMatch(model, profile.body) : null;
  if (preferred && preferred.textLen < 200) preferred = null;
  let sel = selectBody(model, title.text, preferred);
  let bodySource = preferred ? `profile:${profile?.id}` : 'scored';
  if (!preferred) {
    const info = selectFirst(model, GENERIC_BODY);
    const selLen = sel.lines.reduce((n, l) => n + l.text.length, 0);
    if (info && info.textLen >= 200 && info.textLen > selLen * 0.6 && !sel.parts.some((p) => p.order <= info.order && p.end >= info.end && info.textLen > selLen * 0.9)) {
      const alt = selectBody(model, title.text, info);
      const altLen = alt.lines.reduce((n, l) => n + l.text.length, 0);
      if (altLen >= selLen * 0.6) {
        sel = alt;
        bodySource = 'selector';
      }
    }
  }

  // the record's rows are the body when the scoring found nothing around them (table cells are too short to
  // vote) or found other text
  const recordRoot = record ? recordBodyRoot(model, record, sel.parts) : null;
  if (recordRoot) {
    sel = selectBody(model, title.text, recordRoot);
    bodySource = 'document';
  }

  let lines = trimBody(withLead(sel.lines, titleLine, model), titleLine);
  const bodyStart = lines[0]?.index ?? titleLine?.index ?? 0;

  yield;

  const dates = safe(
    () => rankDates({ model, md, url, titleLine, bodyLines: lines, vietnamese, dayFirst, profileDates: profileDateElements(model, profile) }),
    { published: null, modified: null, candidates: [], eventDates: [] },
    errors,
    'dates',
  );
  if (vietnamese) {
    // metadata in UTC is shown and cited in Vietnam's time (the same instant)
    for (const c of dates.candidates) c.iso = utcToVietnamTime(c.iso);
    if (dates.published) dates.published.iso = utcToVietnamTime(dates.published.iso);
    if (dates.modified) dates.modified.iso = utcToVietnamTime(dates.modified.iso);
  } else if (dates.published) {
    // a UTC instant is written as the publisher shows it: in its offset, or on the day the page shows
    const local = publisherTime(dates.published.iso, dates.candidates, dayFirst);
    if (local) {
      const day = local.iso.slice(0, 10);
      const shown = dates.candidates.find((c) => c.element && c.iso.slice(0, 10) === day && c.text && !/^\d{4}-\d\d-\d\d(?:[T ]|$)/.test(c.text));
      dates.published = { ...dates.published, iso: local.iso, ...(shown ? { text: shown.text, element: shown.element } : {}) };
      if (local.offset !== null) {
        // the other UTC values (metadata, the modified date) in the same offset, as a Vietnamese page's are in +07:00
        for (const c of dates.candidates) c.iso = utcAtOffset(c.iso, local.offset);
        if (dates.modified) dates.modified = { ...dates.modified, iso: utcAtOffset(dates.modified.iso, local.offset) };
      }
    }
  }
  yield;

  const byline = safe(() => findByline(model, md, titleLine, bodyStart, siteNames), { authors: [], text: '', element: null, lines: [], source: 'none', confidence: 0 }, errors, 'byline');

  // date line and byline at the top of the body are not body text
  // (the date's own line: a block split by `<br>` also holds the title and body paragraphs on old portals)
  const dateFound = [dates.published, dates.modified].filter((d): d is NonNullable<typeof d> => !!d?.element);
  // (a value cell beside its label — `Ngày ban hành | 05/03/2024` on a document page — is body)
  const labelledCell = (l: Line): boolean => (l.block.tag === 'td' || l.block.tag === 'th') && l.block.parent?.tag === 'tr' && l.block.parent.lastLine - l.block.parent.firstLine > l.block.lastLine - l.block.firstLine;
  // the shown date line of a date read from metadata: the same day in a `<time>` or date line near the top
  const days = new Set([dates.published, dates.modified].flatMap((d) => (d ? [d.iso.slice(0, 10)] : [])));
  const shownDates = dates.candidates.filter((c) => c.element && c.text && days.has(c.iso.slice(0, 10)) && !dateFound.includes(c));
  const shownIn = (l: Line, c: (typeof shownDates)[number]): boolean =>
    !!c.element && (c.element === l.block.el || (l.block.el.contains(c.element) && l.nodes.some((n) => c.element?.contains(n)))) && l.text.includes(c.text) && wordCount(l.text) - wordCount(c.text) <= 8;
  const isDateLine = (l: Line): boolean =>
    l.text.length < 160 && !labelledCell(l) && (dateFound.some((d) => d.element === l.block.el && (!d.text || l.text.includes(d.text))) || shownDates.some((c) => shownIn(l, c)));
  const bylineLines = new Set(byline.lines);
  // (a record's rows stay whole: `Số ký hiệu: … | Ngày ban hành: …` is a row, not a date line)
  lines = lines.filter((l, i) => recordLines.has(l) || !(i < 8 && (isDateLine(l) || bylineLines.has(l) || isTodayLine(l.text))));

  let sigFound: SignatureFound | null = null;
  if (vietnamese) {
    // the CMS may set the author and source lines apart, after the article's container
    const trailing = lines.length ? safe(() => trailingSignatureLines(model.lines, lines[lines.length - 1]), [], errors, 'signature') : [];
    sigFound = safe(() => findSignatureBlock([...lines, ...trailing]), null, errors, 'signature');
    // a record's last row (`Cơ quan ban hành⇥Sở Nội vụ`) is a field of the record, not a signature block under it
    if (sigFound?.lines.length && sigFound.lines.every((l) => recordLines.has(l))) sigFound = null;
  }
  if (sigFound) {
    const used = new Set([...sigFound.lines, ...sigFound.after]);
    lines = lines.filter((l) => !used.has(l));
  }
  let signature = toSignature(sigFound, byline);
  // its signer and issuing body sign it, when the page has no signature of its own
  const recordSignature = record && !signature ? documentSignature(record) : null;
  if (recordSignature) signature = recordSignature;

  let authors = mergeNames(byline.authors, sigFound?.authors ?? recordSignature?.authors ?? []);
  // elsewhere, a name alone and set apart on the body's last line signs the article
  if (!vietnamese && !authors.length) authors = safe(() => trailingNameSignature(lines), [], errors, 'signature');
  // a post on X names its author only in the declared title (`Name on X: "…"`)
  const poster = authors.length ? '' : socialAuthor(metaValue(md, ['og:title'])?.value ?? md.titleTag);
  if (poster) authors = [poster];
  provenance.authors = authors.length ? { source: sigFound?.authors.length && !byline.authors.length ? 'signature' : byline.source, confidence: Math.max(byline.confidence, sigFound?.confidence ?? 0) } : { source: 'none', confidence: 0.3 };
  // a document's signer (its record's row, or the signature under a text posted whole with its number) signs for its issuing body
  if ((recordSignature?.authors.length || (sigFound?.number && sigFound.authors.length)) && !byline.authors.length) provenance.authors = { source: 'document:signer', confidence: 0.8 };
  if (signature) provenance.signature = { source: `signature:${signature.kind}`, confidence: recordSignature ? 0.8 : (sigFound?.confidence ?? byline.confidence) };

  // the record's summary is the title when the page's own title does not name the document (`Chi tiết văn bản`)
  let titleText = title.text;
  let titleElement = title.line?.block.el ?? null;
  const subject = record?.fields.subject;
  if (subject && (!titleLine || !titleNamesDocument(stripSiteName(title.text, siteNames), record))) {
    titleText = subject.text;
    titleElement = subject.lines[0].block.el;
    provenance.title = { source: 'document:subject', confidence: 0.8 };
  }
  // a document's or an answer's own date, number and other rows
  const facts = documentFacts(dates, record, sigFound, vietnamese);
  if (facts.number) provenance.documentNumber = facts.numberProvenance;

  const paragraphs = toParagraphs(lines, sigFound);
  const text = paragraphs.join('\n\n');
  provenance.body = { source: bodySource, confidence: sel.confidence };
  if (dates.published) provenance.published = { source: dates.published.source, confidence: dates.published.score };
  if (dates.modified) provenance.modified = { source: dates.modified.source, confidence: dates.modified.score };

  const site = siteNames[0] ?? '';
  provenance.site = { source: siteInfo.source, confidence: site ? (siteInfo.source === 'host' ? 0.3 : 0.7) : 0 };
  provenance.lang = { source: md.lang ? 'html' : lang ? 'text' : 'none', confidence: md.lang ? 0.9 : lang ? 0.6 : 0 };

  const declaredArticle = /article|posting|report/i.test(md.jsonLd?.type ?? '') || /article/i.test(metaValue(md, ['og:type'])?.value ?? '');
  const listing = !declaredArticle && !record && looksLikeListing(sel.lines, vietnamese, dayFirst);
  const linkShare = sel.lines.length ? sel.lines.reduce((n, l) => n + l.linkLen, 0) / Math.max(1, sel.lines.reduce((n, l) => n + l.text.length, 0)) : 1;
  // the files the text offers (a decision's PDF, an announcement's forms); a list of articles offers none of its own
  // (`<base href>` sits in the head: a walk of the whole document could overflow the stack on a deeply nested page)
  const baseHref = safe(() => doc.head?.querySelector('base[href]')?.getAttribute('href') ?? null, null, errors, 'attachments');
  const attachments = listing ? [] : safe(() => findAttachments([sel.container?.el ?? null], baseHref ? absolutise(baseHref, url) : url, model.fileLinks), [], errors, 'attachments');
  // a portal's announcement may be a heading, a date, a line and its file (`Thông báo …`, `File đính kèm: TB-312.pdf`)
  const postedFile = !!titleLine && !!dates.published && attachments.length > 0 && !isRootPath(url) && text.length >= 40;
  const isArticle = !!(record && titleText) || (!listing && !!title.text && (text.length >= 200 || postedFile) && linkShare < 0.5 && (declaredArticle || !isRootPath(url) || !!dates.published));
  if (listing) {
    // a list of other articles has no date, author or events of its own
    dates.published = null;
    dates.modified = null;
    dates.eventDates = [];
    delete provenance.published;
    delete provenance.modified;
  }

  const canonicalUrl = md.canonical ? absolutise(md.canonical, url) : null;
  return {
    url,
    canonicalUrl,
    title: titleText,
    titleElement,
    published: dates.published,
    modified: dates.modified,
    dateCandidates: dates.candidates,
    authors: listing ? [] : authors,
    signature: listing ? null : signature,
    documentNumber: listing ? null : facts.number,
    attachments,
    recordDetails: listing ? [] : facts.details,
    body: { element: sel.container?.el ?? null, text, paragraphs },
    eventDates: dates.eventDates,
    lang,
    site,
    titleCandidates: safe(() => titleAlternatives(model, md, siteNames, hostOf(url), titleText), [], errors, 'title'),
    siteCandidates: siteNames.slice(1, 5).map((text, i) => ({ text, source: siteInfo.sources[i + 1] ?? 'page' })),
    isArticle,
    profile: profile?.id ?? null,
    provenance,
    errors,
  };
}

/** Turns the live Article into the plain data the content script sends. */
export function toArticleData(article: Article): ArticleData {
  const sig = article.signature;
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    published: article.published?.iso ?? null,
    publishedText: article.published?.text ?? null,
    modified: article.modified?.iso ?? null,
    modifiedText: article.modified?.text ?? null,
    dateCandidates: article.dateCandidates.map((c) => ({ iso: c.iso, text: c.text, source: c.source, score: c.score })),
    authors: [...article.authors],
    signature: sig ? { text: sig.text, authors: [...sig.authors], unit: sig.unit, source: sig.source } : null,
    documentNumber: article.documentNumber,
    attachments: article.attachments.map((a) => ({ ...a })),
    recordDetails: article.recordDetails.map((d) => ({ ...d })),
    bodyText: article.body.text,
    eventDates: article.eventDates.map((e) => ({ ...e })),
    lang: article.lang,
    site: article.site,
    titleCandidates: article.titleCandidates.map((c) => ({ ...c })),
    siteCandidates: article.siteCandidates.map((c) => ({ ...c })),
    isArticle: article.isArticle,
    provenance: { ...article.provenance },
  };
}

/** Builds a DOM `Range` for a signature (or any RangeSpec) in `doc`; null if the nodes moved. */
export function toDomRange(doc: Document, spec: RangeSpec): Range | null {
  try {
    const r = doc.createRange();
    r.setStart(spec.startNode, spec.startOffset);
    r.setEnd(spec.endNode, spec.endOffset);
    return r;
  } catch {
    return null;
  }
}

function safe<T>(fn: () => T, fallback: T, errors: string[], step: string): T {
  try {
    return fn();
  } catch (e) {
    errors.push(`${step}: ${e instanceof Error ? e.message : String(e)}`);
    return fallback;
  }
}

function emptyMetadata(): PageMetadata {
  return { meta: new Map(), jsonLd: null, jsonLdSiteNames: [], canonical: null, lang: '', langTag: '', titleTag: '' };
}

function toSignature(found: SignatureFound | null, byline: ReturnType<typeof findByline>): ArticleSignature | null {
  if (found) {
    let range: RangeSpec | null = null;
    let nodes: Node[] = [];
    if (found.inline) {
      const n = found.inline.node;
      nodes = [n];
      range = { startNode: n, startOffset: found.inline.offset, endNode: n, endOffset: n.data.length };
    } else if (found.lines.length) {
      nodes = [...new Set(found.lines.map((l) => l.block.el))];
      const first = found.lines[0].nodes[0];
      const lastNodes = found.lines[found.lines.length - 1].nodes;
      const last = lastNodes[lastNodes.length - 1];
      if (first && last) range = { startNode: first, startOffset: 0, endNode: last, endOffset: last.data.length };
    }
    return { text: found.text, authors: found.authors, unit: found.unit, source: found.source, nodes, range, kind: found.kind };
  }
  if (!byline.authors.length) return null;
  const nodes: Node[] = byline.element ? [byline.element] : [];
  let range: RangeSpec | null = null;
  const ln = byline.lines;
  if (ln.length && ln[0].nodes.length) {
    const last = ln[ln.length - 1].nodes[ln[ln.length - 1].nodes.length - 1];
    range = { startNode: ln[0].nodes[0], startOffset: 0, endNode: last, endOffset: last.data.length };
  }
  return { text: byline.text || byline.authors.join(', '), authors: byline.authors, unit: null, source: null, nodes, range, kind: 'byline' };
}

/** Names from both sources, without duplicates (`Minh Châu` and `Minh Châu.` are one). */
function mergeNames(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const n of [...a, ...b]) {
    const k = looseKey(n);
    if (!k) continue;
    if (out.some((o) => looseKey(o) === k)) continue;
    out.push(n);
  }
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function isRootPath(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '' || /^\/(index|default|home)\.\w+$/i.test(u.pathname)) && !u.search;
  } catch {
    return false;
  }
}

function absolutise(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** When a step we did not expect to fail fails: whatever text is there, low confidence. */
function fallbackArticle(doc: Document, url: string, e: unknown): Article {
  let title = '';
  let text = '';
  try {
    title = cleanText(rawText(queryAll(doc, 'title')[0], 2000));
  } catch {
    /* nothing readable */
  }
  try {
    text = cleanText(rawText(doc.body, 500_000));
  } catch {
    /* nothing readable */
  }
  return {
    url,
    canonicalUrl: null,
    title,
    titleElement: null,
    published: null,
    modified: null,
    dateCandidates: [],
    authors: [],
    signature: null,
    documentNumber: null,
    attachments: [],
    recordDetails: [],
    body: { element: null, text, paragraphs: text ? [text] : [] },
    eventDates: [],
    lang: '',
    site: '',
    titleCandidates: [],
    siteCandidates: [],
    isArticle: false,
    profile: null,
    provenance: { title: { source: 'fallback', confidence: 0.1 }, body: { source: 'fallback', confidence: 0.1 } },
    errors: [`extract: ${e instanceof Error ? e.message : String(e)}`],
  };
}
