import * as v from 'valibot';

/**
 * A list read back from storage: items that do not pass are dropped, not the whole
 * list, and at most `max` are kept. Anything but an array reads as an empty list.
 */
export function lenientList<T>(item: v.GenericSchema<unknown, T>, max = Number.POSITIVE_INFINITY) {
  // The fallback wraps the whole pipe: an object with the key missing takes it as is.
  return v.fallback(
    v.pipe(
      v.array(v.fallback(v.nullable(item), null)),
      v.transform((items): T[] => items.filter((value): value is T => value !== null).slice(0, max)),
    ),
    (): T[] => [],
  );
}
