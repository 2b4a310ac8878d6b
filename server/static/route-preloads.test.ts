import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, ROUTE_MODULES, routePreloads, withModulePreloads } from './route-preloads.ts';

const MANIFEST = JSON.stringify({
  'index.html': {
    file: 'assets/index-Ab1.js',
    isEntry: true,
    imports: ['_jsx-runtime.js'],
    dynamicImports: ['src/app/routes/offers-route.tsx'],
  },
  '_jsx-runtime.js': { file: 'assets/jsx-runtime-Cd2.js' },
  '_get-offers.js': { file: 'assets/get-offers-Ef3.js', imports: ['_jsx-runtime.js'] },
  '_list-return.js': { file: 'assets/list-return-Gh4.js', imports: ['_get-offers.js', 'index.html'] },
  'src/app/routes/offers-route.tsx': {
    file: 'assets/offers-page-Ij5.js',
    isDynamicEntry: true,
    imports: ['index.html', '_list-return.js', '_get-offers.js'],
  },
  'src/app/routes/offer-detail-route.tsx': {
    file: 'assets/offer-detail-page-Kl6.js',
    isDynamicEntry: true,
    imports: ['index.html', '_list-return.js'],
    dynamicImports: ['src/features/link-builder/components/link-builder.tsx'],
  },
  'src/features/link-builder/components/link-builder.tsx': { file: 'assets/link-builder-Mn7.js', isDynamicEntry: true },
  'src/features/settings/components/settings-page.tsx': {
    file: 'assets/settings-page-Op8.js',
    imports: ['"><script>x</script>.js'],
  },
  '"><script>x</script>.js': { file: 'assets/"><script>alert(1)</script>.js' },
});

const manifest = (() => {
  const parsed = parseManifest(MANIFEST);
  if (parsed === null) throw new Error('the test manifest did not parse');
  return parsed;
})();

describe('routePreloads', () => {
  it('names the list route chunk and what it imports, not what index.html already loads', () => {
    const list = ['/assets/offers-page-Ij5.js', '/assets/list-return-Gh4.js', '/assets/get-offers-Ef3.js'];
    expect(routePreloads(manifest, '/offers')).toEqual(list);
    expect(routePreloads(manifest, '/')).toEqual(list);
  });

  it('names the offer route chunk for any offer id, encoded slashes included, and not its lazy parts', () => {
    const detail = ['/assets/offer-detail-page-Kl6.js', '/assets/list-return-Gh4.js', '/assets/get-offers-Ef3.js'];
    expect(routePreloads(manifest, '/offers/664f1a2b3c4d5e6f7a8b9c0d')).toEqual(detail);
    expect(routePreloads(manifest, '/offers/legacy%20offer%2F7%3Fx%3D1')).toEqual(detail);
  });

  it('preloads nothing for unknown routes, and never a file name that is not a plain chunk name', () => {
    expect(routePreloads(manifest, '/no-such-page')).toEqual([]);
    expect(routePreloads(manifest, '/offers/a/b')).toEqual([]);
    expect(routePreloads(manifest, '/settings')).toEqual(['/assets/settings-page-Op8.js']);
  });
});

describe('parseManifest', () => {
  it('refuses what is not a manifest', () => {
    expect(parseManifest('not json')).toBeNull();
    expect(parseManifest('[]')).toBeNull();
    expect(parseManifest('{"index.html": {"imports": []}}')).toBeNull();
  });
});

describe('withModulePreloads', () => {
  it('adds one modulepreload link per file just before </head>', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    expect(withModulePreloads(html, ['/assets/a.js', '/assets/b.js'])).toBe(
      '<html><head><title>x</title>    <link rel="modulepreload" crossorigin href="/assets/a.js">\n    <link rel="modulepreload" crossorigin href="/assets/b.js">\n</head><body></body></html>',
    );
    expect(withModulePreloads(html, [])).toBe(html);
  });
});

describe('ROUTE_MODULES', () => {
  it('names the modules src/app/pages.ts loads for each route, so a rename cannot silently drop a preload', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const pages = readFileSync(path.join(root, 'src/app/pages.ts'), 'utf8');
    for (const [, module] of ROUTE_MODULES) {
      expect(existsSync(path.join(root, module)), module).toBe(true);
      const specifier = `@/${module.replace(/^src\//, '').replace(/\.tsx?$/, '')}`;
      expect(pages, module).toContain(`import('${specifier}')`);
    }
    expect(ROUTE_MODULES).toHaveLength([...pages.matchAll(/import\('@\/[^']+'\)/g)].length);
  });
});
