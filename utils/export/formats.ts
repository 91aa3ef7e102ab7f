/**
 * The export formats the UI can offer: id, names in both languages, MIME type and file extension.
 * Kept apart from the builders so that naming a file does not load the .docx library.
 */

export type ExportFormatId = 'docx' | 'xlsx' | 'csv' | 'markdown' | 'markdown-zip' | 'html' | 'annotations' | 'csl' | 'ris' | 'bibtex' | 'references';

/** How the UI names, types and saves one format. */
export interface ExportFormatInfo {
  id: ExportFormatId;
  label: { vi: string; en: string };
  mimeType: string;
  /** Without the dot; may be compound (`csl.json`). */
  extension: string;
  /** Whether the output follows `ExportInput.groupBy` (machine formats list by article). */
  grouped: boolean;
}

/** Every format, in the order the UI should list them. */
export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = [
  { id: 'docx', label: { vi: 'Văn bản Word (.docx)', en: 'Word document (.docx)' }, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', grouped: true },
  { id: 'xlsx', label: { vi: 'Bảng tính Excel (.xlsx)', en: 'Excel workbook (.xlsx)' }, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', grouped: false },
  { id: 'csv', label: { vi: 'Bảng dữ liệu CSV (.csv)', en: 'CSV table (.csv)' }, mimeType: 'text/csv;charset=utf-8', extension: 'csv', grouped: false },
  { id: 'markdown', label: { vi: 'Markdown, Obsidian (.md)', en: 'Markdown, Obsidian (.md)' }, mimeType: 'text/markdown;charset=utf-8', extension: 'md', grouped: true },
  { id: 'markdown-zip', label: { vi: 'Markdown, mỗi bài một tệp (.zip)', en: 'Markdown, one file per article (.zip)' }, mimeType: 'application/zip', extension: 'zip', grouped: false },
  { id: 'html', label: { vi: 'Trang báo cáo để in (.html)', en: 'Printable report (.html)' }, mimeType: 'text/html;charset=utf-8', extension: 'html', grouped: true },
  { id: 'annotations', label: { vi: 'Chú thích theo chuẩn W3C (.jsonld)', en: 'W3C Web Annotations (.jsonld)' }, mimeType: 'application/ld+json', extension: 'jsonld', grouped: false },
  { id: 'csl', label: { vi: 'Trích dẫn CSL-JSON (.json)', en: 'CSL-JSON citations (.json)' }, mimeType: 'application/vnd.citationstyles.csl+json', extension: 'csl.json', grouped: false },
  { id: 'ris', label: { vi: 'Trích dẫn RIS cho Zotero, EndNote (.ris)', en: 'RIS citations for Zotero, EndNote (.ris)' }, mimeType: 'application/x-research-info-systems', extension: 'ris', grouped: false },
  { id: 'bibtex', label: { vi: 'Trích dẫn BibTeX (.bib)', en: 'BibTeX citations (.bib)' }, mimeType: 'application/x-bibtex', extension: 'bib', grouped: false },
  { id: 'references', label: { vi: 'Danh mục tài liệu tham khảo (.txt)', en: 'Reference list, APA (.txt)' }, mimeType: 'text/plain;charset=utf-8', extension: 'txt', grouped: false },
];

/** The description of one format. */
export function exportFormatInfo(id: ExportFormatId): ExportFormatInfo {
  const info = EXPORT_FORMAT_INFO.find((f) => f.id === id);
  if (!info) throw new Error(`Unknown export format: ${id}`);
  return info;
}
