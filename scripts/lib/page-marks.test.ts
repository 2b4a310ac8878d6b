import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { armClickToHeading, marksScript, toPageMarks } from './page-marks.ts';

describe('page marks', () => {
  it('keeps only finite numeric marks from what the page returned', () => {
    expect(toPageMarks({ rows: 12.5, heading: 'x', click: Number.NaN, trackingLinks: 40, other: 1 })).toEqual({
      rows: 12.5,
      trackingLinks: 40,
    });
    expect(toPageMarks(undefined)).toEqual({});
    expect(toPageMarks(null)).toEqual({});
  });

  it('embeds headings as JSON literals, so quotes in offer names cannot break the script', () => {
    const name = `Bob's "deal" </script>`;
    expect(marksScript(name)).toContain(`heading: ${JSON.stringify(name)},`);
    expect(marksScript(null)).toContain('heading: null,');
    expect(armClickToHeading(name)).toContain(`window.__bench.targets.heading = ${JSON.stringify(name)};`);
    expect(() => new Script(marksScript(name))).not.toThrow();
    expect(() => new Script(armClickToHeading(name))).not.toThrow();
  });
});
