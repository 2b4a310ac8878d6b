/**
 * npm run size [-- --dist <dir>]
 *
 * Builds the app with Vite (into a temporary directory, so a dist/ that a running
 * server or e2e suite is using is left alone), then reports what the browser downloads
 * before the first route renders, gzipped at level 9: index.html's scripts and their
 * static imports (the entry), and its stylesheets. Every lazy chunk is listed too, and
 * for each route the server knows (server/static/route-preloads.ts) what a first visit
 * downloads in all: the entry plus the chunks the server names as modulepreload links
 * for it. Exits 1 when the entry JS, the CSS or any route's first visit is over budget
 * (sizes in kB, 1 kB = 1000 bytes, as the budgets are written).
 *
 * --dist <dir>  measure an existing build instead of building.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import {
  budgetOverruns,
  collectInitialGraph,
  formatKb,
  initLexer,
  parseIndexHtml,
  SIZE_BUDGET,
} from './lib/initial-assets.ts';
import { formatTable } from './lib/table.ts';
import { MANIFEST_SEGMENTS, modulePreloads, parseManifest, ROUTE_MODULES } from '../server/static/route-preloads.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Measured {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

function measure(distDir: string, file: string): Measured {
  const bytes = readFileSync(path.join(distDir, file));
  return { file, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

/**
 * What a browser that accepts brotli downloads for `file`, as the server sends it: the
 * build's `.br` twin, else its `.gz` twin, else the file (small files get no twins).
 */
function served(distDir: string, file: string): number {
  const twin = ['.br', '.gz', '']
    .map((suffix) => path.join(distDir, file + suffix))
    .find((twinPath) => existsSync(twinPath));
  return twin === undefined ? 0 : statSync(twin).size;
}

function total(files: readonly Measured[]): { raw: number; gzip: number } {
  return files.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), { raw: 0, gzip: 0 });
}

function listFiles(directory: string, prefix = ''): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(directory, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

interface RouteVisit {
  readonly route: string;
  /** dist-relative files the server names as modulepreload links for the route. */
  readonly files: readonly string[];
  readonly jsGzip: number;
  /** The same files as the server sends them to a browser that accepts brotli. */
  readonly jsServed: number;
}

/**
 * What a first visit to each route of the server's route table downloads: the entry's JS
 * plus the chunks the server preloads for that route, read from the build manifest as the
 * server reads it, so a new route is budgeted as soon as the server knows it.
 */
function routeFirstVisits(distDir: string, entryJsGzip: number, entryJsServed: number): RouteVisit[] {
  const manifestPath = path.join(distDir, ...MANIFEST_SEGMENTS);
  const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : null;
  if (manifest === null) throw new Error(`${manifestPath} is missing or unreadable: the server could preload nothing`);
  return ROUTE_MODULES.map(([, route]) => {
    if (!manifest.has(route)) throw new Error(`the build has no chunk for the route module ${route}`);
    const files = modulePreloads(manifest, route).map((file) => file.replace(/^\//, ''));
    const gzip = files.reduce((sum, file) => sum + measure(distDir, file).gzip, 0);
    const sent = files.reduce((sum, file) => sum + served(distDir, file), 0);
    return { route, files, jsGzip: entryJsGzip + gzip, jsServed: entryJsServed + sent };
  });
}

async function buildInto(outDir: string): Promise<void> {
  console.log(`Building with Vite into ${outDir} …`);
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

async function report(distDir: string): Promise<boolean> {
  const indexPath = path.join(distDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} does not exist`);
  await initLexer();

  const index = parseIndexHtml(readFileSync(indexPath, 'utf8'));
  const missing: string[] = [];
  const readChunk = (file: string): string | undefined => {
    const absolute = path.join(distDir, file);
    if (existsSync(absolute)) return readFileSync(absolute, 'utf8');
    missing.push(file);
    return undefined;
  };
  const graph = collectInitialGraph(index, readChunk);
  for (const file of index.stylesheets) if (!existsSync(path.join(distDir, file))) missing.push(file);
  if (missing.length > 0) throw new Error(`index.html or a chunk refers to missing files: ${missing.join(', ')}`);

  const initialJs = graph.js.map((file) => measure(distDir, file));
  const initialCss = graph.css.map((file) => measure(distDir, file));
  const initial = new Set([...graph.js, ...graph.css]);
  const reachable = new Set(graph.dynamicTargets);
  const lazy = listFiles(distDir)
    .filter((file) => /\.(js|mjs|css)$/.test(file) && !initial.has(file))
    .sort()
    .map((file) => measure(distDir, file));

  const jsTotal = total(initialJs);
  const cssTotal = total(initialCss);
  const columns = [
    { title: 'file' },
    { title: 'raw', align: 'right' as const },
    { title: 'gzip -9', align: 'right' as const },
  ];
  const row = (label: string, raw: number, gzip: number): string[] => [label, formatKb(raw), formatKb(gzip)];

  console.log('\nLoaded by index.html (its scripts + their static imports, stylesheets)\n');
  console.log(
    formatTable(columns, [
      ...initialJs.map((file) => row(file.file, file.raw, file.gzip)),
      row('= index.html JS', jsTotal.raw, jsTotal.gzip),
      ...initialCss.map((file) => row(file.file, file.raw, file.gzip)),
      row('= initial CSS', cssTotal.raw, cssTotal.gzip),
    ]),
  );

  console.log('\nLazy chunks (loaded on demand)\n');
  console.log(
    lazy.length === 0
      ? '(none)'
      : formatTable(
          [...columns, { title: 'route chunk' }],
          lazy.map((file) => [...row(file.file, file.raw, file.gzip), reachable.has(file.file) ? 'yes' : '-']),
        ),
  );

  const jsServed = graph.js.reduce((sum, file) => sum + served(distDir, file), 0);
  const routes = routeFirstVisits(distDir, jsTotal.gzip, jsServed);
  console.log('\nA first visit to each route: index.html JS + the chunks the server preloads for it\n');
  console.log(
    formatTable(
      [
        { title: 'route module' },
        { title: '+ gzip', align: 'right' },
        { title: '= gzip', align: 'right' },
        { title: 'as served (br)', align: 'right' },
        { title: 'preloads' },
      ],
      routes.map((route) => [
        route.route,
        formatKb(route.jsGzip - jsTotal.gzip),
        formatKb(route.jsGzip),
        formatKb(route.jsServed),
        route.files.map((file) => path.basename(file)).join(', ') || '-',
      ]),
    ),
  );

  console.log('\nBudget (gzip -9, 1 kB = 1000 bytes)\n');
  const measured = { initialJsGzip: jsTotal.gzip, initialCssGzip: cssTotal.gzip, routes };
  const budgetRow = (label: string, bytes: number, limit: number): string[] => [
    label,
    formatKb(bytes),
    formatKb(limit),
    bytes <= limit ? '✓' : '✗',
  ];
  console.log(
    formatTable(
      [{ title: '' }, { title: 'measured', align: 'right' }, { title: 'budget', align: 'right' }, { title: '' }],
      [
        budgetRow('initial JS (entry)', measured.initialJsGzip, SIZE_BUDGET.initialJsGzip),
        budgetRow('initial CSS', measured.initialCssGzip, SIZE_BUDGET.initialCssGzip),
        ...routes.map((route) => budgetRow(`first visit: ${route.route}`, route.jsGzip, SIZE_BUDGET.routeJsGzip)),
      ],
    ),
  );
  const overruns = budgetOverruns(measured);
  // Brotli at its best level beats gzip -9 on every large file; if the entry's twin does
  // not, the build's compression settings are wrong and browsers get the worse of the two.
  if (jsServed >= jsTotal.gzip) {
    overruns.push(
      `the entry is sent as ${formatKb(jsServed)} of brotli, no smaller than gzip -9 (${formatKb(jsTotal.gzip)})`,
    );
  }
  for (const overrun of overruns) console.error(`\nsize: ${overrun}`);
  return overruns.length === 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  if (values.dist !== undefined) return (await report(path.resolve(values.dist))) ? 0 : 1;

  const outDir = mkdtempSync(path.join(tmpdir(), 'offers-dashboard-size-'));
  try {
    await buildInto(outDir);
    return (await report(outDir)) ? 0 : 1;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
