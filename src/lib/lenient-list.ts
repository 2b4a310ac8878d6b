import { z } from 'zod/mini';

/**
 * A list read back from storage: items that do not pass are dropped, not the whole
 * list, and at most `max` are kept. Anything but an array reads as an empty list.
 */
export function lenientList<T>(item: z.ZodMiniType<T>, max = Number.POSITIVE_INFINITY) {
  return z.pipe(
    z.catch(z.array(z.catch(z.nullable(item), null)), []),
    z.transform((items): T[] => items.filter((value): value is T => value !== null).slice(0, max)),
  );
}
