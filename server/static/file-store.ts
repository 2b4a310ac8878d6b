import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor } from './content-types.ts';
import { createEncodedBody, type EncodedBody } from './encoded-body.ts';
import { fileUnder } from './safe-path.ts';

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly body: EncodedBody;
}

/** Reads regular files under one root, caching them (and their compressed forms) in memory. */
export interface FileStore {
  /** The file at these (already validated) segments, or null when there is no such regular file. */
  read(segments: readonly string[]): Promise<EncodedBody | null>;
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP';
}

/**
 * A cached entry is reused while the file's mtime and size are unchanged, so a rebuild
 * is picked up without a restart. Only files that exist are cached, so unknown paths
 * cannot grow memory. Symlinks that point outside the root are refused.
 */
export function createFileStore(root: string): FileStore {
  const cache = new Map<string, CachedFile>();
  let realRoot: Promise<string> | undefined;

  async function insideRoot(file: string): Promise<boolean> {
    realRoot ??= realpath(root).catch(() => path.resolve(root));
    const [base, target] = await Promise.all([realRoot, realpath(file)]);
    return target.startsWith(`${base}${path.sep}`);
  }

  return {
    async read(segments) {
      const file = fileUnder(root, segments);
      if (file === null) return null;
      try {
        const info = await stat(file);
        if (!info.isFile()) return null;
        const cached = cache.get(file);
        if (cached?.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.body;
        if (!(await insideRoot(file))) return null;
        const body = createEncodedBody(new Uint8Array(await readFile(file)), contentTypeFor(file));
        cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, body });
        return body;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  };
}
