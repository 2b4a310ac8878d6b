/**
 * Which files of a Vite build the browser must fetch before the first route renders,
 * worked out from the built files alone (vite.config.ts does not emit a manifest):
 * index.html's scripts, module preloads and stylesheets, then every static import of
 * those scripts, recursively. Everything else under assets/ loads later (lazy).
 *
 * Pure: no file system. Paths are dist-relative POSIX paths such as `assets/index-x.js`.
 */
import { ImportType, init, parse } from 'es-module-lexer';
import path from 'node:path/posix';

export interface IndexHtmlAssets {
  /** `<script type="module" src>`: the entry chunks. */
  readonly moduleScripts: readonly string[];
  /** Classic `<script src>` in the document: they block parsing, so they count as initial JS. */
  readonly classicScripts: readonly string[];
  /** `<link rel="modulepreload" href>`: chunks Vite hoisted next to the entry. */
  readonly modulePreloads: readonly string[];
  /** `<link rel="stylesheet" href>`. */
  readonly stylesheets: readonly string[];
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const COMMENT = /<!--[\s\S]*?-->/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1];
    if (name === undefined) continue;
    attributes.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/**
 * A URL from the document as a dist-relative path, or undefined when it points off the
 * site (another origin, a data: URL) and so is not part of this build.
 */
export function distPathOf(url: string, base = '/'): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const withoutQuery = url.replace(/[?#].*$/, '');
  const absolute = withoutQuery.startsWith('/') ? withoutQuery : path.join(base, withoutQuery);
  const normalized = path.normalize(absolute);
  return normalized.replace(/^\/+/, '');
}

/** The same-site scripts, module preloads and stylesheets index.html loads, in order. */
export function parseIndexHtml(html: string): IndexHtmlAssets {
  const moduleScripts: string[] = [];
  const classicScripts: string[] = [];
  const modulePreloads: string[] = [];
  const stylesheets: string[] = [];
  for (const match of html.replace(COMMENT, '').matchAll(TAG)) {
    const tag = match[1]?.toLowerCase();
    const attributes = attributesOf(match[2] ?? '');
    if (tag === 'script') {
      const src = attributes.get('src');
      const target = src === undefined ? undefined : distPathOf(src);
      if (target === undefined) continue;
      const type = attributes.get('type')?.toLowerCase();
      if (type === 'module') moduleScripts.push(target);
      else if (type === undefined || type === '' || /javascript/.test(type)) classicScripts.push(target);
      continue;
    }
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    const target = href === undefined ? undefined : distPathOf(href);
    if (target === undefined) continue;
    if (rel.includes('modulepreload')) modulePreloads.push(target);
    else if (rel.includes('stylesheet')) stylesheets.push(target);
  }
  return { moduleScripts, classicScripts, modulePreloads, stylesheets };
}

export interface ChunkImports {
  /** Same-build chunks imported statically (`import … from`, `import "…"`, `export … from`). */
  readonly staticImports: readonly string[];
  /** Same-build chunks imported with `import("…")` and a string literal. */
  readonly dynamicImports: readonly string[];
}

/** Call once before chunkImports (es-module-lexer compiles its WebAssembly here). */
export async function initLexer(): Promise<void> {
  await init;
}

/**
 * The relative imports of one built chunk, as dist-relative paths. Bare specifiers
 * (nothing in a Vite build) and URLs are ignored; strings that merely contain the word
 * `import` do not count, because this is a real lexer, not a regular expression.
 */
export function chunkImports(code: string, chunkPath: string): ChunkImports {
  const [imports] = parse(code, chunkPath);
  const staticImports = new Set<string>();
  const dynamicImports = new Set<string>();
  const directory = path.dirname(`/${chunkPath}`);
  for (const entry of imports) {
    const specifier = entry.n;
    if (specifier === undefined) continue;
    const isRelative = specifier.startsWith('./') || specifier.startsWith('../');
    const isRooted = specifier.startsWith('/') && !specifier.startsWith('//');
    if (!isRelative && !isRooted) continue;
    const target = distPathOf(specifier, directory);
    if (target === undefined) continue;
    if (entry.t === ImportType.Static) staticImports.add(target);
    else if (entry.t === ImportType.Dynamic) dynamicImports.add(target);
  }
  return { staticImports: [...staticImports], dynamicImports: [...dynamicImports] };
}

export interface InitialGraph {
  /** Every JS file loaded before the first route renders, entries first. */
  readonly js: readonly string[];
  readonly css: readonly string[];
  /** Chunks reached only through import(): what the router loads on demand. */
  readonly dynamicTargets: readonly string[];
}

/**
 * Follows index.html's scripts and preloads through their static imports. `readChunk`
 * returns a chunk's code, or undefined when the file does not exist (reported by the
 * caller rather than here, so the walk stays pure).
 */
export function collectInitialGraph(
  index: IndexHtmlAssets,
  readChunk: (distPath: string) => string | undefined,
): InitialGraph {
  const js: string[] = [...index.classicScripts];
  const seen = new Set<string>(js);
  const dynamicTargets = new Set<string>();
  const queue = [...index.moduleScripts, ...index.modulePreloads];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    js.push(next);
    const code = readChunk(next);
    if (code === undefined) continue;
    const { staticImports, dynamicImports } = chunkImports(code, next);
    queue.push(...staticImports);
    for (const target of dynamicImports) dynamicTargets.add(target);
  }
  return {
    js,
    css: [...index.stylesheets],
    dynamicTargets: [...dynamicTargets].filter((target) => !seen.has(target)),
  };
}

export interface SizeBudget {
  /** Bytes of gzip (level 9) over index.html's scripts and their static imports: the entry. */
  readonly initialJsGzip: number;
  /** Bytes of gzip (level 9) over all initial CSS. */
  readonly initialCssGzip: number;
  /** Bytes of gzip (level 9) a first visit to any route downloads: the entry plus the route's preloads. */
  readonly routeJsGzip: number;
}

/** What `npm run size` measured, checked against a SizeBudget. */
export interface MeasuredSizes {
  readonly initialJsGzip: number;
  readonly initialCssGzip: number;
  /** One entry per route module the server preloads for. */
  readonly routes: readonly { readonly route: string; readonly jsGzip: number }[];
}

/** 1 kB = 1000 bytes, as the budgets are written; every size the script prints uses it. */
export const KB = 1000;

export const SIZE_BUDGET: SizeBudget = { initialJsGzip: 100 * KB, initialCssGzip: 15 * KB, routeJsGzip: 112 * KB };

/** One line per budget the measured sizes exceed; empty when within budget. */
export function budgetOverruns(measured: MeasuredSizes, budget: SizeBudget = SIZE_BUDGET): string[] {
  const overruns: string[] = [];
  const over = (what: string, bytes: number, limit: number): void => {
    if (bytes > limit) overruns.push(`${what} is ${formatKb(bytes)} gzip, over the ${formatKb(limit)} budget`);
  };
  over('initial JS', measured.initialJsGzip, budget.initialJsGzip);
  over('initial CSS', measured.initialCssGzip, budget.initialCssGzip);
  for (const { route, jsGzip } of measured.routes) over(`a first visit to ${route}`, jsGzip, budget.routeJsGzip);
  return overruns;
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(2)} kB`;
}
