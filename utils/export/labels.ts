/**
 * Words the human-readable exports print, in Vietnamese (the plain register of government offices)
 * and English, and the highlight colours as printed swatches.
 */
import type { Colour } from '../model';
import type { ExportLocale } from './types';

/** Every word the human-readable formats print. */
export interface ExportLabels {
  reportTitle: string;
  exportedOn: string;
  title: string;
  url: string;
  source: string;
  published: string;
  authors: string;
  unit: string;
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
  authors: 'Tác giả',
  unit: 'Đơn vị',
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
  authors: 'Authors',
  unit: 'Unit',
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
