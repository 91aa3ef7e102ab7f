/**
 * Record ids: time-ordered and random, so ids made on two machines never collide on restore
 * and a store's key order roughly follows creation order.
 */

/** Makes one new id per call. Repository functions take one so tests can make ids predictable. */
export type IdGenerator = () => string;

// Crockford base32: no I, L, O, U, so an id read aloud or retyped stays unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A 26-character id in the ULID layout: 10 characters of epoch milliseconds, then 16 random
 * characters (80 bits) from `crypto.getRandomValues`.
 */
export function newId(now: number = Date.now()): string {
  let time = '';
  let t = Math.max(0, Math.floor(now));
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let random = '';
  for (const byte of bytes) random += ALPHABET[byte & 31];
  return time + random;
}

/** An id generator whose time part comes from `clock` (epoch ms). */
export function createIdGenerator(clock: () => number = Date.now): IdGenerator {
  return () => newId(clock());
}
