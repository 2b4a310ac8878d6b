import { isRecord } from './is-record';
import { readText, removeKey, writeText } from './storage';
import type { StorageKind } from './storage';
import { notifyKey, subscribeKey } from './storage-events';

/**
 * A value kept in localStorage or sessionStorage, shaped for useSyncExternalStore:
 * `get` is a snapshot that keeps its identity until the stored text changes (this tab,
 * another tab, a clear), and `subscribe` hears this tab's writes and other tabs'.
 */
export interface StoredValue<T> {
  readonly get: () => T;
  /** Keeps the value and notifies once. False when storage refused it (blocked, full):
   * the value then holds in memory for this page, until a write succeeds or the stored
   * text changes. */
  readonly set: (value: T) => boolean;
  readonly remove: () => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/**
 * What checks a stored value read back: a Standard Schema (a valibot schema is one), so
 * this module needs no validation library. `checkWith(read)` makes one for the values read
 * at start-up (theme, settings, scroll), which would otherwise bring valibot into the entry
 * chunk.
 */
export interface Check<T> {
  readonly '~standard': {
    readonly validate: (
      input: unknown,
    ) =>
      { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly unknown[] } | Promise<unknown>;
  };
}

const NOT_USABLE = { issues: [{ message: 'not usable' }] } as const;

/** A Check from a function that returns the value read, or undefined when it does not pass. */
export function checkWith<T>(read: (input: unknown) => T | undefined): Check<T> {
  return {
    '~standard': {
      validate: (input) => {
        const value = read(input);
        return value === undefined ? NOT_USABLE : { value };
      },
    },
  };
}

/** The value when it passes; a check that answers later (async) does not pass here. */
function passes<T>(check: Check<T>, input: unknown): { value: T } | undefined {
  const result = check['~standard'].validate(input);
  if (result instanceof Promise || result.issues) return undefined;
  return result;
}

interface Codec<T> {
  decode: (raw: string | null) => T;
  encode: (value: T) => string;
}

function createStored<T>(key: string, kind: StorageKind, codec: Codec<T>): StoredValue<T> {
  let cache: { raw: string | null; value: T } | null = null;
  let unsaved: { raw: string | null; value: T } | null = null;
  return {
    get: () => {
      // One getItem per call, so a change nobody announced (a clear in this tab) shows too;
      // decoded again only when the text changed.
      const raw = readText(key, kind);
      if (unsaved !== null && unsaved.raw === raw) return unsaved.value;
      unsaved = null;
      if (cache === null || cache.raw !== raw) cache = { raw, value: codec.decode(raw) };
      return cache.value;
    },
    set: (value) => {
      const before = readText(key, kind);
      const saved = writeText(key, codec.encode(value), kind);
      unsaved = saved ? null : { raw: before, value };
      notifyKey(kind, key);
      return saved;
    },
    remove: () => {
      removeKey(key, kind);
      unsaved = null;
      notifyKey(kind, key);
    },
    subscribe: (listener) => subscribeKey(kind, key, listener),
  };
}

export interface StoredValueOptions<T> {
  key: string;
  kind: StorageKind;
  /** Checks what is read back; it must accept its own output (what `set` writes). */
  schema: Check<T>;
  /** The data's format version, written with it as `{"v": version, "data": …}`. */
  version: number;
  /** What `get` gives when nothing usable is stored. */
  fallback: T;
  /**
   * Turns data of an older version into input for `schema`: `from` is its version, 0
   * for a value saved before the versioned envelope (the JSON alone). Without it, older
   * data reads as the fallback.
   */
  migrate?: (data: unknown, from: number) => unknown;
}

/** `{"v": version, "data": …}` and nothing else, with a whole version from 1. */
function readEnvelope(json: unknown): { v: number; data: unknown } | undefined {
  if (!isRecord(json) || Object.keys(json).some((key) => key !== 'v' && key !== 'data')) return undefined;
  const { v, data } = json;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? { v, data } : undefined;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON value, validated and versioned. Storage can hold anything (an older version,
 * a newer one, a hand edit): what does not pass reads as the fallback. */
export function storedValue<T>({
  key,
  kind,
  schema,
  version,
  fallback,
  migrate,
}: StoredValueOptions<T>): StoredValue<T> {
  const decode = (raw: string | null): T => {
    if (raw === null) return fallback;
    const json = parseJson(raw);
    if (json === undefined) return fallback;
    const envelope = readEnvelope(json);
    const from = envelope ? envelope.v : 0;
    const data = envelope ? envelope.data : json;
    let input: unknown;
    if (from === version) input = data;
    else if (from < version && migrate) input = migrate(data, from);
    else return fallback;
    const passed = passes(schema, input);
    return passed ? passed.value : fallback;
  };
  return createStored(key, kind, { decode, encode: (value) => JSON.stringify({ v: version, data: value }) });
}

export interface StoredTextOptions<T extends string> {
  key: string;
  kind: StorageKind;
  schema: Check<T>;
  fallback: T;
}

/** A string kept as its plain text, for values read outside the app too (the theme,
 * read before the first paint by a script of its own). */
export function storedText<T extends string>({ key, kind, schema, fallback }: StoredTextOptions<T>): StoredValue<T> {
  const decode = (raw: string | null): T => {
    if (raw === null) return fallback;
    const passed = passes(schema, raw);
    return passed ? passed.value : fallback;
  };
  return createStored(key, kind, { decode, encode: (value) => value });
}
