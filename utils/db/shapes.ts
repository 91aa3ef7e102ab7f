/**
 * A tiny hand-written validator kit: each shape checks one value, records every problem with its
 * path (`clips[12].published`), and returns a fresh copy holding only the fields it knows, so
 * hostile keys (`__proto__`, `constructor`, …) never reach the caller.
 */

/** One problem found in a value: where (`clips[12].published`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Collects issues; stops recording after `maxIssues` but keeps counting. */
export class Issues {
  readonly list: ValidationIssue[] = [];
  omitted = 0;
  constructor(readonly maxIssues = 100) {}
  add(path: string, message: string): void {
    if (this.list.length < this.maxIssues) this.list.push({ path: path || '(root)', message });
    else this.omitted++;
  }
  get count(): number {
    return this.list.length + this.omitted;
  }
}

export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Checks `value` at `path`; returns a clean copy or INVALID (after recording why). */
export type Shape<T> = (value: unknown, path: string, issues: Issues) => T | Invalid;
/** A shape that an object may leave out. */
export type OptionalShape<T> = Shape<T> & { readonly optional: true };

type Out<S> = S extends Shape<infer T> ? T : never;
type Fields = Record<string, Shape<unknown>>;
type ObjectOut<F extends Fields> = {
  [K in keyof F as F[K] extends { optional: true } ? never : K]: Out<F[K]>;
} & {
  [K in keyof F as F[K] extends { optional: true } ? K : never]?: Out<F[K]>;
};

/** Keys that could reach an object's prototype if a later step merged the object naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string of ${value.length.toLocaleString('en')} characters`;
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

export function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

export interface StringRule {
  /** Longest allowed length in UTF-16 code units. */
  max: number;
  /** Shortest allowed length after trimming (default 0). */
  min?: number;
  /** Normalise to NFC (default true; false for URLs and anchoring data that must stay byte-exact). */
  nfc?: boolean;
  pattern?: RegExp;
  /** What the pattern means, for the message. */
  patternName?: string;
}

export function string(rule: StringRule): Shape<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.add(path, `expected a string, got ${describe(value)}`);
      return INVALID;
    }
    if (value.length > rule.max) {
      issues.add(path, `string of ${value.length.toLocaleString('en')} characters is longer than the limit of ${rule.max.toLocaleString('en')}`);
      return INVALID;
    }
    const out = rule.nfc === false ? value : value.normalize('NFC');
    if (rule.min && out.trim().length < rule.min) {
      issues.add(path, 'must not be empty');
      return INVALID;
    }
    if (rule.pattern && !rule.pattern.test(out)) {
      issues.add(path, `expected ${rule.patternName ?? `a string matching ${rule.pattern}`}`);
      return INVALID;
    }
    return out;
  };
}

export function number(rule: { min?: number; max?: number; integer?: boolean } = {}): Shape<number> {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.add(path, `expected a finite number, got ${describe(value)}`);
      return INVALID;
    }
    if (rule.integer && !Number.isInteger(value)) {
      issues.add(path, 'expected an integer');
      return INVALID;
    }
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
      issues.add(path, `expected a number from ${rule.min ?? '-∞'} to ${rule.max ?? '∞'}, got ${value}`);
      return INVALID;
    }
    return value;
  };
}

export const boolean: Shape<boolean> = (value, path, issues) => {
  if (typeof value !== 'boolean') {
    issues.add(path, `expected true or false, got ${describe(value)}`);
    return INVALID;
  }
  return value;
};

export function literal<const T extends readonly (string | number)[]>(...values: T): Shape<T[number]> {
  return (value, path, issues) => {
    if (!values.includes(value as T[number])) {
      const shown = typeof value === 'string' && value.length > 40 ? `${describe(value)}` : JSON.stringify(value);
      issues.add(path, `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${shown}`);
      return INVALID;
    }
    return value as T[number];
  };
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return (value, path, issues) => (value === null ? null : shape(value, path, issues));
}

export function optional<T>(shape: Shape<T>): OptionalShape<T> {
  const wrapped = ((value, path, issues) => shape(value, path, issues)) as Shape<T>;
  return Object.assign(wrapped, { optional: true as const });
}

export function array<T>(item: Shape<T>, rule: { max: number; min?: number }): Shape<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.add(path, `expected an array, got ${describe(value)}`);
      return INVALID;
    }
    if (value.length > rule.max) {
      issues.add(path, `array of ${value.length.toLocaleString('en')} items is longer than the limit of ${rule.max.toLocaleString('en')}`);
      return INVALID;
    }
    if (rule.min && value.length < rule.min) {
      issues.add(path, `expected at least ${rule.min} item(s)`);
      return INVALID;
    }
    const out: T[] = [];
    let ok = true;
    for (let i = 0; i < value.length; i++) {
      const item_ = item(value[i], join(path, i), issues);
      if (item_ === INVALID) ok = false;
      else out.push(item_);
    }
    return ok ? out : INVALID;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks own keys: forbidden names and unknown fields are errors, never silently dropped. */
function checkKeys(value: Record<string, unknown>, known: (key: string) => boolean, path: string, issues: Issues): boolean {
  let ok = true;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.add(join(path, key), 'forbidden key (could alter object prototypes)');
      ok = false;
    } else if (!known(key)) {
      issues.add(join(path, key), 'unexpected field');
      ok = false;
    }
  }
  return ok;
}

/** An object with exactly these fields (those wrapped in `optional` may be absent). */
export function object<F extends Fields>(fields: F): Shape<ObjectOut<F>> {
  const names = Object.keys(fields);
  return (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.add(path, `expected an object, got ${describe(value)}`);
      return INVALID;
    }
    let ok = checkKeys(value, (key) => Object.prototype.hasOwnProperty.call(fields, key), path, issues);
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const shape = fields[name] as Shape<unknown> & { optional?: true };
      // An optional field set to undefined counts as absent (JSON never carries undefined).
      if (!Object.prototype.hasOwnProperty.call(value, name) || (shape.optional && value[name] === undefined)) {
        if (!shape.optional) {
          issues.add(join(path, name), 'missing');
          ok = false;
        }
        continue;
      }
      const field = shape(value[name], join(path, name), issues);
      if (field === INVALID) ok = false;
      else out[name] = field;
    }
    return ok ? (out as ObjectOut<F>) : INVALID;
  };
}

/** An object whose keys all come from `keys` (any may be absent), each value of one shape. */
export function partialRecord<K extends string, T>(keys: readonly K[], item: Shape<T>): Shape<Partial<Record<K, T>>> {
  return (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.add(path, `expected an object, got ${describe(value)}`);
      return INVALID;
    }
    let ok = checkKeys(value, (key) => (keys as readonly string[]).includes(key), path, issues);
    const out: Partial<Record<K, T>> = {};
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const field = item(value[key], join(path, key), issues);
      if (field === INVALID) ok = false;
      else out[key] = field;
    }
    return ok ? out : INVALID;
  };
}

/** A union told apart by a string field (`type`). */
export function tagged<T>(field: string, variants: Record<string, Shape<T>>): Shape<T> {
  return (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.add(path, `expected an object, got ${describe(value)}`);
      return INVALID;
    }
    const kind = value[field];
    if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(variants, kind)) {
      issues.add(join(path, field), `expected one of ${Object.keys(variants).map((k) => JSON.stringify(k)).join(', ')}`);
      return INVALID;
    }
    return variants[kind](value, path, issues);
  };
}

/** Runs a shape; returns the clean value or the issues found. */
export function check<T>(
  shape: Shape<T>,
  value: unknown,
  path = '',
  maxIssues = 100,
): { ok: true; value: T } | { ok: false; issues: Issues } {
  const issues = new Issues(maxIssues);
  const out = shape(value, path, issues);
  if (out === INVALID || issues.count > 0) return { ok: false, issues };
  return { ok: true, value: out };
}
