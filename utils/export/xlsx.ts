/**
 * An Excel workbook (.xlsx, Office Open XML SpreadsheetML) of the highlight table, written by hand
 * into the project's ZIP writer: no spreadsheet library in the extension. Office staff open it by
 * double-click, whatever their Windows list separator (a CSV splits on ',' only where the region
 * says so; Vietnamese Windows uses ';'). Text goes in as inline strings, which Excel never evaluates,
 * so nothing in a cell can run as a formula; dates are real dates with the language's format; the
 * header row is frozen, bold and filterable; long text columns wrap.
 */
import { deflateSync } from 'fflate';
import type { DateParts, ZonedDateTime } from './dates';
import { escapeHtml } from './html';
import { highlightTable, type ColumnWidth, type TableCell } from './table';
import { FORBIDDEN_CONTROLS, LONE_SURROGATE } from './text';
import type { ExportInput, ExportLocale } from './types';
import { buildZip } from './zip';

/** Excel's limit on the characters of one cell; longer text makes it refuse the file. */
export const XLSX_CELL_LIMIT = 32_767;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes in `cellXfs` (see `stylesXml`). */
const STYLE = { header: 1, date: 2, datetime: 3, wrap: 4, plain: 5, number: 6 } as const;

const WIDTHS: Record<ColumnWidth, number> = { narrow: 14, medium: 24, wide: 42, text: 60 };

/** Text made safe for an XML text node or attribute value: what XML 1.0 cannot carry dropped, markup escaped. */
export function xmlText(value: string): string {
  return escapeHtml(value.replace(LONE_SURROGATE, '').replace(FORBIDDEN_CONTROLS, ''));
}

/** Cell text within Excel's limit (cut on a character boundary, marked with an ellipsis). */
function fitCell(value: string): string {
  if (value.length <= XLSX_CELL_LIMIT) return value;
  let cut = XLSX_CELL_LIMIT - 1;
  if (/[\uD800-\uDBFF]/.test(value[cut - 1])) cut--;
  return `${value.slice(0, cut)}…`;
}

/** `A`, `B`, … `Z`, `AA` … for a 0-based column index. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel's serial day number of a calendar date (the 1900 system; valid from 1 March 1900). */
export function excelSerial(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return (Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / DAY_MS + (hour * 60 + minute) / 1440;
}

const pad = (n: number) => String(n).padStart(2, '0');

function partialDate(d: DateParts): string {
  return d.month === undefined ? String(d.year) : `${d.year}-${pad(d.month)}`;
}

function textCell(ref: string, value: string, style: number): string {
  const v = xmlText(fitCell(value));
  return v ? `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${v}</t></is></c>` : '';
}

function cellXml(ref: string, cell: TableCell, wrap: boolean): string {
  switch (cell.kind) {
    case 'text':
      return textCell(ref, cell.text, wrap ? STYLE.wrap : STYLE.plain);
    case 'number':
      return `<c r="${ref}" s="${STYLE.number}"><v>${cell.value}</v></c>`;
    case 'date': {
      const { year, month, day } = cell.date;
      // a year or a month alone is not a day Excel can hold: it stays text, as the article gave it
      if (month === undefined || day === undefined || year < 1901) return textCell(ref, partialDate(cell.date), STYLE.plain);
      return `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(year, month, day)}</v></c>`;
    }
    case 'datetime': {
      const t: ZonedDateTime = cell.at;
      return `<c r="${ref}" s="${STYLE.datetime}"><v>${roundSerial(excelSerial(t.year, t.month, t.day, t.hour, t.minute))}</v></c>`;
    }
  }
}

/** Serial days to a precision that keeps whole minutes exact when Excel reads them back. */
function roundSerial(v: number): number {
  return Math.round(v * 1e10) / 1e10;
}

function sheetXml(columns: { width: ColumnWidth }[], header: string[], rows: TableCell[][]): string {
  const last = columnName(columns.length - 1);
  const lastRow = rows.length + 1;
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${WIDTHS[c.width]}" customWidth="1"/>`).join('');
  const out: string[] = [];
  out.push(`<row r="1">${header.map((h, i) => textCell(`${columnName(i)}1`, h, STYLE.header)).join('')}</row>`);
  rows.forEach((row, r) => {
    const n = r + 2;
    out.push(`<row r="${n}">${row.map((cell, i) => cellXml(`${columnName(i)}${n}`, cell, columns[i].width === 'text' || columns[i].width === 'wide')).join('')}</row>`);
  });
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${last}${lastRow}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${out.join('')}</sheetData>` +
    `<autoFilter ref="A1:${last}${lastRow}"/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

function stylesXml(locale: ExportLocale): string {
  // Vietnamese offices write 24/07/2020; the English export keeps ISO, like its CSV
  const dateFormat = locale === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  const dateTimeFormat = `${dateFormat} hh:mm`;
  const xf = (attrs: string, inner = '') => `<xf numFmtId="${attrs}" fontId="0" fillId="0" borderId="0" xfId="0"${inner}`;
  return (
    XML_HEAD +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="2"><numFmt numFmtId="164" formatCode="${xmlText(dateFormat)}"/><numFmt numFmtId="165" formatCode="${xmlText(dateTimeFormat)}"/></numFmts>` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE5E7EB"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="7">' +
    `${xf('0')}/>` +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    `${xf('164', ' applyNumberFormat="1" applyAlignment="1"')}><alignment vertical="top"/></xf>` +
    `${xf('165', ' applyNumberFormat="1" applyAlignment="1"')}><alignment vertical="top"/></xf>` +
    `${xf('0', ' applyAlignment="1"')}><alignment vertical="top" wrapText="1"/></xf>` +
    `${xf('0', ' applyAlignment="1"')}><alignment vertical="top"/></xf>` +
    `${xf('1', ' applyNumberFormat="1" applyAlignment="1"')}><alignment vertical="top"/></xf>` +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(label: string): string {
  return label.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet1';
}

/** The .xlsx file's bytes. */
export function buildXlsx(input: ExportInput): Uint8Array {
  const table = highlightTable(input);
  const { prepared } = table;
  const name = sheetName(prepared.labels.highlights);
  const last = columnName(table.columns.length - 1);
  const created = prepared.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = [
    {
      name: '[Content_Types].xml',
      content:
        XML_HEAD +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      content:
        XML_HEAD +
        `<Relationships xmlns="${PKG_REL_NS}">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'docProps/core.xml',
      content:
        XML_HEAD +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:title>${xmlText(prepared.labels.reportTitle)}</dc:title><dc:creator>Portal Notes</dc:creator>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
        '</cp:coreProperties>',
    },
    {
      name: 'docProps/app.xml',
      content: XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Portal Notes</Application></Properties>',
    },
    {
      name: 'xl/workbook.xml',
      content:
        XML_HEAD +
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        '<bookViews><workbookView/></bookViews>' +
        `<sheets><sheet name="${xmlText(name)}" sheetId="1" r:id="rId1"/></sheets>` +
        `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${xmlText(name.replace(/'/g, "''"))}'!$A$1:$${last}$${table.rows.length + 1}</definedName></definedNames>` +
        '</workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content:
        XML_HEAD +
        `<Relationships xmlns="${PKG_REL_NS}">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
    },
    { name: 'xl/styles.xml', content: stylesXml(prepared.locale) },
    { name: 'xl/worksheets/sheet1.xml', content: sheetXml(table.columns, table.columns.map((c) => c.label), table.rows) },
  ];
  // SpreadsheetML is verbose XML: deflated, a 10,000-row workbook is a tenth of its stored size
  return buildZip(files, prepared.now, prepared.timeZone, (data) => deflateSync(data, { level: 6 }));
}
