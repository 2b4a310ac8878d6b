import { beforeAll, describe, expect, it } from 'vitest';
import {
  budgetOverruns,
  chunkImports,
  collectInitialGraph,
  distPathOf,
  formatKb,
  initLexer,
  KB,
  parseIndexHtml,
  SIZE_BUDGET,
} from './initial-assets.ts';

beforeAll(async () => {
  await initLexer();
});

const VITE_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <script src="/theme.js"></script>
    <link rel="preload" href="/config.json" as="fetch" crossorigin="anonymous" />
    <!-- <script type="module" src="/assets/commented-out.js"></script> -->
    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-XyZ.js">
    <link rel="stylesheet" crossorigin href="/assets/index-Drz4.css">
    <link rel="stylesheet" href="https://fonts.example.com/font.css">
    <script src="https://cdn.example.com/analytics.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('parseIndexHtml', () => {
  it('finds the entry, preloads, classic scripts and stylesheets of this build only', () => {
    expect(parseIndexHtml(VITE_INDEX)).toEqual({
      moduleScripts: ['assets/index-AbC123.js'],
      classicScripts: ['theme.js'],
      modulePreloads: ['assets/vendor-XyZ.js'],
      stylesheets: ['assets/index-Drz4.css'],
    });
  });

  it('reads unquoted and single-quoted attributes in any order', () => {
    const html = `<script src='/a.js' type=module></script><link href=/b.css rel=stylesheet>`;
    expect(parseIndexHtml(html)).toMatchObject({ moduleScripts: ['a.js'], stylesheets: ['b.css'] });
  });

  it('ignores inline scripts and non-JavaScript script types', () => {
    const html = `<script>var x = 1</script><script type="application/json" src="/data.json"></script>`;
    expect(parseIndexHtml(html)).toMatchObject({ moduleScripts: [], classicScripts: [] });
  });
});

describe('distPathOf', () => {
  it('maps site URLs to dist-relative paths and drops other origins', () => {
    expect(distPathOf('/assets/a.js?v=1#x')).toBe('assets/a.js');
    expect(distPathOf('./x.js', '/assets')).toBe('assets/x.js');
    expect(distPathOf('../y.js', '/assets/nested')).toBe('assets/y.js');
    expect(distPathOf('https://example.com/a.js')).toBeUndefined();
    expect(distPathOf('//example.com/a.js')).toBeUndefined();
    expect(distPathOf('data:text/javascript,1')).toBeUndefined();
  });
});

describe('chunkImports', () => {
  it('separates static imports, re-exports and side-effect imports from import()', () => {
    const code = [
      'import{a as b,c as d}from"./vendor-1.js";',
      'import"./side-effect-2.js";',
      'export{x}from"./reexport-3.js";',
      'const lazy=()=>import(`./settings-page-4.js`);',
      'const meta=import.meta.url;',
    ].join('');
    expect(chunkImports(code, 'assets/index-0.js')).toEqual({
      staticImports: ['assets/vendor-1.js', 'assets/side-effect-2.js', 'assets/reexport-3.js'],
      dynamicImports: ['assets/settings-page-4.js'],
    });
  });

  it('is not fooled by import statements inside strings', () => {
    const code = 'const hint=`import { RouterProvider } from "./not-a-chunk.js"`;import"./real.js";';
    expect(chunkImports(code, 'assets/index.js').staticImports).toEqual(['assets/real.js']);
  });

  it('ignores bare specifiers, URLs and computed import() targets', () => {
    const code = 'import"react";import"https://cdn.example.com/x.js";const m=import(name);';
    expect(chunkImports(code, 'assets/index.js')).toEqual({ staticImports: [], dynamicImports: [] });
  });
});

describe('collectInitialGraph', () => {
  const chunks: Record<string, string> = {
    'assets/index.js': 'import"./vendor.js";import"./shared.js";const p=()=>import("./settings.js");',
    'assets/vendor.js': 'import"./shared.js";',
    'assets/shared.js': 'export const s=1;',
    'assets/preloaded.js': 'import"./deep.js";',
    'assets/deep.js': 'const q=()=>import("./vendor.js");',
    'assets/settings.js': 'import"./shared.js";',
  };

  it('follows static imports recursively, once per chunk, and lists lazy targets', () => {
    const graph = collectInitialGraph(
      {
        moduleScripts: ['assets/index.js'],
        classicScripts: ['theme.js'],
        modulePreloads: ['assets/preloaded.js'],
        stylesheets: ['assets/index.css'],
      },
      (file) => chunks[file],
    );
    expect(graph).toEqual({
      js: [
        'theme.js',
        'assets/index.js',
        'assets/preloaded.js',
        'assets/vendor.js',
        'assets/shared.js',
        'assets/deep.js',
      ],
      css: ['assets/index.css'],
      dynamicTargets: ['assets/settings.js'],
    });
  });

  it('keeps a missing chunk in the list for the caller to report', () => {
    const graph = collectInitialGraph(
      { moduleScripts: ['assets/gone.js'], classicScripts: [], modulePreloads: [], stylesheets: [] },
      () => undefined,
    );
    expect(graph.js).toEqual(['assets/gone.js']);
  });
});

describe('budgetOverruns', () => {
  const routes = (jsGzip: number) => [{ route: 'src/app/routes/offers-route.tsx', jsGzip }];

  it('is empty at exactly the budget and names each overrun in kB', () => {
    expect(budgetOverruns({ initialJsGzip: 100 * KB, initialCssGzip: 15 * KB, routes: routes(112 * KB) })).toEqual([]);
    expect(
      budgetOverruns({ initialJsGzip: 100 * KB + 10, initialCssGzip: 15 * KB + 10, routes: routes(112 * KB + 10) }),
    ).toEqual([
      'initial JS is 100.01 kB gzip, over the 100.00 kB budget',
      'initial CSS is 15.01 kB gzip, over the 15.00 kB budget',
      'a first visit to src/app/routes/offers-route.tsx is 112.01 kB gzip, over the 112.00 kB budget',
    ]);
  });

  it('uses 1000-byte kB, as the budgets are written', () => {
    expect(SIZE_BUDGET.initialJsGzip).toBe(100_000);
    expect(SIZE_BUDGET.routeJsGzip).toBe(112_000);
    expect(formatKb(1500)).toBe('1.50 kB');
  });
});
