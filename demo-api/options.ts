import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { parseForceRule, ForceRuleError, type ForceRule } from './force-rules.ts';
import {
  DEFAULT_OFFERSLOOK_EMAIL,
  DEFAULT_OFFERSLOOK_KEY,
  DEFAULT_TRACKLY_KEY,
  DemoApiOptionsError,
  resolveDemoApiOptions,
  type DemoApiOptions,
} from './demo-api-options.ts';

export * from './demo-api-options.ts';

export const DEMO_API_HELP = `Usage: npx tsx demo-api/main.ts [options]   (or: npm run demo-api -- [options])

Embedded demo of the Trackly v2 offers API and the Offerslook affiliate tracking-links API.

Options (environment variable in brackets):
  --port <n>                 Port to listen on, 0 = any free port  [DEMO_API_PORT] (default 4010)
  --host <host>              Interface to bind                     [DEMO_API_HOST] (default 127.0.0.1)
  --latency <ms>             Delay added to every response         [DEMO_API_LATENCY_MS] (default 0)
  --error-rate <0..1>        Fraction of API requests that get a 500 server_error
                                                                   [DEMO_API_ERROR_RATE] (default 0)
  --error-seed <int>         Seed choosing which requests fail     [DEMO_API_ERROR_SEED] (default 1)
  --rate-limit <n/s>         Requests a second (all endpoints) before 429 with Retry-After
                                                                   [DEMO_API_RATE_LIMIT] (default 0 = none)
  --force <target>=<mode>    Forced outcome; repeatable            [DEMO_API_FORCE, comma-separated]
                               target: list | <offer id> | <offer id>/offer | <offer id>/links
                               mode:   401 403 404 429 500 502 503 | malformed | html | shape |
                                       not-approved | slow | hang | suspended
  --require-auth             Require credentials                   [DEMO_API_REQUIRE_AUTH=1]
  --trackly-key <key>        Trackly X-Api-Key (trk_ + 32 letters/digits)
                                                                   [DEMO_API_TRACKLY_KEY] (default ${DEFAULT_TRACKLY_KEY})
  --offerslook-email <email> Offerslook Basic-auth user            [DEMO_API_OFFERSLOOK_EMAIL] (default ${DEFAULT_OFFERSLOOK_EMAIL})
  --offerslook-key <key>     Offerslook Basic-auth password        [DEMO_API_OFFERSLOOK_KEY] (default ${DEFAULT_OFFERSLOOK_KEY})
  --admin                    For tests only: PATCH /__admin/offers/<id> with JSON
                             {status?, payout?, tracking_url?, tracking_link?, approved?, gone?}
                             changes an offer until POST /__admin/reset
                                                                   [DEMO_API_ADMIN=1] (default off)
  --cors-origin <origin>     Allowed CORS origin; repeatable        [DEMO_API_CORS_ORIGINS, comma-separated] (default *)
  -h, --help                 Show this help
`;

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

/** The flags parseArgs knows; every value flag is a string, checked below. */
const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  latency: { type: 'string' },
  'error-rate': { type: 'string' },
  'error-seed': { type: 'string' },
  'rate-limit': { type: 'string' },
  force: { type: 'string', multiple: true },
  'trackly-key': { type: 'string' },
  'offerslook-email': { type: 'string' },
  'offerslook-key': { type: 'string' },
  'cors-origin': { type: 'string', multiple: true },
  'require-auth': { type: 'boolean' },
  admin: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type FlagName = keyof typeof FLAGS;

function isFlag(name: string): name is FlagName {
  return Object.hasOwn(FLAGS, name);
}

interface FlagValue {
  readonly flag: `--${FlagName}`;
  readonly name: FlagName;
  readonly value: string | undefined;
}

/**
 * The flags of argv in order, via parseArgs' tokens (not strict, so that each mistake
 * gets our own message naming the argument as typed).
 */
function readFlags(argv: string[]): FlagValue[] {
  const { tokens } = parseArgs({ args: argv, options: FLAGS, strict: false, allowPositionals: true, tokens: true });
  return tokens.map((token) => {
    const raw = argv[token.index] ?? '';
    if (token.kind !== 'option' || !isFlag(token.name))
      throw new DemoApiOptionsError(`Unknown option "${raw}" (see --help)`);
    const flag = `--${token.name}` as const;
    if (FLAGS[token.name].type === 'boolean') {
      if (token.value !== undefined) throw new DemoApiOptionsError(`Unknown option "${raw}" (see --help)`);
      return { flag, name: token.name, value: undefined };
    }
    // A value that is itself a flag ("--port --latency 5") means the value was forgotten.
    const { value } = token;
    if (value === undefined || (!token.inlineValue && value.startsWith('--') && value.length > 2)) {
      throw new DemoApiOptionsError(`${flag} needs a value (see --help)`);
    }
    return { flag, name: token.name, value };
  });
}

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
  if (latency !== undefined && latency !== '')
    o.latencyMs = parseNumber('DEMO_API_LATENCY_MS', latency, 0, 600_000, false);
  const rate = e('DEMO_API_ERROR_RATE');
  if (rate !== undefined && rate !== '') o.errorRate = parseNumber('DEMO_API_ERROR_RATE', rate, 0, 1, false);
  const seed = e('DEMO_API_ERROR_SEED');
  if (seed !== undefined && seed !== '')
    o.errorSeed = parseNumber('DEMO_API_ERROR_SEED', seed, -(2 ** 31), 2 ** 32, true);
  const rateLimit = e('DEMO_API_RATE_LIMIT');
  if (rateLimit !== undefined && rateLimit !== '')
    o.rateLimit = parseNumber('DEMO_API_RATE_LIMIT', rateLimit, 0, 100_000, false);
  const force = e('DEMO_API_FORCE');
  if (force !== undefined) forces.push(...splitList(force).map((rule) => parseForce('DEMO_API_FORCE', rule)));
  const auth = e('DEMO_API_REQUIRE_AUTH');
  if (auth !== undefined) o.requireAuth = parseBoolean('DEMO_API_REQUIRE_AUTH', auth);
  const admin = e('DEMO_API_ADMIN');
  if (admin !== undefined) o.admin = parseBoolean('DEMO_API_ADMIN', admin);
  const tracklyKey = e('DEMO_API_TRACKLY_KEY');
  if (tracklyKey !== undefined && tracklyKey !== '') o.tracklyKey = tracklyKey;
  const email = e('DEMO_API_OFFERSLOOK_EMAIL');
  if (email !== undefined && email !== '') o.offerslookEmail = email;
  const olKey = e('DEMO_API_OFFERSLOOK_KEY');
  if (olKey !== undefined && olKey !== '') o.offerslookKey = olKey;
  const corsEnv = e('DEMO_API_CORS_ORIGINS');
  if (corsEnv !== undefined) origins = splitList(corsEnv).map((origin) => parseOrigin('DEMO_API_CORS_ORIGINS', origin));

  let flagOrigins: string[] | undefined;
  for (const { flag, name, value = '' } of readFlags(argv)) {
    switch (name) {
      case 'help':
        break;
      case 'require-auth':
        o.requireAuth = true;
        break;
      case 'admin':
        o.admin = true;
        break;
      case 'port':
        o.port = parseNumber(flag, value, 0, 65535, true);
        break;
      case 'host':
        if (value === '') throw new DemoApiOptionsError('--host needs a value');
        o.host = value;
        break;
      case 'latency':
        o.latencyMs = parseNumber(flag, value, 0, 600_000, false);
        break;
      case 'error-rate':
        o.errorRate = parseNumber(flag, value, 0, 1, false);
        break;
      case 'error-seed':
        o.errorSeed = parseNumber(flag, value, -(2 ** 31), 2 ** 32, true);
        break;
      case 'rate-limit':
        o.rateLimit = parseNumber(flag, value, 0, 100_000, false);
        break;
      case 'force':
        forces.push(parseForce(flag, value));
        break;
      case 'trackly-key':
        o.tracklyKey = value;
        break;
      case 'offerslook-email':
        o.offerslookEmail = value;
        break;
      case 'offerslook-key':
        o.offerslookKey = value;
        break;
      case 'cors-origin':
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
