import { expect, it } from 'vitest';

/** One test per row of a pure function's table: each input must give exactly its expected value. */
export function itMapsEach<I, O>(title: string, table: ReadonlyArray<readonly [I, O]>, fn: (input: I) => O): void {
  it.each(table.map(([input, expected]) => [input, expected] as [I, O]))(title, (input, expected) => {
    expect(fn(input)).toBe(expected);
  });
}
