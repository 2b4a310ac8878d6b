/**
 * Every page of the app is a lazy chunk, so without help the browser learns which one
 * a URL needs only after the entry script has downloaded and run. The server knows the
 * route from the URL: it names the route's chunk (and the chunks that chunk imports)
 * in index.html as modulepreload links, so they download alongside the entry.
 */

/** The parts of Vite's build manifest (`build.manifest: true`) read here. */
interface ManifestChunk {
  readonly file: string;
  readonly imports: readonly string[];
}
export type Manifest = ReadonlyMap<string, ManifestChunk>;

/** Where Vite writes the manifest, as path segments under dist/. */
export const MANIFEST_SEGMENTS = ['.vite', 'manifest.json'] as const;

/** Which source module renders each client route (src/app/pages.ts); first match wins. */
export const ROUTE_MODULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/(?:offers\/?)?$/, 'src/app/routes/offers-route.tsx'],
  [/^\/offers\/[^/]+\/?$/, 'src/app/routes/offer-detail-route.tsx'],
  [/^\/settings\/?$/, 'src/features/settings/components/settings-page.tsx'],
  [/^\/bulk\/?$/, 'src/app/routes/bulk-route.tsx'],
  [/^\/links\/?$/, 'src/app/routes/links-route.tsx'],
];

const ENTRY_KEY = 'index.html';
/** Chunk files as Vite names them; anything else is never written into the page. */
const SAFE_FILE = /^assets\/[A-Za-z0-9_.-]+\.js$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The manifest, or null when the text is not one (then no preload is added). */
export function parseManifest(text: string): Manifest | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const manifest = new Map<string, ManifestChunk>();
  for (const [key, value] of Object.entries(raw)) {
    if (!isRecord(value) || typeof value.file !== 'string') return null;
    const imports = Array.isArray(value.imports)
      ? value.imports.filter((item): item is string => typeof item === 'string')
      : [];
    manifest.set(key, { file: value.file, imports });
  }
  return manifest;
}

function closure(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const queue = [key];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const chunk = manifest.get(next);
    if (!chunk) continue;
    files.push(chunk.file);
    queue.push(...chunk.imports);
  }
  return files;
}

/** `/assets/…` files the route at `pathname` needs beyond what index.html loads; [] for none. */
export function routePreloads(manifest: Manifest, pathname: string): string[] {
  const module = ROUTE_MODULES.find(([pattern]) => pattern.test(pathname))?.[1];
  return module === undefined ? [] : modulePreloads(manifest, module);
}

/**
 * `/assets/…` files the route module `module` (a key of ROUTE_MODULES) needs beyond what
 * index.html loads; [] when the build has no such module. The size budget reads it too.
 */
export function modulePreloads(manifest: Manifest, module: string): string[] {
  if (!manifest.has(module)) return [];
  const loaded = new Set(closure(manifest, ENTRY_KEY));
  return closure(manifest, module)
    .filter((file) => !loaded.has(file) && SAFE_FILE.test(file))
    .map((file) => `/${file}`);
}

/** index.html with a modulepreload link per file, just before `</head>`. */
export function withModulePreloads(html: string, files: readonly string[]): string {
  const at = html.indexOf('</head>');
  if (files.length === 0 || at < 0) return html;
  const links = files.map((file) => `    <link rel="modulepreload" crossorigin href="${file}">\n`).join('');
  // On a line of its own when `</head>` is indented on its own line.
  const lineStart = html.lastIndexOf('\n', at) + 1;
  const insertAt = lineStart > 0 && html.slice(lineStart, at).trim() === '' ? lineStart : at;
  return `${html.slice(0, insertAt)}${links}${html.slice(insertAt)}`;
}
