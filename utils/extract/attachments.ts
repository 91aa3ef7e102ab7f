/**
 * The files an article or a document's record offers (`File đính kèm: QD-245-SNV.pdf`, `Tải về`): a
 * portal posts a decision as a PDF beside its record, an announcement with its forms. A clip keeps their
 * addresses, so the document can be fetched again and cited with its file.
 */
import type { Attachment } from '../model';
import { cleanText } from './text';

/** Document, sheet, slide and archive files, as portals attach them. */
const FILE = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|rar|7z)$/i;
/** A download handler's link (`/DownloadFile.aspx?id=…`, `…/download/…`) counts when its text says it is one. */
const HANDLER = /download|tai-?ve|taive|getfile|viewfile|attach|dinhkem|dinh-kem|file/i;
const DOWNLOAD_TEXT = /^(?:tải về|tải xuống|tải tệp|tải file|download|xem tệp|xem file|tệp đính kèm|file đính kèm)(?![\p{L}\p{N}])/iu;
const MAX = 20;
/** The label of a portal's attachment line or row (`File đính kèm:`, `Tài liệu đính kèm`, `Tải văn bản`). */
const ATTACHMENT_LABEL = /^(?:file|tệp|tập tin|tài liệu|văn bản) đính kèm|^tải (?:về|văn bản|tệp)|^attachments?\b|^downloads?\b/iu;
/** The element a link's line is in: its paragraph, list item, cell or row. */
const LINE_BOX = 'p, li, td, th, dd, dt, tr, h1, h2, h3, h4, h5, h6';

/**
 * The link is offered as a file, not cited in a sentence: its text is a file name or a download, it stands
 * about alone on its line, or its line or row is labelled as the attachments. A report linked on a word of
 * running prose (`…, the auditor general <a>said</a> …`) is a source the text cites, not its attachment.
 */
function offered(a: Element, text: string): boolean {
  if (FILE.test(text) || DOWNLOAD_TEXT.test(text)) return true;
  const box = a.closest(LINE_BOX) ?? a.parentElement;
  const line = cleanText(box?.textContent ?? '').normalize('NFC').trim();
  if (line.length <= text.length + 40) return true;
  const row = a.closest('tr');
  return ATTACHMENT_LABEL.test(line) || (!!row && ATTACHMENT_LABEL.test(cleanText(row.textContent ?? '').normalize('NFC').trim()));
}

/** The address as an absolute http(s) URL, or null (javascript:, mailto:, a fragment on the page itself). */
function absolute(href: string, base: string): URL | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The file's name: the address's last segment, or a file named in its query (`Download.aspx?name=KH-12.xlsx`). */
function fileName(u: URL): string {
  const last = (path: string): string => path.split('/').filter(Boolean).pop() ?? '';
  const named = [...u.searchParams.values()].find((v) => FILE.test(v));
  const name = named ? last(named) : last(u.pathname);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The address as written may be a file: a file's ending, or a download handler (the cheap test the page walk makes). */
export function mayBeFile(href: string): boolean {
  return !!href && (FILE.test(href.split(/[?#]/, 1)[0]) || HANDLER.test(href));
}

/**
 * The attachments among `links` (the page's links that may be files, in page order: PageModel.fileLinks) that
 * sit in `roots` (the article's body, a record's box) or in what follows a root in its parent (a portal's
 * `Tệp đính kèm` box under the text), each address once.
 */
export function findAttachments(roots: readonly (Element | null)[], base: string, links: readonly Element[]): Attachment[] {
  const out: Attachment[] = [];
  const seen = new Set<string>();
  const consider = (a: Element, strict: boolean): void => {
    // (every candidate passed `mayBeFile` in the walk; after the text only plain file links count)
    const href = a.getAttribute('href');
    if (!href || (strict && !FILE.test(href.split(/[?#]/, 1)[0]))) return;
    const u = absolute(href.trim(), base);
    if (!u) return;
    const text = cleanText(a.textContent ?? '').normalize('NFC').trim();
    const isFile = FILE.test(u.pathname);
    const isHandler = !strict && HANDLER.test(u.pathname + u.search) && (DOWNLOAD_TEXT.test(text) || FILE.test(text) || a.hasAttribute('download'));
    if ((!isFile && !isHandler) || !offered(a, text)) return;
    u.hash = '';
    if (seen.has(u.href)) return;
    seen.add(u.href);
    // a bare "Tải về" names nothing: the file's own name does
    const name = text && !DOWNLOAD_TEXT.test(text) ? text.slice(0, 200) : (fileName(u) || text).normalize('NFC');
    out.push({ name, url: u.href });
  };
  const boxes = roots.filter((r): r is Element => !!r);
  // a box of files set right after the text: plain file links only
  const after = boxes.flatMap((root) => {
    const next: Element[] = [];
    for (let el = root.nextElementSibling, n = 0; el && n < 3; el = el.nextElementSibling, n++) next.push(el);
    return next;
  });
  for (const a of links) {
    if (out.length >= MAX) break;
    if (boxes.some((root) => root.contains(a))) consider(a, false);
    else if (after.some((box) => box === a || box.contains(a))) consider(a, true);
  }
  return out;
}
