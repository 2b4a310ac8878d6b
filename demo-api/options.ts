import type { DemoDataset } from './data/types.ts';
import { parseForceRule, ForceRuleError, type ForceRule } from './force-rules.ts';

export interface DemoApiOptions {
  /** Listening port (CLI only). 0 picks a free port. */
  readonly port: number;
  /** Listening host (CLI only). */
  readonly host: string;
  /** Delay added before every response, in ms. */
  readonly latencyMs: number;
  /** Fraction (0..1) of API requests answered with a 500 server_error. */
  readonly errorRate: number;
  /** Seed of the PRNG that picks which requests fail, so runs are repeatable. */
  readonly errorSeed: number;
  /** Forced outcomes per endpoint / offer id. */
  readonly forces: readonly ForceRule[];
  /** Require credentials (Trackly X-Api-Key, Offerslook HTTP Basic). */
  readonly requireAuth: boolean;
  readonly tracklyKey: string;
  readonly offerslookEmail: string;
  readonly offerslookKey: string;
  /** Allowed CORS origins; `'*'` allows any. */
  readonly corsOrigins: '*' | readonly string[];
  /** Delay of the `slow` force mode, in ms. */
  readonly slowMs: number;
  /** How long the `hang` force mode holds a request before giving up with a 504, in ms
   * (it ends earlier when the client disconnects). */
  readonly hangMs: number;
  /** Data to serve; defaults to the shared seeded dataset. */
  readonly dataset?: DemoDataset;
}

export const DEFAULT_TRACKLY_KEY = 'trk_demo0000000000000000000000000000';
export const DEFAULT_OFFERSLOOK_EMAIL = 'demo@example.com';
export const DEFAULT_OFFERSLOOK_KEY = 'ol_demo_key';

export const DEFAULT_DEMO_API_OPTIONS: DemoApiOptions = {
  port: 4010,
  host: '127.0.0.1',
  latencyMs: 0,
  errorRate: 0,
  errorSeed: 1,
  forces: [],
  requireAuth: false,
  tracklyKey: DEFAULT_TRACKLY_KEY,
  offerslookEmail: DEFAULT_OFFERSLOOK_EMAIL,
  offerslookKey: DEFAULT_OFFERSLOOK_KEY,
  corsOrigins: '*',
  slowMs: 3000,
  hangMs: 120_000,
};

export const TRACKLY_KEY_PATTERN = /^trk_[A-Za-z0-9]{32}$/;

export const DEMO_API_HELP = `Usage: npx tsx demo-api/main.ts [options]   (or: npm run demo-api -- [options])

Embedded demo of the Trackly v2 offers API and the Offerslook affiliate tracking-links API.

Options (environment variable in brackets):
  --port <n>                 Port to listen on, 0 = any free port  [DEMO_API_PORT] (default 4010)
  --host <host>              Interface to bind                     [DEMO_API_HOST] (default 127.0.0.1)
  --latency <ms>             Delay added to every response         [DEMO_API_LATENCY_MS] (default 0)
  --error-rate <0..1>        Fraction of API requests that get a 500 server_error
                                                                   [DEMO_API_ERROR_RATE] (default 0)
  --error-seed <int>         Seed choosing which requests fail     [DEMO_API_ERROR_SEED] (default 1)
  --force <target>=<mode>    Forced outcome; repeatable            [DEMO_API_FORCE, comma-separated]
                               target: list | <offer id> | <offer id>/offer | <offer id>/links
                               mode:   401 403 404 429 500 502 503 | malformed | html | shape |
                                       not-approved | slow | hang | suspended
  --require-auth             Require credentials                   [DEMO_API_REQUIRE_AUTH=1]
  --trackly-key <key>        Trackly X-Api-Key (trk_ + 32 letters/digits)
                                                                   [DEMO_API_TRACKLY_KEY] (default ${DEFAULT_TRACKLY_KEY})
  --offerslook-email <email> Offerslook Basic-auth user            [DEMO_API_OFFERSLOOK_EMAIL] (default ${DEFAULT_OFFERSLOOK_EMAIL})
  --offerslook-key <key>     Offerslook Basic-auth password        [DEMO_API_OFFERSLOOK_KEY] (default ${DEFAULT_OFFERSLOOK_KEY})
  --cors-origin <origin>     Allowed CORS origin; repeatable        [DEMO_API_CORS_ORIGINS, comma-separated] (default *)
  -h, --help                 Show this help
`;

export class DemoApiOptionsError extends Error {
  override name = 'DemoApiOptionsError';
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function parseNumber(name: string, text: string, min: number, max: number, integer: boolean): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    const kind = integer ? 'an integer' : 'a number';
    throw new DemoApiOptionsError(`${name} must be ${kind} between ${min} and ${max}, got "${text}"`);
  }
  return value;
}

function parseBoolean(name: string, text: string): boolean {
  const normalised = text.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(normalised)) return true;
  if (['', '0', 'false', 'no', 'off'].includes(normalised)) return false;
  throw new DemoApiOptionsError(`${name} must be 1/true/yes/on or 0/false/no/off, got "${text}"`);
}

function parseForce(name: string, text: string): ForceRule {
  try {
    return parseForceRule(text.trim());
  } catch (error) {
    if (error instanceof ForceRuleError) throw new DemoApiOptionsError(`${name}: ${error.message}`);
    throw error;
  }
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function parseOrigin(name: string, text: string): string {
  if (text === '*') return text;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new DemoApiOptionsError(`${name} must be * or an origin like http://localhost:5173, got "${text}"`);
  }
  if (parsed.origin !== text.replace(/\/$/, '')) {
    throw new DemoApiOptionsError(`${name} must be an origin (scheme://host[:port]) without a path, got "${text}"`);
  }
  return parsed.origin;
}

/** Validates a partial set of options merged onto the defaults. */
export function resolveDemoApiOptions(partial: Partial<DemoApiOptions> = {}): DemoApiOptions {
  const options: DemoApiOptions = { ...DEFAULT_DEMO_API_OPTIONS, ...partial };
  const check = (ok: boolean, message: string): void => {
    if (!ok) throw new DemoApiOptionsError(message);
  };
  check(Number.isInteger(options.port) && options.port >= 0 && options.port <= 65535, 'port must be 0..65535');
  check(Number.isFinite(options.latencyMs) && options.latencyMs >= 0, 'latencyMs must be >= 0');
  check(options.errorRate >= 0 && options.errorRate <= 1, 'errorRate must be between 0 and 1');
  check(Number.isInteger(options.errorSeed), 'errorSeed must be an integer');
  check(options.slowMs >= 0 && options.hangMs >= 0, 'slowMs and hangMs must be >= 0');
  check(TRACKLY_KEY_PATTERN.test(options.tracklyKey), 'Trackly key must be trk_ followed by 32 letters or digits');
  check(options.offerslookEmail !== '' && !options.offerslookEmail.includes(':'), 'Offerslook email must be non-empty and contain no ":"');
  check(options.offerslookKey !== '', 'Offerslook key must be non-empty');
  return options;
}

const VALUE_FLAGS = new Set([
  '--port',
  '--host',
  '--latency',
  '--error-rate',
  '--error-seed',
  '--force',
  '--trackly-key',
  '--offerslook-email',
  '--offerslook-key',
  '--cors-origin',
]);

/** True when argv asks for the help text. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/**
 * Reads options from environment variables, then command-line flags (flags win; `--force`
 * and `--cors-origin` rules add to the environment's). Throws DemoApiOptionsError with a
 * readable message on anything unknown or malformed. `--help` is accepted and ignored here
 * (see wantsHelp).
 */
export function parseDemoApiOptions(argv: string[], env: Record<string, string | undefined>): DemoApiOptions {
  const o: Mutable<Partial<DemoApiOptions>> = {};
  const forces: ForceRule[] = [];
  let origins: string[] = [];

  const e = (name: string): string | undefined => env[name];
  const port = e('DEMO_API_PORT');
  if (port !== undefined && port !== '') o.port = parseNumber('DEMO_API_PORT', port, 0, 65535, true);
  const host = e('DEMO_API_HOST');
  if (host !== undefined && host !== '') o.host = host;
  const latency = e('DEMO_API_LATENCY_MS');
  if (latency !== undefined && latency !== '') o.latencyMs = parseNumber('DEMO_API_LATENCY_MS', latency, 0, 600_000, false);
  const rate = e('DEMO_API_ERROR_RATE');
  if (rate !== undefined && rate !== '') o.errorRate = parseNumber('DEMO_API_ERROR_RATE', rate, 0, 1, false);
  const seed = e('DEMO_API_ERROR_SEED');
  if (seed !== undefined && seed !== '') o.errorSeed = parseNumber('DEMO_API_ERROR_SEED', seed, -(2 ** 31), 2 ** 32, true);
  const force = e('DEMO_API_FORCE');
  if (force !== undefined) forces.push(...splitList(force).map((rule) => parseForce('DEMO_API_FORCE', rule)));
  const auth = e('DEMO_API_REQUIRE_AUTH');
  if (auth !== undefined) o.requireAuth = parseBoolean('DEMO_API_REQUIRE_AUTH', auth);
  const tracklyKey = e('DEMO_API_TRACKLY_KEY');
  if (tracklyKey !== undefined && tracklyKey !== '') o.tracklyKey = tracklyKey;
  const email = e('DEMO_API_OFFERSLOOK_EMAIL');
  if (email !== undefined && email !== '') o.offerslookEmail = email;
  const olKey = e('DEMO_API_OFFERSLOOK_KEY');
  if (olKey !== undefined && olKey !== '') o.offerslookKey = olKey;
  const corsEnv = e('DEMO_API_CORS_ORIGINS');
  if (corsEnv !== undefined) origins = splitList(corsEnv).map((origin) => parseOrigin('DEMO_API_CORS_ORIGINS', origin));

  let flagOrigins: string[] | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') continue;
    if (arg === '--require-auth') {
      o.requireAuth = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(flag)) {
      throw new DemoApiOptionsError(`Unknown option "${arg}" (see --help)`);
    }
    let value: string;
    if (flag !== arg) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new DemoApiOptionsError(`${flag} needs a value (see --help)`);
      }
      value = next;
      i += 1;
    }
    switch (flag) {
      case '--port':
        o.port = parseNumber(flag, value, 0, 65535, true);
        break;
      case '--host':
        if (value === '') throw new DemoApiOptionsError('--host needs a value');
        o.host = value;
        break;
      case '--latency':
        o.latencyMs = parseNumber(flag, value, 0, 600_000, false);
        break;
      case '--error-rate':
        o.errorRate = parseNumber(flag, value, 0, 1, false);
        break;
      case '--error-seed':
        o.errorSeed = parseNumber(flag, value, -(2 ** 31), 2 ** 32, true);
        break;
      case '--force':
        forces.push(parseForce(flag, value));
        break;
      case '--trackly-key':
        o.tracklyKey = value;
        break;
      case '--offerslook-email':
        o.offerslookEmail = value;
        break;
      case '--offerslook-key':
        o.offerslookKey = value;
        break;
      default: // --cors-origin
        flagOrigins = [...(flagOrigins ?? []), parseOrigin(flag, value)];
    }
  }
  if (flagOrigins !== undefined) origins = flagOrigins;
  if (forces.length > 0) o.forces = forces;
  if (origins.length > 0) o.corsOrigins = origins.includes('*') ? '*' : origins;
  try {
    return resolveDemoApiOptions(o);
  } catch (error) {
    if (error instanceof DemoApiOptionsError) {
      throw new DemoApiOptionsError(`${error.message} (see --help)`);
    }
    throw error;
  }
}
