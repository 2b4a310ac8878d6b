import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDist, INDEX_HTML, type TempDist } from './testing/temp-dist.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `tsx server/main.ts`; `whileRunning` gets the first stdout line (and the output so
 * far, on demand), then the process gets SIGTERM.
 */
function runMain(
  env: Record<string, string>,
  whileRunning?: (firstLine: string, output: () => string) => Promise<void>,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', ...env },
    });
    let stdout = '';
    let stderr = '';
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!started && stdout.includes('\n') && whileRunning !== undefined) {
        started = true;
        whileRunning(stdout.split('\n')[0] ?? '', () => stdout).then(
          () => child.kill('SIGTERM'),
          (error: unknown) => {
            child.kill('SIGKILL');
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

let dist: TempDist;
beforeAll(async () => {
  dist = await createTempDist();
});
afterAll(() => dist.cleanup());

describe('npm run serve (server/main.ts)', () => {
  it('prints one line, serves, and exits 0 on SIGTERM', async () => {
    let body = '';
    let demo: { status: number; body: unknown } | undefined;
    const run = await runMain(
      { PORT: '0', DIST_DIR: dist.dir, TRACKLY_BASE_URL: 'https://t.example/api', TRACKLY_API_KEY: 'trk_mainmainmain' },
      async (line) => {
        const url = /^Dashboard on (http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1];
        expect(url, line).toBeDefined();
        body = await (await fetch(`${url ?? ''}/offers`, { headers: { Accept: 'text/html' } })).text();
        // A gateway deploy does not also serve made-up offers.
        const demoResponse = await fetch(`${url ?? ''}/demo-api/v2/offers`);
        demo = { status: demoResponse.status, body: (await demoResponse.json()) as unknown };
      },
    );
    expect(body).toBe(INDEX_HTML);
    expect(demo).toEqual({ status: 404, body: { error: 'The demo API is off on this server', code: 'not_found' } });
    expect(run.code).toBe(0);
    const [first, ...rest] = run.stdout.split('\n').filter((line) => line !== '');
    expect(first).toMatch(/^Dashboard on http:\/\/127\.0\.0\.1:\d+ \(gateway at \/api for Trackly; demo API off\)$/);
    expect(rest).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain('trk_mainmainmain');
  }, 30_000);

  it('on SIGTERM lets a request in flight finish, then exits 0', async () => {
    let inFlight: Promise<{ status: number; complete: boolean }> | undefined;
    const run = await runMain({ PORT: '0', DIST_DIR: dist.dir, DEMO_API_LATENCY_MS: '1500' }, async (line) => {
      const url = /^Dashboard on (http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1] ?? '';
      inFlight = fetch(`${url}/demo-api/v2/offers?per_page=3`).then(async (res) => ({
        status: res.status,
        complete: typeof (await res.json()) === 'object',
      }));
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    expect(await inFlight).toEqual({ status: 200, complete: true });
    expect(run.code).toBe(0);
  }, 30_000);

  it('logs JSON lines with LOG_FORMAT=json', async () => {
    const run = await runMain({ PORT: '0', DIST_DIR: dist.dir, LOG_FORMAT: 'json' }, async (line) => {
      const url = /"Dashboard on (http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1] ?? '';
      await fetch(`${url}/offers`, { headers: { 'X-Request-Id': 'req-1' } });
    });
    const entries = run.stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries[0]).toEqual({
      time: expect.any(String) as string,
      msg: expect.stringMatching(/^Dashboard on /) as string,
    });
    expect(entries[1]).toMatchObject({ method: 'GET', path: '/offers', status: 200, requestId: 'req-1' });
    expect(run.code).toBe(0);
  }, 30_000);

  it('refuses to start on a public interface without ALLOWED_HOSTS', async () => {
    const run = await runMain({ HOST: '0.0.0.0', PORT: '0', DIST_DIR: dist.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ALLOWED_HOSTS must name the host name(s) browsers use');
  }, 30_000);

  it('exits 1 with a hint when the app is not built', async () => {
    const run = await runMain({ PORT: '0', DIST_DIR: path.join(dist.dir, 'nothing-here') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/index\.html is missing: run npm run build first/);
    expect(run.stdout).toBe('');
  }, 30_000);

  it('exits 2 naming the bad variable, without its value', async () => {
    const run = await runMain({ DIST_DIR: dist.dir, OFFERSLOOK_API_KEY: 'ol-very-secret' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('OFFERSLOOK_BASE_URL, OFFERSLOOK_EMAIL must be set together with OFFERSLOOK_API_KEY');
    expect(run.stderr).not.toContain('ol-very-secret');
  }, 30_000);
});
