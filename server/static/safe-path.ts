import path from 'node:path';

/**
 * Splits a raw (still percent-encoded) URL pathname into decoded segments that are safe
 * to join under a root directory. Returns null for anything that could leave the root
 * or name a hidden file: undecodable escapes, empty segments, and segments that decode to
 * something holding `/`, `\`, NUL, or starting with `.` (`.`, `..`, dotfiles). A
 * trailing slash yields a final empty segment, which marks a directory.
 */
export function pathSegments(rawPathname: string): string[] | null {
  if (!rawPathname.startsWith('/')) return null;
  const parts = rawPathname.slice(1).split('/');
  const segments: string[] = [];
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    if (part === '') {
      if (isLast) {
        segments.push('');
        continue;
      }
      return null;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (decoded === '' || decoded.startsWith('.') || /[/\\\0]/.test(decoded)) return null;
    segments.push(decoded);
  }
  return segments;
}

/** Joins segments under root and checks the result is still inside it; null otherwise. */
export function fileUnder(root: string, segments: readonly string[]): string | null {
  const resolvedRoot = path.resolve(root);
  const candidate = path.resolve(resolvedRoot, ...segments);
  return candidate.startsWith(`${resolvedRoot}${path.sep}`) ? candidate : null;
}
