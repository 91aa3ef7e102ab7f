/**
 * A minimal ZIP writer (STORE, or DEFLATE through a function the caller passes; CRC-32, UTF-8 names),
 * so the UI can offer one download for many files and write Office files without a zip library.
 */
import { zonedDateTime } from './dates';
import { DEFAULT_TIME_ZONE } from './types';

/** A file to put in the archive; strings are written as UTF-8. */
export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, the one ZIP and PNG use) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A relative path with `/` separators and no `..`; anything else could write outside the unzip folder. */
function safeName(name: string): string {
  const clean = name.replace(/\\/g, '/').replace(/^\/+/, '');
  if (!clean || clean.split('/').some((seg) => seg === '..' || seg === '')) throw new Error(`Unsafe file name in zip: ${name}`);
  return clean;
}

/** MS-DOS time and date words for a moment in a zone (ZIP stores local wall-clock time, 2 s steps, 1980+). */
function dosDateTime(now: Date, timeZone: string): [number, number] {
  const t = zonedDateTime(now, timeZone);
  const year = Math.min(Math.max(t.year, 1980), 2107);
  return [(t.hour << 11) | (t.minute << 5) | (t.second >> 1), ((year - 1980) << 9) | (t.month << 5) | t.day];
}

/** Raw DEFLATE (RFC 1951, no zlib header), e.g. fflate's `deflateSync`. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/**
 * The bytes of a .zip holding `files`, each dated `now` in `timeZone`: stored, or deflated with
 * `deflate` when given (an entry that would not shrink stays stored). Throws on unsafe or duplicate
 * names and on archives past the classic ZIP limits (4 GiB, 65,535 files).
 */
export function buildZip(files: ZipEntry[], now: Date, timeZone: string = DEFAULT_TIME_ZONE, deflate?: Deflate): Uint8Array {
  if (files.length > 0xffff) throw new Error('Too many files for a zip without ZIP64');
  const encoder = new TextEncoder();
  const [time, date] = dosDateTime(now, timeZone);
  const seen = new Set<string>();
  const entries = files.map((f) => {
    const name = safeName(f.name);
    if (seen.has(name)) throw new Error(`Duplicate file name in zip: ${name}`);
    seen.add(name);
    const raw = typeof f.content === 'string' ? encoder.encode(f.content) : f.content;
    const packed = deflate && raw.length > 0 ? deflate(raw) : null;
    const stored = !packed || packed.length >= raw.length;
    return { name: encoder.encode(name), data: stored ? raw : packed, size: raw.length, method: stored ? 0 : 8, crc: crc32(raw) };
  });
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  if (localSize + centralSize > 0xffffffff) throw new Error('Archive too large for a zip without ZIP64');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let pos = 0;
  const u16 = (v: number): void => { view.setUint16(pos, v, true); pos += 2; };
  const u32 = (v: number): void => { view.setUint32(pos, v, true); pos += 4; };
  const bytes = (b: Uint8Array): void => { out.set(b, pos); pos += b.length; };
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(pos);
    u32(0x04034b50);
    u16(20); u16(0x0800); u16(e.method); u16(time); u16(date);
    u32(e.crc); u32(e.data.length); u32(e.size);
    u16(e.name.length); u16(0);
    bytes(e.name);
    bytes(e.data);
  }
  const centralStart = pos;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20); u16(20); u16(0x0800); u16(e.method); u16(time); u16(date);
    u32(e.crc); u32(e.data.length); u32(e.size);
    u16(e.name.length); u16(0); u16(0); u16(0); u16(0); u32(0);
    u32(offsets[i]);
    bytes(e.name);
  });
  u32(0x06054b50);
  u16(0); u16(0); u16(entries.length); u16(entries.length);
  u32(centralSize);
  u32(centralStart);
  u16(0);
  return out;
}
