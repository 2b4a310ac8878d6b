import { describe, expect, it } from 'vitest';
import { fileUnder, pathSegments } from './safe-path.ts';

describe('pathSegments', () => {
  it('decodes ordinary paths', () => {
    expect(pathSegments('/')).toEqual(['']);
    expect(pathSegments('/assets/index-AbC.js')).toEqual(['assets', 'index-AbC.js']);
    expect(pathSegments('/offers/a%20b')).toEqual(['offers', 'a b']);
    expect(pathSegments('/offers/')).toEqual(['offers', '']);
  });

  it.each(['/..%2f..%2fetc/passwd', '/%2e%2e', '/.env', '/a/%2e', '/a//b', '/a%5cb', '/%00', '/%E0%A4%A', 'relative', '/..%c0%af'])(
    'refuses %s',
    (raw) => {
      expect(pathSegments(raw)).toBeNull();
    },
  );
});

describe('fileUnder', () => {
  it('keeps paths under the root', () => {
    expect(fileUnder('/srv/dist', ['assets', 'a.js'])).toBe('/srv/dist/assets/a.js');
    expect(fileUnder('/srv/dist', ['..', 'secret'])).toBeNull();
    expect(fileUnder('/srv/dist', [])).toBeNull();
  });
});
