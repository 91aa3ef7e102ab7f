/**
 * Words the human-readable exports print, in Vietnamese (the plain register of government offices)
 * and English, and the highlight colours as printed swatches.
 */
import type { Colour } from '../model';
import type { DateKind, RecordKind } from '../record-kind';
import type { ExportLocale } from './types';

/** Every word the human-readable formats print. */
export interface ExportLabels {
  reportTitle: string;
  exportedOn: string;
  title: string;
  url: string;
  source: string;
  published: string;
  /** A document's issue date, a question's answer date (in place of `published`). */
  issued: string;
  answered: string;
  /** The spreadsheet's date column (any kind of date) and the column that says which kind it is. */
  date: string;
  dateKind: string;
  authors: string;
  /** A document's signer (in place of `authors`). */
  signer: string;
  unit: string;
  /** An administrative document's number and symbol. */
  documentNumber: string;
  /** The files the page offered. */
  attachments: string;
  /** The spreadsheet's column of a record's other rows. */
  recordDetails: string;
  /** The body that issued a document, the office that answered a question (in place of `unit`). */
  issuer: string;
  answerer: string;
  signature: string;
  articleTags: string;
  saved: string;
  number: string;
  highlight: string;
  highlights: string;
  colour: string;
  note: string;
  highlightTags: string;
  highlighted: string;
  tags: string;
  untagged: string;
  noHighlights: string;
  viewOriginal: string;
  articleId: string;
  highlightId: string;
  /** `3 bài viết, 12 đoạn đánh dấu`. */
  counts(articles: number, highlights: number): string;
}

const VI: ExportLabels = {
  reportTitle: 'Tổng hợp đoạn đánh dấu',
  exportedOn: 'Ngày xuất',
  title: 'Tiêu đề',
  url: 'Đường dẫn',
  source: 'Nguồn',
  published: 'Ngày đăng',
  issued: 'Ngày ban hành',
  answered: 'Ngày trả lời',
  date: 'Ngày',
  dateKind: 'Loại ngày',
  authors: 'Tác giả',
  signer: 'Người ký',
  unit: 'Đơn vị',
  documentNumber: 'Số ký hiệu',
  attachments: 'Tệp đính kèm',
  recordDetails: 'Thông tin khác',
  issuer: 'Cơ quan ban hành',
  answerer: 'Đơn vị trả lời',
  signature: 'Chữ ký cuối bài',
  articleTags: 'Thẻ bài viết',
  saved: 'Ngày lưu',
  number: 'STT',
  highlight: 'Đoạn đánh dấu',
  highlights: 'Các đoạn đánh dấu',
  colour: 'Màu',
  note: 'Ghi chú',
  highlightTags: 'Thẻ đoạn đánh dấu',
  highlighted: 'Ngày đánh dấu',
  tags: 'Thẻ',
  untagged: 'Chưa gắn thẻ',
  noHighlights: 'Chưa có đoạn đánh dấu.',
  viewOriginal: 'Xem bài gốc',
  articleId: 'Mã bài viết',
  highlightId: 'Mã đoạn đánh dấu',
  counts: (a, h) => `${a} bài viết, ${h} đoạn đánh dấu`,
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const EN: ExportLabels = {
  reportTitle: 'Highlights summary',
  exportedOn: 'Exported on',
  title: 'Title',
  url: 'URL',
  source: 'Source',
  published: 'Published',
  issued: 'Date issued',
  answered: 'Date answered',
  date: 'Date',
  dateKind: 'Date type',
  authors: 'Authors',
  signer: 'Signed by',
  unit: 'Unit',
  documentNumber: 'Document number',
  attachments: 'Attachments',
  recordDetails: 'Other details',
  issuer: 'Issued by',
  answerer: 'Answered by',
  signature: 'Signature',
  articleTags: 'Article tags',
  saved: 'Saved',
  number: 'No.',
  highlight: 'Highlight',
  highlights: 'Highlights',
  colour: 'Colour',
  note: 'Note',
  highlightTags: 'Highlight tags',
  highlighted: 'Highlighted on',
  tags: 'Tags',
  untagged: 'Untagged',
  noHighlights: 'No highlights.',
  viewOriginal: 'View the original',
  articleId: 'Article ID',
  highlightId: 'Highlight ID',
  counts: (a, h) => `${plural(a, 'article', 'articles')}, ${plural(h, 'highlight', 'highlights')}`,
};

/** The label set for a locale. */
export function labelsFor(locale: ExportLocale): ExportLabels {
  return locale === 'vi' ? VI : EN;
}

/** A file as a line of text: its name, then its address (the address alone when it is its own name). */
export function attachmentLine(f: { name: string; url: string }): string {
  return f.name === f.url ? f.url : `${f.name} – ${f.url}`;
}

/** What an article's date is called: the publication date, or a record's issue or answer date. */
export function dateLabelOf(kind: DateKind, l: ExportLabels): string {
  return kind === 'issued' ? l.issued : kind === 'answered' ? l.answered : l.published;
}

/**
 * The names of an article's date, people and unit: a document's record names its signer and issuing
 * body, a question's record its answering office; an article keeps authors and unit.
 */
export function fieldLabels(a: { dateKind: DateKind; record: RecordKind | null }, l: ExportLabels): { date: string; authors: string; unit: string } {
  return {
    date: dateLabelOf(a.dateKind, l),
    authors: a.record === 'document' ? l.signer : l.authors,
    unit: a.record === 'document' ? l.issuer : a.record === 'answer' ? l.answerer : l.unit,
  };
}

const COLOUR_NAMES: Record<ExportLocale, Record<Colour, string>> = {
  vi: { yellow: 'Vàng', green: 'Xanh lá', blue: 'Xanh dương', pink: 'Hồng', orange: 'Cam' },
  en: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', orange: 'Orange' },
};

/** The colour's own name in a locale (used when the user has not named the colour). */
export function colourName(colour: Colour, locale: ExportLocale): string {
  return COLOUR_NAMES[locale][colour];
}

/** Light swatches that keep black text readable on screen and on paper (hex without `#`). */
export const COLOUR_HEX: Record<Colour, string> = {
  yellow: 'FFF176',
  green: 'C5E1A5',
  blue: 'B3E5FC',
  pink: 'F8BBD0',
  orange: 'FFCC80',
};
