import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentEncoding } from './accept-encoding.ts';
import { ASSETS_DIR, INDEX_FILE } from './cache-policy.ts';
import { contentTypeFor, isCompressible } from './content-types.ts';
import type { EncodedBody } from './encoded-body.ts';
import type { FileStore } from './file-store.ts';

export interface PrecompressLimits {
  /** Files larger than this are left to be compressed on first request. */
  readonly maxFileBytes: number;
  /** Stop once the files compressed so far add up to this many bytes (uncompressed). */
  readonly maxTotalBytes: number;
}

/**
 * The build's JavaScript and CSS are a few hundred kB; these bounds keep a dist/ that holds
 * something unexpected (a large data file, a stray upload) from filling memory, since every
 * compressed form stays cached next to the file.
 */
export const DEFAULT_PRECOMPRESS_LIMITS: PrecompressLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
};

/** In the order a browser asks for them: brotli first, then gzip for other clients. */
const ENCODINGS: readonly ContentEncoding[] = ['br', 'gzip'];

export interface PrecompressSummary {
  /** URL paths whose compressed forms are now cached, in the order they were made. */
  readonly files: readonly string[];
  /** Their uncompressed size in bytes. */
  readonly bytes: number;
  /** Compressible files left for first use (over a limit, or unreadable). */
  readonly skipped: number;
  readonly ms: number;
}

interface Candidate {
  readonly segments: readonly string[];
  readonly size: number;
}

/** Regular, visible files under dir, as path segments relative to root (no dotfiles, no symlinked dirs). */
async function listFiles(root: string, dir: string = root): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await listFiles(root, full)));
    } else if (entry.isFile()) {
      found.push({ segments: path.relative(root, full).split(path.sep), size: (await stat(full)).size });
    }
  }
  return found;
}

/** URL paths index.html loads (`src="/…"`, `href="/…"`): what the first visitor asks for next. */
async function pathsIndexLoads(root: string): Promise<string[]> {
  const html = await readFile(path.join(root, INDEX_FILE), 'utf8').catch(() => '');
  return [...html.matchAll(/\b(?:src|href)="\/([^"?#]+)"/g)].map((match) => match[1] ?? '');
}

function isWorthCompressing(segments: readonly string[]): boolean {
  const name = segments.at(-1) ?? '';
  // Source maps are only fetched by developer tools; they can wait.
  return !name.endsWith('.map') && isCompressible(contentTypeFor(name));
}

/** index.html, then what it loads, then the rest of assets/, then other files; by path within each. */
function rank(candidate: Candidate, loadedFirst: readonly string[]): number {
  const urlPath = candidate.segments.join('/');
  if (urlPath === INDEX_FILE) return 0;
  if (loadedFirst.includes(urlPath)) return 1;
  return candidate.segments[0] === ASSETS_DIR ? 2 : 3;
}

/**
 * Compresses the built app's text files (HTML, JS, CSS, SVG…) into the file store's cache,
 * one file and one encoding at a time, so that no visitor waits for brotli at quality 11.
 * Meant to run in the background right after the server listens: compression runs on
 * libuv's thread pool, and a request for a file still in progress shares its result.
 * Never rejects; a file that cannot be read is left for first use.
 */
export async function precompressBuild(
  distDir: string,
  store: FileStore,
  extraBodies: readonly EncodedBody[] = [],
  limits: PrecompressLimits = DEFAULT_PRECOMPRESS_LIMITS,
): Promise<PrecompressSummary> {
  const started = performance.now();
  const files: string[] = [];
  let bytes = 0;
  let skipped = 0;

  for (const body of extraBodies) for (const coding of ENCODINGS) await body.encoded(coding);

  const candidates = await listFiles(distDir).catch(() => []);
  const loadedFirst = await pathsIndexLoads(distDir);
  const ordered = candidates
    .filter((candidate) => isWorthCompressing(candidate.segments))
    .sort((a, b) => rank(a, loadedFirst) - rank(b, loadedFirst) || a.segments.join('/').localeCompare(b.segments.join('/')));

  for (const candidate of ordered) {
    if (candidate.size > limits.maxFileBytes || bytes + candidate.size > limits.maxTotalBytes) {
      skipped += 1;
      continue;
    }
    const body = await store.read(candidate.segments).catch(() => null);
    if (body === null) {
      skipped += 1;
      continue;
    }
    for (const coding of ENCODINGS) await body.encoded(coding);
    files.push(`/${candidate.segments.join('/')}`);
    bytes += body.identity.byteLength;
  }
  return { files, bytes, skipped, ms: Math.round(performance.now() - started) };
}
