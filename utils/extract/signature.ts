/**
 * The signature block that closes a Vietnamese administrative article: a name (often bold or
 * right-aligned), a name and a unit, a credit (`Tin, ảnh: …`), a source (`Nguồn: …`, `Theo …`),
 * after an optional `./.` end marker. Photo captions, gallery lead-ins and names inside sentences
 * look similar and are rejected.
 */
import { dateLineText } from './date-candidates';
import { findDates } from './dates';
import type { ElInfo, Line } from './page';
import { isToolLine, withoutToolTail } from './page-tools';
import { NUMBER_LINE, headerNumber } from './document-number';
import { fixCaps } from './site';
import { cleanText, toNfc } from './text';

/** A signature block found at the end of the body. */
export interface SignatureFound {
  text: string;
  authors: string[];
  unit: string | null;
  source: string | null;
  /** Body lines the block occupies (removed from the body text). */
  lines: Line[];
  /** Junk after the block (an image number, a toolbar word, a lone date), also left out of the body; attachments stay. */
  after: Line[];
  /** When the name shares the last sentence's line: the text node and offset where it starts. */
  inline: { node: Text; offset: number } | null;
  /** Which convention matched: credit, name, name-unit, source, unit, inline. */
  kind: string;
  /** An administrative text's number (`Số: 312/TB-SNV` in its header), when the block signs such a text. */
  number?: string | null;
  /** The day an answer was given, as its closing line writes it (`ngày 09/10/2026`). */
  answered?: string | null;
  /** An administrative text's place and date line in its header (the day it was issued), when the block signs such a text. */
  issued?: Line | null;
  confidence: number;
}

const UPPER_WORD = /^[\p{Lu}][\p{Ll}\p{M}]*\.?$/u;
const CAPS_WORD = /^[\p{Lu}\p{M}]+\.?$/u;
const INITIALS = /^(?:[\p{Lu}]\.\s?){1,3}[\p{Lu}][\p{L}]*\.?$|^[\p{Lu}]{1,2}\.[\p{Lu}][\p{Ll}]+\.?$/u;
const ABBREVIATION = /^(?:PV|CTV|TH|BBT|HG|TTXVN|VNA|NTM|T\.H|[\p{Lu}]{2,4})\.?$/u;

const CREDIT = new RegExp(
  `^[(\\[]?\\s*(tin,?\\s*ảnh|tin\\s+và\\s+ảnh|tin\\s*\\+\\s*ảnh|bài,?\\s*ảnh|bài\\s+và\\s+ảnh|ảnh\\s+và\\s+tin\\s+bài|ảnh\\s+và\\s+bài|tin\\s+bài|tin\\s*-\\s*ảnh|bài\\s+viết|bài|tin|bt\\s*\\+\\s*hình|tác\\s+giả(?:\\s+bài\\s+viết)?|nguồn\\s+tin|người\\s+viết(?:\\s+bài)?|thực\\s+hiện|trình\\s+bày|biên\\s+tập|nhóm\\s+pv|pv|ctv)\\s*[:：]\\s*(.{1,160}?)\\s*[)\\]]?\\.?$`,
  'iu',
);
const SOURCE = /^[(\[]?\s*(nguồn|theo|nguon)\s*[:：]?\s+(.{2,100}?)\s*[)\]]?\.?$/iu;
const UNIT_START = /^(?:ban|phòng|sở|ubnd|ủy ban|uỷ ban|văn phòng|trung tâm|hội|trường|chi cục|cục|bộ|công an|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|đảng ủy|đảng uỷ|báo|đài|hội đồng|đoàn|liên đoàn|mặt trận|viện|bệnh viện|kho bạc|chi nhánh|bảo hiểm|cổng|tạp chí|thanh tra|bộ chỉ huy|ban chỉ huy|hạt|đội|xã|phường|thị trấn|huyện|tỉnh|thành phố|cơ quan|công ty|tổng công ty|hiệp hội|câu lạc bộ|đảng bộ|chi bộ|tòa án|toà án|viện kiểm sát|cảnh sát|trạm|khoa|liên minh|ban biên tập|ban quản lý|nhóm)(?=[\s,.]|$)/iu;
const ABBREV_UNIT = /^(?:P\.[\p{Lu}]{2,}|BBT|VP|UBND\s.+)$/u;
const JUNK = /^(?:img[_-]?\d+|dsc[_-]?\d+|\d{1,4}|file đính kèm|tệp đính kèm|tài liệu đính kèm|lượt xem|lượt đọc|like|xem thêm|tags?\s*:.*|từ khóa\s*:.*|từ khoá\s*:.*|\[?\s*\d+\s*\]?)$/iu;
const FILE_LINE = /\.(?:docx?|pdf|xlsx?|pptx?|jpe?g|png|gif|zip|rar)\s*$/i;
const ATTACHMENT_LABEL = /^(?:file|tệp|tài liệu|văn bản) đính kèm/iu;
const PHOTO_CREDIT = /^(?:[ảẢ]nh|[hH]ình|[hH]ình ảnh)\s*[:：]\s*(?=\p{Lu})/u;
const CAPTION_START = /^(?:ảnh|hình|photo|ảnh minh họa|ảnh minh hoạ|nguồn ảnh)(?=[\s:.,)]|$)/iu;
const END_MARKER = /(?:\.\/\.|…\/\.|\.\.\.\/\.)\s*$/;
const ROLE_WORDS = /^(?:phó|trưởng|chánh|giám đốc|chủ tịch|bí thư|chuyên viên|cán bộ|phóng viên|cộng tác viên|thư ký|ủy viên|uỷ viên|tổng|chủ nhiệm|hiệu trưởng|thanh tra viên|kế toán|văn thư)(?=[\s,.]|$)/iu;
/** Capitalised words that open headings and lead-ins, never names. */
const NOT_NAME_WORDS = /^(?:tin|ảnh|bài|một|các|những|kết|xem|theo|nguồn|thông|hình|video|trân|kính|danh|phụ|tài|file|link|chia|in|gửi|đọc|lượt|số|tags?|từ|báo|đài|tạp|cổng|sở|ban|phòng|cục|viện|trạm|hạt|xã|phường|huyện|tỉnh|nhóm|hội|ủy|uỷ|ubnd)$/iu;
/** A reporter's or collaborator's title before the name, without a colon: `CTV Hồng Nhung`, `PV Minh Anh`. */
const ACADEMIC_TITLE = /^(?:(?:PGS|GS|TS|ThS|Ths|THS|BS|BSCK(?:I{1,2})?|KS|LS|CN|NCS)\.?\s*)+(?=\p{Lu}\p{Ll})/u;
const WIRE_CREDIT = /^\(?(?:reporting|reported|writing|written) by ([\p{L}'’., -]+?)(?:\s+in\s+\p{Lu}[\p{L} ,-]*?)?(?:\s*;.*|\s*\))?\.?\)?$/iu;
const TITLED_NAME = /^(?:PV|CTV|Phóng viên|Cộng tác viên)\.?\s+(\p{Lu}.{1,60})$/u;
/** An outlet named alone at the end (`Báo Sông Mây`, `Đài PT-TH tỉnh`, `TTXVN`) is the source, not a unit. */
const OUTLET = /^(?:báo|đài|tạp chí|cổng thông tin|cổng ttđt|truyền hình|thông tấn xã|ttxvn|vna)(?=[\s,.]|$)/iu;
/** `TH` (tổng hợp): compiled by the site from several sources. */
const COMPILED = /^(?:TH|T\/H|Tổng hợp)$/u;

function withAfter(found: SignatureFound | null, after: Line[]): SignatureFound | null {
  return found ? { ...found, after } : null;
}

/** Lines that may follow the signature without being part of it: file names, image numbers, toolbars, a bare date. */
function isTrailingJunk(text: string): boolean {
  return JUNK.test(text) || isToolLine(text) || FILE_LINE.test(text) || isDateLine(text);
}

/**
 * A trailing line, with its markup: junk text, or a row of links that is not signature-shaped — the
 * tags under `Từ khóa:` (`thi đua, khen thưởng`), hashtags, another article's title. A name linked to
 * the author's page is signature-shaped and stays; so does an attached file.
 */
function isTrailingJunkLine(line: Line): boolean {
  if (isTrailingJunk(line.text)) return true;
  if (line.text.length > 200 || line.linkLen === 0 || FILE_LINE.test(line.text)) return false;
  const words = line.text.replace(/[\s,;|#·•]+/gu, '').length;
  return line.linkLen >= words * 0.9 && classify(line) === null;
}

/**
 * A date alone on a line after the signature: the day it was signed (`(Ngày 13/02/2024)`), or the date
 * line printed again (`Ngày đăng: 12/01/2025 08:15`, `Thứ hai - 03/04/2023 09:15 (GMT+7)`). One date,
 * its label, nothing else.
 */
function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  const found = findDates(text, { dayFirst: true, vietnamese: true });
  if (found.length !== 1) return false;
  const rest = text.replace(dateLineText(text, found[0]), '').replace(/\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?|^\W*ngày/giu, '');
  if (!/[\p{L}\p{N}]/u.test(rest)) return true;
  // a counter glued to the date (`03/04/2023 | 412`, `… 09:15 Số lượt xem: 88`)
  const parts = rest.split(/\s*[|•·]\s*|\s{2,}/u).map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.every((p) => /^\d[\d.,]*$/.test(p) || isToolLine(p))) return true;
  // the category before a labelled date (`Kinh tế - Ngày đăng : 09:15, 03/04/2023`)
  return DATE_LABEL.test(text) && /^\s*[\p{L}][\p{L} ,]{1,30}\s[-–|]\s*$/u.test(rest);
}
const DATE_LABEL = /(?:ngày đăng|đăng ngày|ngày xuất bản|thời gian đăng|cập nhật)\s*:?/iu;

/** Reads the signature block at the end of `lines` (the article body in reading order). */
export function findSignatureBlock(lines: Line[]): SignatureFound | null {
  if (!lines.length) return null;
  // attachments (a `File đính kèm:` label and what follows it) come after the signature and stay in the body
  let attachAt = lines.length;
  for (let i = Math.max(0, lines.length - 12); i < lines.length; i++) {
    if (ATTACHMENT_LABEL.test(lines[i].text)) {
      attachAt = i;
      break;
    }
  }
  // (unless the signature itself comes after the attachments)
  if (lines.slice(attachAt + 1).some((l) => !FILE_LINE.test(l.text) && l.linkLen === 0 && classify(l) !== null)) attachAt = lines.length;
  let end = attachAt - 1;
  while (end >= 0 && isTrailingJunkLine(lines[end])) end--;
  if (end < 0) return null;
  const after = lines.slice(end + 1, attachAt).filter((l) => !FILE_LINE.test(l.text));

  const inline = withAfter(inlineSignature(lines[end]), after);
  const block: Array<{ line: Line; kind: LineKind }> = [];
  const photo: Line[] = [];
  for (let i = end; i >= 0 && block.length < 4; i--) {
    const line = lines[i];
    if (END_MARKER.test(line.text)) break;
    const captionLike = CAPTION_START.test(line.text) && !CREDIT.test(line.text);
    let kind = captionLike ? null : classify(line);
    // a job title counts only on the line under a name
    if (kind === 'role' && !(i > 0 && classify(lines[i - 1]) === 'name')) kind = null;
    if (!kind) {
      if (isCaption(line)) {
        if (block.length) break;
        // the photographer credited on the line after the writer (`Tin: Lê Hà` / `Ảnh: Quốc Tuấn`)
        if (PHOTO_CREDIT.test(line.text)) photo.unshift(line);
        continue;
      }
      break;
    }
    block.unshift({ line, kind });
    if (kind === 'credit' && block.length > 1) break;
  }
  // trim leading lines that cannot start a block (a unit line alone above a name is still fine)
  while (block.length > 1 && block[0].kind === 'source' && block.slice(1).every((b) => b.kind === 'source')) block.shift();
  if (!block.length) {
    return inline;
  }
  // an administrative text signs above the name: `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC` / `(Đã ký)`
  if (block.every((b) => b.kind === 'form')) return inline;
  if (block[0].kind === 'name' || block[0].kind === 'form') {
    for (let k = lines.indexOf(block[0].line) - 1, n = 0; k > 0 && n < 4 && isSigningForm(lines[k].text); k--, n++) block.unshift({ line: lines[k], kind: 'form' });
  }
  const firstIdx = lines.indexOf(block[0].line);
  // the whole body being "signature-shaped" means we are looking at a list, not a signature
  if (firstIdx <= 0 && lines.length > 1) return null;
  if (firstIdx === 0) return null;
  const before = lines[firstIdx - 1];
  const afterMarker = END_MARKER.test(before.text);
  const emphasised = block.some((b) => isEmphasised(b.line));
  const kinds = block.map((b) => b.kind);
  // a bare name needs support: emphasis, an end marker, a unit line, or a body that ends in a sentence
  if (kinds.every((k) => k === 'name') && !emphasised && !afterMarker && !/[.!?…:"”)]$/.test(before.text)) return null;
  if (kinds.every((k) => k === 'unit') && !emphasised && !afterMarker && block[0].line.text.length > 60) return null;

  const authors: string[] = [];
  let unit: string | null = null;
  let source: string | null = null;
  let answered: string | null = null;
  for (const { line, kind } of block) {
    const t = stripEnd(sigText(line));
    const titled = kind === 'credit' && !CREDIT.test(t) ? TITLED_NAME.exec(t) : null;
    if (titled) {
      authors.push(...namesIn(titled[1]));
    } else if (kind === 'credit') {
      const m = CREDIT.exec(t);
      const rest = m ? m[2] : t;
      const label = (m?.[1] ?? '').toLowerCase();
      if (/nguồn\s+tin/u.test(label) && UNIT_START.test(rest)) {
        // `Nguồn tin: Ban Thi đua, Khen thưởng - Sở Nội vụ`: the whole unit the news came from
        unit = unit ?? rest;
      } else if (/tác\s+giả/u.test(label) && /,/.test(rest)) {
        // `Tác giả: <unit>, <name>`
        const parts = rest.split(/\s*,\s*/);
        const name = parts.pop() as string;
        if (UNIT_START.test(parts.join(', '))) unit = unit ?? parts.join(', ');
        authors.push(...namesIn(name));
      } else {
        const { names, unit: u, source: s } = parseCreditBody(rest);
        authors.push(...names);
        unit = unit ?? u;
        source = source ?? s;
      }
    } else if (kind === 'source') {
      const m = SOURCE.exec(t);
      const value = stripEnd(m ? m[2] : t);
      if (COMPILED.test(value)) {
        source = source ?? value;
        continue;
      }
      // `Nguồn tin:` names a person, or the unit the news came from
      if (/nguồn\s+tin/iu.test(t) && UNIT_START.test(value)) unit = unit ?? value;
      else if (/nguồn\s+tin/iu.test(t)) authors.push(...namesIn(value));
      else source = source ?? value;
    } else if (kind === 'name') {
      const { names, unit: u, source: s } = parseNameLine(t);
      authors.push(...names);
      unit = unit ?? u;
      source = source ?? s ?? null;
    } else if (kind === 'abbr') {
      if (OUTLET.test(t)) source = source ?? t;
      else authors.push(t);
    } else if (kind === 'unit') {
      if (OUTLET.test(t)) source = source ?? t;
      else unit = unit ?? t;
    } else if (kind === 'role') {
      unit = unit ?? t;
    } else if (kind === 'answer') {
      const a = answeredBy(sigText(line));
      unit = unit ?? a?.unit ?? null;
      answered = answered ?? a?.date ?? null;
    }
    // ('form' lines say who signed on whose behalf: they belong to the block and name no one)
  }
  // an administrative text names its issuing body in its header, above `Số: …`: that body signs it
  const header = kinds.includes('form') ? textHeader(lines.slice(0, Math.min(12, firstIdx))) : null;
  if (header && !unit) unit = header.unit;
  // a photographer's credit right after a writer's credit belongs to the signature (as on one line)
  const credits = kinds.includes('credit') && photo.length && lines.indexOf(photo[0]) === lines.indexOf(block[block.length - 1].line) + 1 ? photo : [];
  for (const l of credits) authors.push(...namesIn(stripEnd(l.text.replace(PHOTO_CREDIT, ''))));
  const uniq = [...new Set(authors.map((a) => titleCaseName(cleanText(a).replace(ACADEMIC_TITLE, ''))).filter(Boolean))];
  const used = [...block.map((b) => b.line), ...credits];
  let confidence = 0.55 + (emphasised ? 0.15 : 0) + (afterMarker ? 0.15 : 0) + (kinds.includes('credit') || kinds.includes('source') || kinds.includes('form') || kinds.includes('answer') ? 0.15 : 0);
  if (kinds.length === 2 && kinds[0] === 'name' && kinds[1] === 'unit') confidence += 0.1;
  confidence = Math.min(0.95, confidence);
  // (a text whose header gives its number is a document: its signer signs for the issuing body)
  const kind = header?.number ? 'document' : kinds.includes('answer') ? 'answer' : kinds.includes('credit') ? 'credit' : kinds.includes('source') && !uniq.length ? 'source' : kinds.includes('unit') && uniq.length ? 'name-unit' : kinds.includes('unit') ? 'unit' : 'name';
  return {
    text: used.map(sigText).join('\n'),
    authors: uniq,
    unit,
    source,
    lines: used,
    after,
    inline: null,
    kind,
    confidence,
    number: header?.number ?? null,
    issued: header?.issued ?? null,
    answered,
  };
}

/** Blocks named for the signature, author or source. */
const SIGNATURE_CLASS = /author|tacgia|tac-gia|signature|chuky|chu-ky|butdanh|but-danh|byline|writer|\bsource|nguon|nguontin/;

/**
 * Signature lines the CMS set apart after the article container (`<div class="noidung">…</div>
 * <p class="tacgia">Name - Unit</p><div class="source">Nguồn: …</div>`): up to four lines right after
 * the body's last line, each signature-shaped and either in a block named for it, emphasised, or a
 * credit/source line. Stops at the first line that is anything else.
 */
export function trailingSignatureLines(all: Line[], last: Line): Line[] {
  const out: Line[] = [];
  for (let i = last.index + 1; i < all.length && out.length < 4; i++) {
    const line = all[i];
    if (line.linkLen > 0 || line.text.length > 160) break;
    const kind = CAPTION_START.test(line.text) && !CREDIT.test(line.text) ? null : classify(line);
    if (!kind) break;
    let named = false;
    for (let a: ElInfo | null = line.block, n = 0; a && n < 3 && !named; a = a.parent, n++) named = !!a.cid && SIGNATURE_CLASS.test(a.cid);
    if (!named && kind !== 'credit' && kind !== 'source' && !isEmphasised(line)) break;
    out.push(line);
  }
  return out;
}

/**
 * On pages in other languages only the plainest signature is read: the body's last line is a name
 * alone, right-aligned or bold, after a finished sentence (`<p align="right"><em>Denis Clerc</em></p>`).
 * Returns the names, or [] when the last line is anything else.
 */
export function trailingNameSignature(lines: Line[]): string[] {
  let end = lines.length - 1;
  while (end >= 0 && isTrailingJunkLine(lines[end])) end--;
  if (end < 1) return [];
  const last = lines[end];
  // a wire service's credit line (`Reporting by Jane Doe in Hanoi; Editing by Tom Lee`): the reporters, not the editors
  const wire = last.text.length <= 200 ? WIRE_CREDIT.exec(last.text.trim()) : null;
  if (wire) {
    const names = wire[1].split(/\s*,\s*|\s+and\s+/).map((n) => n.trim()).filter((n) => isPersonName(n) || /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(n));
    if (names.length) return names;
  }
  // a name after a dash on the last line (`— Jane Doe`)
  const dashed = last.text.length > 60 ? null : /^[—–]\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(last.text.trim());
  if (dashed && last.linkLen === 0 && /[.!?…"”»)]$/.test(lines[end - 1].text)) return [dashed[1]];
  const bare = stripEnd(last.text);
  if (bare.length > 40 || last.linkLen > 0 || !isEmphasised(last) || !/[.!?…"”»)]$/.test(lines[end - 1].text)) return [];
  const { names, unit } = parseNameLine(bare);
  return unit === null && names.length && names.every((n) => !INITIALS.test(n)) ? names.map((n) => titleCaseName(cleanText(n))) : [];
}

type LineKind = 'credit' | 'source' | 'name' | 'abbr' | 'unit' | 'role' | 'form' | 'answer';

/** `Sở Nội vụ tỉnh Sông Mây trả lời ngày 09/10/2026`: the office that answered a question, and when. */
const ANSWERED = /^(.{3,100}?)\s+(?:đã\s+)?(?:trả lời|giải đáp)(?:\s+(?:vào\s+)?(ngày\s+.{6,40}?))?$/iu;

/** The office and the date (as written) of an answer's closing line, or null. */
function answeredBy(text: string): { unit: string; date: string | null } | null {
  const t = text.trim().replace(/^\(\s*(.*?)\s*\)$/u, '$1').replace(/\.$/u, '').trim();
  const m = ANSWERED.exec(t);
  if (!m || !UNIT_START.test(m[1]) || /[:;]/.test(m[1])) return null;
  return { unit: m[1].trim(), date: m[2] ?? null };
}

/** `(Đã ký)`, `(Đã ký và đóng dấu)`: the mark of a signed original. */
const SIGNED = /^\(?\s*đã\s+k[ýí](?:\s+(?:và\s+)?đóng\s+dấu)?\s*\)?\.?$/iu;
/** Signing on another's behalf: `KT. GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`, `TL. CHỦ TỊCH`, `TUQ. …`, `Q. …`. */
const ON_BEHALF = /^(?:KT|TM|TL|TUQ|KTL|Q)\.\s*\p{Lu}/u;
/** The signer's office in capitals (`PHÓ GIÁM ĐỐC`, `CHỦ TỊCH`): whole titles, so a name such as `PHÓ ĐỨC PHƯƠNG` is none. */
const SIGN_OFFICE = /^(?:PHÓ\s+)?(?:GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG PHÒNG|TRƯỞNG ĐOÀN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|BÍ THƯ|HIỆU TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TRƯỞNG|CHỦ NHIỆM)(?:\s|$)/u;

/**
 * An administrative text's header: its number line (`Số: 312/TB-SNV`) and its issuing body, the last line
 * in capitals that names an organisation above it (`UBND TỈNH SÔNG MÂY` / `SỞ NỘI VỤ` → `Sở Nội vụ`).
 */
function textHeader(head: Line[]): { unit: string | null; number: string | null; issued: Line | null } {
  const at = head.findIndex((l) => NUMBER_LINE.test(l.text.trim()));
  if (at < 0) return { unit: null, number: null, issued: null };
  const number = headerNumber(head[at].text);
  // the place and day it was issued, on the header's other side: `Sông Mây, ngày 18 tháng 11 năm 2026`
  const issued = head.find((l) => PLACE_DATE.test(l.text.trim())) ?? null;
  for (let i = at - 1; i >= 0; i--) {
    const t = head[i].text.trim();
    const letters = t.replace(/[^\p{L}]/gu, '');
    if (t.length <= 80 && letters.length >= 4 && letters === letters.toLocaleUpperCase('vi') && UNIT_START.test(t)) return { unit: fixCaps(t), number, issued };
  }
  return { unit: null, number, issued };
}

/** An administrative text's place and date line (`Sông Mây, ngày 18 tháng 11 năm 2026`). */
const PLACE_DATE = /^[\p{L}][\p{L}\p{M} .'-]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$/u;

/** A line of a Vietnamese administrative signature above the signer's name: the signed mark, `KT./TM.` or an office in capitals. */
function isSigningForm(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || !t) return false;
  if (SIGNED.test(t)) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toLocaleUpperCase('vi')) return false;
  return ON_BEHALF.test(t) || SIGN_OFFICE.test(t);
}

/** A line's text as a signature reads it: a counter or share links after a `|` cut off. */
function sigText(line: Line): string {
  return withoutToolTail(line.text);
}

function classify(line: Line): LineKind | null {
  const t = sigText(line);
  if (t.length > 160) return null;
  // (before names: `CHỦ TỊCH` and `TM. ỦY BAN NHÂN DÂN` are capitalised words too)
  if (isSigningForm(t)) return 'form';
  if (answeredBy(t)) return 'answer';
  if (CREDIT.test(t)) return 'credit';
  const titled = TITLED_NAME.exec(stripEnd(t));
  if (titled && namesIn(titled[1]).every((n) => isPersonName(n))) return 'credit';
  if (COMPILED.test(stripEnd(t))) return 'source';
  const s = SOURCE.exec(t);
  if (s && !/[,;]\s*\p{Ll}/u.test(s[2]) && (s[1].toLowerCase() !== 'theo' || /^[\p{Lu}\d]/u.test(s[2]) || /\.(vn|com|net|org)\b/i.test(s[2])) && s[2].split(/\s+/).length <= 10) return 'source';
  const bare = stripEnd(t);
  if (ABBREV_UNIT.test(bare)) return 'unit';
  if (bare.length <= 60 && isNameLine(bare)) return 'name';
  if (bare.length <= 12 && (ABBREVIATION.test(bare) || INITIALS.test(bare))) return 'abbr';
  // units are written in sentence case (`Phòng Phổ biến, giáo dục pháp luật`): a short one without a full stop needs two capitals
  const shortUnit = !/[.!?]$/.test(t.trim()) && bare.split(/\s+/).length <= 10 && (bare.match(/(?:^|\s)[\p{Lu}]/gu) ?? []).length >= 2;
  if (bare.length <= 100 && UNIT_START.test(bare) && !/[.!?]\s+\p{L}/u.test(bare) && (isTitleCaseish(bare) || shortUnit)) return 'unit';
  // a job title on its own line under the name (`Phó Chánh Văn phòng`)
  if (bare.length <= 60 && ROLE_WORDS.test(bare) && !/[.!?]/.test(bare) && bare.split(/\s+/).length <= 8) return 'role';
  return null;
}

/** 2–5 capitalised words, or the same in capitals; optionally ` - role` or `(unit)` after it; or two names joined by ` - `. */
function isNameLine(t: string): boolean {
  const { names } = parseNameLine(t);
  return names.length > 0;
}

function parseNameLine(line: string): { names: string[]; unit: string | null; source?: string } {
  // an academic title before the name is not part of it (`TS. Lê Thị Hoa`, `PGS.TS Nguyễn Văn An`)
  const t = line.replace(ACADEMIC_TITLE, '');
  const paren = /^(.+?)\s*\(([^()]{3,80})\)$/.exec(t);
  if (paren && isPersonName(paren[1])) {
    // `Ngọc Ánh (tổng hợp)`: compiled by the name, not a unit
    if (/^(?:th|t\/h|tổng hợp)$/iu.test(paren[2].trim())) return { names: [paren[1].trim()], unit: null, source: paren[2].trim() };
    return { names: [paren[1].trim()], unit: paren[2].trim() };
  }
  const parts = t.split(/\s+[-–—]\s+|\s*;\s*/);
  if (parts.length === 2 && isPersonName(parts[0]) && !isPersonName(parts[1]) && (ROLE_WORDS.test(parts[1]) || UNIT_START.test(parts[1]))) {
    return { names: [parts[0].trim()], unit: parts[1].trim() };
  }
  // `Thanh Hương - TTXVN`: the writer, then the agency or outlet
  if (parts.length === 2 && isPersonName(parts[0]) && (OUTLET.test(parts[1]) || /^(?:TTXVN|VNA|TTXVN\/[\p{L} ]+)$/u.test(parts[1].trim()))) {
    return { names: [parts[0].trim()], unit: null, source: parts[1].trim() };
  }
  if (parts.length >= 1 && parts.length <= 3 && parts.every((p) => isPersonName(p) || (p.length <= 12 && INITIALS.test(p)))) return { names: parts.map((p) => p.trim()), unit: null };
  return { names: [], unit: null };
}

/** A Vietnamese (or other) person's name: 2–5 capitalised words, no digits. */
export function isPersonName(s: string): boolean {
  const t = stripEnd(s.trim());
  if (INITIALS.test(t) && t.length <= 12) return true;
  if (t.length < 4 || t.length > 40 || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return INITIALS.test(t) && t.length <= 12;
  if (NOT_NAME_WORDS.test(words[0])) return false;
  const allCaps = words.every((w) => CAPS_WORD.test(w));
  if (allCaps) return words.every((w) => w.replace(/\./g, '').length <= 7);
  return words.every((w) => (UPPER_WORD.test(w) && w.replace(/\./g, '').length <= 8) || INITIALS.test(w));
}

/** `TRẦN VĂN BÌNH` → `Trần Văn Bình`; initials (`N.T.M`) and mixed-case names stay as written. */
export function titleCaseName(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || INITIALS.test(s) || ABBREVIATION.test(s)) return s;
  return s
    .split(/(\s+|-)/)
    .map((w) => (/^\p{L}/u.test(w) ? w.charAt(0) + w.slice(1).toLocaleLowerCase('vi') : w))
    .join('');
}

function namesIn(s: string): string[] {
  return s
    .split(/\s+[-–—]\s+|\s*,\s*|\s+và\s+|\s*;\s*|\s*\/\s*/u)
    .map((x) => stripEnd(x.trim()))
    .filter((x) => x.length >= 2 && x.length <= 40);
}

/** The part after `Tin, ảnh:` — names, sometimes `Tin: A - Ảnh: B`, a unit or `(Nguồn: X)`. */
function parseCreditBody(rest: string): { names: string[]; unit: string | null; source: string | null } {
  let source: string | null = null;
  // the credit pattern takes a closing bracket as the end of `(Tin, ảnh: …)`; give back a unit's
  let body = (rest.match(/\(/g)?.length ?? 0) > (rest.match(/\)/g)?.length ?? 0) ? `${rest})` : rest;
  const src = /\s*[(,-]?\s*(?:nguồn|theo)\s*[:：]?\s*([^()]+?)\)?$/iu.exec(body);
  if (src && src.index > 0) {
    source = src[1].trim();
    body = body.slice(0, src.index);
  }
  body = body.replace(/\s*[-–—,;]?\s*(?:ảnh|hình|ảnh và video|video)\s*[:：]\s*/giu, ' - ');
  const names: string[] = [];
  let unit: string | null = null;
  // `Tin, ảnh: Lê Hà (Trung tâm Văn hóa tỉnh)`: the unit in brackets after the names
  const paren = /\s*\(([^()]{3,80})\)\s*$/u.exec(body);
  if (paren && paren.index > 0 && !isPersonName(paren[1].trim())) {
    unit = paren[1].trim();
    body = body.slice(0, paren.index);
  }
  // (a unit's name goes on after its comma when the next part is no person: `Ban Thi đua, Khen thưởng`)
  let inUnit = false;
  for (const part of namesIn(body)) {
    if (UNIT_START.test(part) && !isPersonName(part)) {
      if (unit === null) {
        unit = part;
        inUnit = true;
      }
    } else if (inUnit && unit && !isPersonName(part) && /^\p{Lu}/u.test(part) && body.includes(`${unit}, ${part}`)) unit = `${unit}, ${part}`;
    else {
      inUnit = false;
      names.push(part);
    }
  }
  return { names, unit, source };
}

function isTitleCaseish(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const caps = words.filter((w) => /^[\p{Lu}\d(]/u.test(w)).length;
  return caps / words.length >= 0.3 && words.length <= 16;
}

function stripEnd(s: string): string {
  let t = s.replace(/[\s.;,]+$/u, '').trim();
  // unwrap `(Theo …)` but keep `Name (Unit)`
  const wrapped = /^\((.*)\)$/su.exec(t);
  if (wrapped && !wrapped[1].includes('(')) t = wrapped[1].trim();
  return t.replace(/[\s.;,]+$/u, '').trim();
}

/** Captions and gallery lead-ins: inside figure/figcaption, italic and parenthesised, or `Ảnh: …`. */
function isCaption(line: Line): boolean {
  const t = line.text;
  if (CAPTION_START.test(t) && !CREDIT.test(t)) return true;
  if (/:\s*$/.test(t) && t.length < 120) return true;
  for (let a: ElInfo | null = line.block, n = 0; a && n < 4; a = a.parent, n++) {
    if (a.tag === 'figcaption' || a.tag === 'figure' || a.tag === 'caption') return true;
    if (a.cid && /caption|chuthich|chu-thich|image-desc|photo-desc|img-desc|pic-desc|desc-img/.test(a.cid)) return true;
  }
  if (/^\(.*\)$/.test(t) && t.split(/\s+/).length > 6) return true;
  if (allInside(line, (tag) => tag === 'em' || tag === 'i') && t.split(/\s+/).length > 6) return true;
  return false;
}

/** Bold (whole line in b/strong) or right-aligned (align/style on the block or its ancestors). */
function isEmphasised(line: Line): boolean {
  if (allInside(line, (tag) => tag === 'b' || tag === 'strong')) return true;
  for (let a: ElInfo | null = line.block, n = 0; a && n < 4; a = a.parent, n++) {
    const el = a.el;
    const align = (el.getAttribute?.('align') ?? '').toLowerCase();
    const style = (el.getAttribute?.('style') ?? '').toLowerCase();
    if (align === 'right' || /text-align\s*:\s*(?:right|end)|float\s*:\s*right/.test(style) || /font-weight\s*:\s*(bold|[6-9]00)/.test(style)) return true;
    if (a.cid && /right|text-end|float-end|align-end|tacgia|author|signature/.test(a.cid)) return true;
  }
  return false;
}

/** Every text node of the line sits inside an element with a tag accepted by `test`. */
function allInside(line: Line, test: (tag: string) => boolean): boolean {
  if (!line.nodes.length) return false;
  return line.nodes.every((node) => {
    for (let p = node.parentNode, n = 0; p && n < 6; p = p.parentNode, n++) {
      if (p === line.block.el) break;
      if (p.nodeType === 1 && test(((p as Element).localName || (p as Element).tagName || '').toLowerCase())) return true;
      if (p.nodeType === 1) {
        const st = ((p as Element).getAttribute?.('style') ?? '').toLowerCase();
        if (test('b') && /font-weight\s*:\s*(bold|[6-9]00)/.test(st)) return true;
        if (test('i') && /font-style\s*:\s*italic/.test(st)) return true;
      }
    }
    return false;
  });
}

/**
 * The name set apart by markup on the last sentence's line: `… nghiêm túc. <span style="float:right">
 * <b>Name</b></span>` — the last text sits in bold or floated/right-aligned inline markup after a
 * finished sentence. Returns a match shaped like the spaces pattern's (index before the gap).
 */
function setApartName(line: Line, raw: string, starts: number[]): RegExpExecArray | null {
  let k = line.nodes.length - 1;
  while (k >= 0 && !(line.nodes[k].data ?? '').trim()) k--;
  if (k <= 0) return null;
  const node = line.nodes[k];
  let set = false;
  for (let p = node.parentNode, n = 0; p && p !== line.block.el && p.nodeType === 1 && n < 4; p = p.parentNode, n++) {
    const el = p as Element;
    const tag = (el.localName || el.tagName || '').toLowerCase();
    const style = (el.getAttribute?.('style') ?? '').toLowerCase();
    if (tag === 'b' || tag === 'strong' || /float\s*:\s*right|text-align\s*:\s*right|font-weight\s*:\s*(bold|[6-9]00)/.test(style)) set = true;
  }
  if (!set) return null;
  const before = raw.slice(0, starts[k]);
  const gap = /[.!?…”"]([\s\u00a0]*)$/u.exec(before);
  if (!gap) return null;
  const m = /^([\s\u00a0]*)([\p{L}][\p{L}\p{M}.\s\u00a0-]{2,60}?)[\s\u00a0]*$/u.exec(raw.slice(starts[k]));
  if (!m) return null;
  // shaped like the spaces pattern: [0] whole, [1] the gap, [2] the name; index = the sentence's last mark
  const out = [raw.slice(gap.index), gap[1] + m[1], m[2]] as unknown as RegExpExecArray;
  out.index = gap.index;
  out.input = raw;
  return out;
}

/** A name pushed right on the last sentence's line by a run of spaces: `… kết thúc.      Minh Châu`. */
function inlineSignature(line: Line): SignatureFound | null {
  if (!line.nodes.length) return null;
  let raw = '';
  const starts: number[] = [];
  for (const n of line.nodes) {
    starts.push(raw.length);
    raw += n.data ?? '';
  }
  // the patterns look at the line's end only (a huge one-line page stays cheap)
  const offset = Math.max(0, raw.length - 20_000);
  const tail = offset ? raw.slice(offset) : raw;
  // pushed right with a run of spaces, or straight after the `./.` end marker
  // (the page's own text: decomposed marks \p{M} may follow letters; a decomposed name is longer)
  let m = /[.!?…”"]([\s\u00a0]{3,})([\p{L}][\p{L}\p{M}.\s\u00a0-]{2,60}?)[\s\u00a0]*$/u.exec(tail) ?? /\.\/\.([\s\u00a0]+)([\p{L}][\p{L}\p{M}.\s\u00a0-]{2,60}?)[\s\u00a0]*$/u.exec(tail);
  let base = offset;
  if (!m) {
    m = setApartName(line, raw, starts);
    base = 0;
  }
  if (!m) return null;
  const name = cleanText(m[2]);
  const { names, unit } = parseNameLine(stripEnd(name));
  if (!names.length) return null;
  // where the name starts in the line's text
  const at = base + m.index + m[0].lastIndexOf(m[2]);
  let k = starts.length - 1;
  while (k > 0 && starts[k] > at) k--;
  const node = line.nodes[k];
  return {
    text: toNfc(name),
    authors: names,
    unit,
    source: null,
    lines: [],
    after: [],
    inline: { node, offset: at - starts[k] },
    kind: 'inline',
    confidence: 0.6,
  };
}
