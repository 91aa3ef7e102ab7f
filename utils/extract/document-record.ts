/**
 * A document's record page (a "văn bản" page on a portal): rows of label and value — `Số ký hiệu`,
 * `Ngày ban hành`, `Trích yếu`, `Người ký`, `Cơ quan ban hành` — in a table, a definition list, or
 * `Label: value` lines. Such a page often has no heading of its own but "Chi tiết văn bản"; its
 * title is the document's summary (trích yếu), and its signer and issuing body sign it.
 *
 * A portal's question-and-answer page ("Hỏi đáp") is read the same way: its `Tiêu đề` is the title, the
 * answer's date (`Ngày trả lời`) its date and the answering body (`Đơn vị trả lời`) signs it; the asker
 * (`Người hỏi`, `Ngày gửi`) is not its author.
 */
import type { DateFound, DateResult } from './date-candidates';
import { findDates } from './dates';
import { cleanDocumentNumber } from './document-number';
import type { ElInfo, Line, PageModel } from './page';
import { contains } from './page';
import { isPersonName, titleCaseName } from './signature';
import { cleanText, looseKey, stripDiacritics } from './text';
import type { ArticleSignature, RangeSpec } from './types';
import type { Provenance, RecordDetail } from '../model';

export type RecordKey = 'number' | 'subject' | 'issued' | 'signer' | 'issuer' | 'type' | 'asker' | 'other';

export interface RecordField {
  /** The value as shown (a value spread over several lines is joined with spaces). */
  text: string;
  /** The label as matched: lower case, without diacritics or colon (`ngay tra loi`). */
  name: string;
  /** The label as the page shows it, without its colon (`Ngày có hiệu lực`). */
  shown: string;
  label: Line;
  /** The value's lines (the label's own line when the value shares it: `Số ký hiệu: 245/QĐ-SNV`). */
  lines: Line[];
}

export interface DocumentRecord {
  fields: Partial<Record<Exclude<RecordKey, 'other'>, RecordField>>;
  /**
   * The record's other rows a reader wants kept, in page order: the document's type, field, level, the date it
   * takes effect and its status; the day a question was asked. Not the asker's name or address, nor contacts.
   */
  details: RecordField[];
  /** Every line of the record's rows, the ones it does not read too (`Ngày có hiệu lực`, `Lĩnh vực`). */
  lines: Line[];
}

/** Labels, matched without diacritics (portals write both `ký` and `kí`), lower case, no trailing colon. */
const LABELS: Array<[RegExp, RecordKey]> = [
  [/^(?:so\s*(?:\/|,)?\s*k[yi] hieu|so hieu(?: van ban)?|k[yi] hieu(?: van ban)?|so van ban)$/, 'number'],
  [/^(?:trich yeu(?: noi dung)?|noi dung trich yeu|ten van ban|tieu de(?: cau hoi)?)$/, 'subject'],
  [/^(?:ngay ban hanh|ngay k[yi](?: ban hanh)?|ngay van ban|ngay (?:tra loi|giai dap)|thoi gian (?:tra loi|giai dap))$/, 'issued'],
  [/^(?:nguoi k[yi](?: duyet| van ban)?|nguoi (?:tra loi|giai dap))$/, 'signer'],
  [/^(?:co quan ban hanh|don vi ban hanh|noi ban hanh|co quan\s*\/\s*don vi ban hanh|(?:co quan|don vi) (?:tra loi|giai dap))$/, 'issuer'],
  [/^(?:loai van ban|hinh thuc van ban|the loai)$/, 'type'],
  // who asked, and when: a question's record, whose asker is not its author
  [/^(?:nguoi (?:hoi|gui)|ho (?:va )?ten(?: nguoi hoi)?|ngay (?:gui|hoi|dat cau hoi)|thoi gian gui|noi dung cau hoi)$/, 'asker'],
  [/^(?:ngay (?:co )?hieu luc|ngay het hieu luc|hieu luc|tinh trang(?: hieu luc)?|linh vuc|cap ban hanh|chuc vu(?: nguoi k[yi])?|(?:tep|file|tai lieu) dinh kem|ngay dang|ngay cap nhat|dia chi|email|(?:so )?dien thoai|cau hoi|(?:noi dung )?tra loi)$/, 'other'],
];
/** The rows kept as the record's details (labels as matched: lower case, no diacritics). */
const DETAIL = /^(?:loai van ban|hinh thuc van ban|the loai|ngay (?:co )?hieu luc|ngay het hieu luc|hieu luc|tinh trang(?: hieu luc)?|linh vuc|cap ban hanh|chuc vu(?: nguoi k[yi])?|ngay (?:gui|hoi|dat cau hoi)|thoi gian gui)$/;
/** A question's labels for the answer's row (`Ngày trả lời`, `Đơn vị giải đáp`), as matched. */
const ANSWER_LABEL = /tra loi|giai dap/;
/** `Label: value` on one line: the label part, at most this long. */
const INLINE = /^([^:：]{4,40}?)\s*[:：]\s*(\S.*)$/u;
/** Several `Label: value` pairs on one line: `Người hỏi: … | Ngày gửi: 02/11/2026`. */
const PAIRS = /\s+[|•]\s+/u;
/** Rows of one record sit close together. */
const SPAN = 40;
const SCAN = 3000;

/** The first letters labels start with: most lines are ruled out without normalising them. */
const LABEL_START = /^[sStTnNcCđĐlLhHkKfF]/;

/** The label's key and its normalised text, or null when the text is no label. */
function readLabel(text: string): { key: RecordKey; label: string } | null {
  if (text.length > 45 || !LABEL_START.test(text)) return null;
  const label = stripDiacritics(cleanText(text).toLowerCase()).replace(/\s*[:：]\s*$/, '').trim();
  for (const [re, key] of LABELS) if (re.test(label)) return { key, label };
  return null;
}

const labelKey = (text: string): RecordKey | null => readLabel(text)?.key ?? null;
const shownLabel = (text: string): string => cleanText(text).replace(/\s*[:：]\s*$/u, '').trim();

/** The record's rows, or null when the page holds no such record (three known labels or more, a summary or number among them). */
export function findDocumentRecord(model: PageModel): DocumentRecord | null {
  const lines = model.lines;
  const limit = Math.min(lines.length, SCAN);
  let fields: DocumentRecord['fields'] = {};
  let first = -1;
  let found = 0;
  const seen = new Set<string>();
  let rowLines: Line[] = [];
  let details: RecordField[] = [];
  // a document's record: three rows or more, its summary or number among them; a question's: who asked,
  // and who answered or when
  const settle = (): DocumentRecord | null => {
    const document = found >= 3 && (fields.subject || fields.number);
    const answer = !!fields.asker && (!!fields.issuer || !!fields.signer || !!fields.issued) && found >= 2;
    return document || answer ? { fields, lines: rowLines, details } : null;
  };
  for (let i = 0; i < limit; i++) {
    const l = lines[i];
    const read: Array<[{ key: RecordKey; label: string }, RecordField]> = [];
    const label = readLabel(l.text);
    if (label) {
      const value = valueLines(lines, i);
      if (value.length) read.push([label, { text: value.map((v) => v.text).join(' '), name: label.label, shown: shownLabel(l.text), label: l, lines: value }]);
    } else if (LABEL_START.test(l.text)) {
      for (const pair of l.text.split(PAIRS)) {
        const m = INLINE.exec(pair);
        const inline = m ? readLabel(m[1]) : null;
        if (m && inline) read.push([inline, { text: m[2].trim(), name: inline.label, shown: shownLabel(m[1]), label: l, lines: [l] }]);
      }
    }
    if (!read.length) continue;
    if (first >= 0 && i - first > SPAN) {
      // a second group far below: the first one stands if it is a record
      const done = settle();
      if (done) return done;
      fields = {};
      found = 0;
      first = -1;
      seen.clear();
      rowLines = [];
      details = [];
    }
    if (first < 0) first = i;
    for (const [{ key, label: name }, field] of read) {
      for (const x of [field.label, ...field.lines]) if (rowLines[rowLines.length - 1] !== x) rowLines.push(x);
      // the same label again close by: a list of documents, each with its rows, not one record
      // (a row it does not read may come again: the footer's `Địa chỉ:` under a question's `Địa chỉ`)
      if (seen.has(name)) {
        if (key === 'other') continue;
        return null;
      }
      seen.add(name);
      if (DETAIL.test(name) && field.text.length <= 200) details.push(field);
      if (key === 'other' || fields[key]) continue;
      fields[key] = field;
      found++;
    }
  }
  return settle();
}

/**
 * The value beside a label line: the next lines in the same row (the label's table row, or the label's
 * parent), up to the next label. A header row (`Số ký hiệu | Ngày ban hành | Trích yếu` over a list of
 * documents) has no value beside its labels, so it reads as no record.
 */
function valueLines(lines: Line[], i: number): Line[] {
  const label = lines[i];
  const row = label.block.parent;
  if (!row) return [];
  const out: Line[] = [];
  for (let j = i + 1; j < lines.length && out.length < 6; j++) {
    const l = lines[j];
    if (l.block.order <= row.order || l.block.order > row.end || l.block === label.block || labelKey(l.text)) break;
    // a value is one cell (or one `dd`): stop at the next block once the value has begun
    if (out.length && l.block !== out[0].block) break;
    out.push(l);
  }
  return out;
}

/**
 * Where the body is, when the selection missed the record: table cells are too short to vote, so the
 * scoring may take a wrapper of the whole page, or prose elsewhere. The record's own box then, or the box
 * and the document's text set apart under it (`Nội dung`) when one element holds just the two. Null when
 * a selected part already holds the record with prose of its own.
 */
export function recordBodyRoot(model: PageModel, record: DocumentRecord, parts: ElInfo[]): ElInfo | null {
  const box = recordBox(record);
  if (!box || parts.some((p) => contains(p, box) && !mostlyChrome(model, p, box))) return null;
  const prose = parts.find((p) => !contains(p, box) && !mostlyChrome(model, p, box));
  let both: ElInfo | null = prose ?? null;
  while (both && !contains(both, box)) both = both.parent;
  const tight = !!prose && !!both && both.tag !== 'body' && both.tag !== 'html' && both.textLen <= (prose.textLen + box.textLen) * 1.3;
  return tight ? both : box;
}

/** The part has little prose beside the record: menus, banners, lists of other documents. */
function mostlyChrome(model: PageModel, part: ElInfo, box: ElInfo): boolean {
  if (part.tag === 'body' || part.tag === 'html') return true;
  let prose = 0;
  for (let i = part.firstLine; i < part.lastLine; i++) {
    const l = model.lines[i];
    if (contains(box, l.block) || l.text.length < 80 || l.linkLen > l.text.length * 0.2) continue;
    prose += l.text.length;
  }
  return prose < box.textLen;
}

/** The smallest element that holds every row of the record (its table, list or box). */
function recordBox(record: DocumentRecord): ElInfo | null {
  const rows = Object.values(record.fields).flatMap((f) => (f ? [f.label, ...f.lines] : []));
  let box: ElInfo | null = rows[0]?.block ?? null;
  for (const l of rows) while (box && !contains(box, l.block)) box = box.parent;
  return box && box.tag !== 'body' && box.tag !== 'html' ? box : null;
}

/** The record names this title: it carries the document's number, or most of its words are the summary's. */
export function titleNamesDocument(title: string, record: DocumentRecord): boolean {
  const number = record.fields.number?.text;
  if (number && looseKey(title).includes(looseKey(number))) return true;
  const subject = record.fields.subject?.text;
  if (!subject) return true;
  // (a page-type title, `Chi tiết văn bản`, shares a word or two with any summary: most of its words must be there)
  const words = looseKey(title).split(' ').filter(Boolean);
  const have = new Set(looseKey(subject).split(' '));
  return words.length >= 3 && words.filter((w) => have.has(w)).length >= words.length * 0.7;
}

/** The document's number and symbol from its row (`Số ký hiệu⇥245/QĐ-SNV`), or null. */
function recordNumber(record: DocumentRecord): string | null {
  const number = record.fields.number;
  return number ? cleanDocumentNumber(number.text) : null;
}

/** The signer's name out of the value (`Lê Minh Khang`, `Giám đốc - Lê Minh Khang`, `LÊ MINH KHANG`), if it is one. */
export function signerName(value: string): string | null {
  const parts = value.split(/\s+[-–—]\s+|\s*,\s*|\s*\(\s*|\s*\)\s*/u).map((p) => p.trim()).filter(Boolean);
  for (const p of [value.trim(), ...parts]) {
    const name = p.replace(/^(?:(?:phó|chủ tịch|giám đốc|chánh văn phòng|trưởng ban|trưởng phòng|bộ trưởng|thứ trưởng|cục trưởng|bí thư|kt\.?|tm\.?)\s+)+/iu, '');
    if (isPersonName(name)) return titleCaseName(name);
  }
  return null;
}

/**
 * The record's signer and issuing body as the article's signature: the rows they sit on (kept in the body
 * text, where the record reads whole), the signer's name as its author and the issuing body as its unit.
 */
export function documentSignature(record: DocumentRecord): ArticleSignature | null {
  const { signer, issuer } = record.fields;
  const name = signer ? signerName(signer.text) : null;
  if (!name && !issuer) return null;
  const rows = [signer, issuer].filter((f): f is RecordField => !!f).sort((a, b) => a.label.index - b.label.index);
  // each row as the body text gives it: `Người ký⇥Lê Minh Khang`, or the `Label: value` line as shown
  const inline = (f: RecordField): boolean => f.lines[0] === f.label;
  const text = rows.map((f) => (inline(f) ? f.label.text : `${f.label.text}\t${f.text}`)).join('\n');
  // (rows in page order, each value after its label)
  const all = rows.flatMap((f) => (inline(f) ? [f.label] : [f.label, ...f.lines]));
  const nodes = [...new Set(rows.map((f) => (f.label.block.parent && f.label.block.parent.tag === 'tr' ? f.label.block.parent.el : f.label.block.el)))];
  const first = all[0].nodes[0];
  const lastNodes = all[all.length - 1].nodes;
  const last = lastNodes[lastNodes.length - 1];
  const range: RangeSpec | null = first && last ? { startNode: first, startOffset: 0, endNode: last, endOffset: last.data.length } : null;
  // (a question's record names the office that answered it)
  const answer = rows.some((f) => ANSWER_LABEL.test(f.name));
  return { text, authors: name ? [name] : [], unit: issuer?.text ?? null, source: null, nodes, range, kind: answer ? 'answer' : 'document' };
}

/** What a signature block tells of the text it signs: an answer's day, an administrative text's number and issue date. */
export interface SignedFacts {
  lines: readonly Line[];
  answered?: string | null;
  number?: string | null;
  issued?: Line | null;
}

/**
 * A document's or an answer's own facts, from its record or from the signature under it: its date goes into
 * `dates` (the issue or answer date, not the portal's posting date), and its number and other rows are returned.
 */
export function documentFacts(
  dates: DateResult,
  record: DocumentRecord | null,
  signed: SignedFacts | null,
  vietnamese: boolean,
): { number: string | null; numberProvenance: Provenance; details: RecordDetail[] } {
  if (record) applyRecordDates(dates, record, vietnamese);
  else if (signed?.answered) applyAnswerDate(dates, signed.answered, signed.lines[signed.lines.length - 1]?.block.el ?? null, vietnamese);
  else if (signed?.number && signed.issued) applyIssueDate(dates, signed.issued.text, signed.issued.block.el, vietnamese);
  // the number: its record's row, or the header of an administrative text posted whole
  const fromRecord = record ? recordNumber(record) : null;
  const number = fromRecord ?? signed?.number ?? null;
  const numberProvenance: Provenance = { source: fromRecord ? 'document:number' : 'document:header', confidence: fromRecord ? 0.9 : 0.75 };
  const details = (record?.details ?? []).map((f) => ({ label: f.shown, value: cleanText(f.text).trim() })).filter((d) => d.label && d.value);
  return { number, numberProvenance, details };
}

/** The issue date the record gives (`Ngày ban hành`), as a publication date read from its value cell. */
function documentIssued(record: DocumentRecord, vietnamese: boolean): DateFound | null {
  const issued = record.fields.issued;
  if (!issued) return null;
  const d = findDates(issued.text, { dayFirst: true, vietnamese })[0];
  if (!d || !d.hasYear) return null;
  // (a question's record gives the day it was answered: the popup names the date so)
  const source = ANSWER_LABEL.test(issued.name) ? 'document:answered' : 'document:issued';
  return { iso: d.iso, text: d.text, source, score: 0.9, kind: 'published', element: issued.lines[0].block.el, support: 0 };
}

/**
 * The record's dates in the ranked ones: its dates (issued, in force, asked, answered) are the
 * document's, not events it reports; the day it was issued is its date, whatever day the portal posted
 * it, and the date read from the record's row says so (the popup names it as issued, or as answered).
 */
function applyRecordDates(dates: DateResult, record: DocumentRecord, vietnamese: boolean): void {
  dates.eventDates = dates.eventDates.filter((e) => !record.lines.some((l) => l.text.includes(e.text)));
  const issued = documentIssued(record, vietnamese);
  if (issued) promoteDate(dates, issued);
}

/**
 * The day an answer was given, from its closing line (`Sở Nội vụ … trả lời ngày 09/10/2026`), as the page's
 * date: a question-and-answer page without a record dates the answer, not the question it was sent.
 */
function applyAnswerDate(dates: DateResult, written: string, element: Element | null, vietnamese: boolean): void {
  applyWrittenDate(dates, written, element, vietnamese, 'document:answered');
}

/**
 * The day an administrative text posted whole was issued, from its header's place and date line (`Sông Mây,
 * ngày 18 tháng 11 năm 2026`), as the page's date: the same document on its record page is dated so too, whatever
 * day the portal posted it.
 */
function applyIssueDate(dates: DateResult, written: string, element: Element | null, vietnamese: boolean): void {
  applyWrittenDate(dates, written, element, vietnamese, 'document:issued');
}

function applyWrittenDate(dates: DateResult, written: string, element: Element | null, vietnamese: boolean, source: string): void {
  const d = findDates(written, { dayFirst: true, vietnamese })[0];
  if (!d || !d.hasYear) return;
  promoteDate(dates, { iso: d.iso, text: d.text, source, score: 0.85, kind: 'published', element, support: 0 });
  dates.eventDates = dates.eventDates.filter((e) => e.iso !== d.iso.slice(0, 10));
}

/** `date` becomes the published date, keeping the shown date's element and text when it is the same day. */
function promoteDate(dates: DateResult, issued: DateFound): void {
  const day = issued.iso.slice(0, 10);
  const shown = dates.published;
  if (shown && shown.iso.slice(0, 10) === day) {
    const named: DateFound = { ...shown, source: issued.source, score: Math.max(shown.score, issued.score) };
    dates.published = named;
    dates.candidates = dates.candidates.map((c) => (c === shown ? named : c));
    return;
  }
  const same = dates.candidates.find((c) => c.element === issued.element && c.iso.slice(0, 10) === day);
  const published: DateFound = same ? { ...same, kind: 'published', source: issued.source, score: issued.score } : issued;
  dates.published = published;
  dates.candidates = [published, ...dates.candidates.filter((c) => c !== same)];
}
