/**
 * A test-side ZIP reader written from the format description (end record → central directory → local
 * headers), independent of the writer under test; inflates DEFLATE entries with Node's zlib.
 */
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

export interface ReadEntry {
  name: string;
  data: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  time: number;
  date: number;
}

export function readZip(bytes: Uint8Array): ReadEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  expect(eocd, 'end of central directory').toBeGreaterThanOrEqual(0);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  let pos = view.getUint32(eocd + 16, true);
  expect(pos + cdSize).toBe(eocd);
  const out: ReadEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(pos, true)).toBe(0x02014b50);
    const flags = view.getUint16(pos + 8, true);
    const method = view.getUint16(pos + 10, true);
    const crc = view.getUint32(pos + 16, true);
    const compressed = view.getUint32(pos + 20, true);
    const nameLen = view.getUint16(pos + 28, true);
    const extraLen = view.getUint16(pos + 30, true);
    const commentLen = view.getUint16(pos + 32, true);
    const local = view.getUint32(pos + 42, true);
    const name = decoder.decode(bytes.subarray(pos + 46, pos + 46 + nameLen));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + compressed);
    const data = method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw;
    out.push({ name, data, method, flags, crc, time: view.getUint16(pos + 12, true), date: view.getUint16(pos + 14, true) });
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
