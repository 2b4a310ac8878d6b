import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface TempDist {
  /** The dist directory to serve. */
  readonly dir: string;
  /** Text of the files written, by URL path. */
  readonly files: Readonly<Record<string, string>>;
  /** A file next to (outside) dist that no request may reach. */
  readonly outsideSecret: string;
  cleanup(): Promise<void>;
}

export const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Offers dashboard</title>
    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-DeF456.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

const ASSET_JS = 'export const offers = [];\nconsole.log("offers dashboard", offers.length);\n'.repeat(60);
const ASSET_CSS = '.offer-row { display: grid; grid-template-columns: 1fr 2fr; color: #123456; }\n'.repeat(40);
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">${'<rect width="16" height="16" fill="#2a6"/>'.repeat(20)}</svg>\n`;
export const PNG_BYTES = Uint8Array.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...new Array<number>(600).fill(0),
]);

/** Files the build writes `.br` and `.gz` twins for (see vite.config.ts). */
const PRECOMPRESSED = ['/index.html', '/assets/index-AbC123.js', '/assets/index-DeF456.css', '/favicon.svg'];

/** A dist/ like `npm run build` writes: index.html, hashed assets with compressed twins, public files. */
export async function createTempDist(): Promise<TempDist> {
  const root = await mkdtemp(path.join(tmpdir(), 'dashboard-dist-'));
  const dir = path.join(root, 'dist');
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  const outsideSecret = 'TOP-SECRET-OUTSIDE-DIST';
  await writeFile(path.join(root, 'secret.txt'), outsideSecret);
  const files: Record<string, string> = {
    '/index.html': INDEX_HTML,
    '/assets/index-AbC123.js': ASSET_JS,
    '/assets/index-DeF456.css': ASSET_CSS,
    '/favicon.svg': FAVICON,
    '/robots.txt': 'User-agent: *\nDisallow:\n',
    '/.env': 'HIDDEN=1\n',
  };
  for (const [urlPath, text] of Object.entries(files)) await writeFile(path.join(dir, urlPath), text);
  for (const urlPath of PRECOMPRESSED) {
    const bytes = Buffer.from(files[urlPath] ?? '');
    await writeFile(path.join(dir, `${urlPath}.br`), brotliCompressSync(bytes));
    await writeFile(path.join(dir, `${urlPath}.gz`), gzipSync(bytes));
  }
  await writeFile(path.join(dir, 'logo.png'), PNG_BYTES);
  await symlink(path.join(root, 'secret.txt'), path.join(dir, 'linked-secret.txt'));
  return { dir, files, outsideSecret, cleanup: () => rm(root, { recursive: true, force: true }) };
}
