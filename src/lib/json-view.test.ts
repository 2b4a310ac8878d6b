import { boundedView, MAX_DEPTH, nestingDepth, toJsonText } from './json-view';

function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = { next: value };
  return value;
}

describe('boundedView', () => {
  it('draws plain metadata whole', () => {
    const view = boundedView(Object.entries({ geo: 'US', tags: ['a', 'b'], nested: { x: 1 } }));
    expect(view.truncated).toBe(false);
    expect(view.rows.map((row) => row.key)).toEqual(['geo', 'tags', 'nested']);
    expect(view.rows[1]?.node).toEqual({
      kind: 'list',
      hidden: 0,
      items: [
        { kind: 'primitive', value: 'a' },
        { kind: 'primitive', value: 'b' },
      ],
    });
  });

  it(`stops at ${MAX_DEPTH} levels and says how many more there are`, () => {
    const view = boundedView([['deep', nested(1_000)]]);
    let node = view.rows[0]?.node;
    let levels = 0;
    while (node?.kind === 'object') {
      levels += 1;
      node = node.entries[0]?.node;
    }
    expect(levels).toBe(MAX_DEPTH);
    expect(node).toMatchObject({ kind: 'deep', levels: 1_000 - MAX_DEPTH });
    // Depth alone is not a budget cut: nothing more to show.
    expect(view.truncated).toBe(false);
  });

  it('draws at most the budget of values and counts what it left out', () => {
    const wide = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]));
    const view = boundedView(Object.entries(wide), 10);
    expect(view.rows).toHaveLength(10);
    expect(view.hiddenRows).toBe(20);
    expect(view.truncated).toBe(true);

    const list = boundedView([['list', Array.from({ length: 50 }, (_, i) => i)]], 11);
    expect(list.rows[0]?.node).toMatchObject({ kind: 'list', hidden: 40 });
    expect(list.truncated).toBe(true);
  });
});

describe('nestingDepth', () => {
  it('counts container levels without recursing', () => {
    expect(nestingDepth('x')).toBe(0);
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth([{ a: [1] }])).toBe(3);
    expect(nestingDepth(nested(50_000))).toBe(50_000);
  });
});

describe('toJsonText', () => {
  it('gives JSON, or null for a value the serialiser cannot take', () => {
    expect(toJsonText({ a: 1 })).toBe('{\n  "a": 1\n}');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(toJsonText(loop)).toBeNull();
  });
});
