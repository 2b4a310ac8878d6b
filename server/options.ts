import path from 'node:path';
import type { DemoApiOptions } from '../demo-api/app.ts';
import { DemoApiOptionsError, parseDemoApiOptions } from '../demo-api/options.ts';
import {
  EnvValueError,
  envValue,
  parseAppBaseUrlVar,
  parseBaseUrlVar,
  parseBasicUserVar,
  parseIntegerVar,
  parseLogFormatVar,
  parseOriginListVar,
  parseSecretVar,
  parseSwitchVar,
  type Env,
} from './env-values.ts';
import { isLoopbackHost, loopbackHosts, parseHostListVar } from './allowed-hosts.ts';
import type { Logger } from './logger.ts';

interface TracklyUpstream {
  /** e.g. https://app.tracklysms.com/api (no trailing slash). */
  readonly baseUrl: string;
  /** Sent as X-Api-Key; never leaves the server. */
  readonly apiKey: string;
}

interface OfferslookUpstream {
  /** e.g. https://yournetwork.api.offerslook.com (no trailing slash). */
  readonly baseUrl: string;
  /** HTTP Basic user and password; never leave the server. */
  readonly email: string;
  readonly apiKey: string;
}

export interface GatewayOptions {
  readonly trackly?: TracklyUpstream | undefined;
  readonly offerslook?: OfferslookUpstream | undefined;
  /** Upper bound for one upstream request, headers and body, in ms (GATEWAY_TIMEOUT_MS). */
  readonly timeoutMs: number;
  /** Upstream requests in flight at most (GATEWAY_MAX_CONCURRENCY); past it 503. */
  readonly maxConcurrency?: number | undefined;
  /** Largest upstream body passed on (GATEWAY_MAX_BODY_BYTES); past it 502. */
  readonly maxBodyBytes?: number | undefined;
}

export interface ServerOptions {
  /** Listening interface and port (used by main.ts only). */
  readonly host: string;
  readonly port: number;
  /** The built app (index.html, assets/, public files); absolute. */
  readonly distDir: string;
  /** API_BASE_URL: the app's default API when the gateway is off (absolute or a path). */
  readonly apiBaseUrl?: string | undefined;
  /**
   * Options of the embedded demo API mounted at /demo-api; null when it is off (DEMO_API=off,
   * or a gateway or API_BASE_URL configured without DEMO_API=on).
   */
  readonly demoApi: Partial<DemoApiOptions> | null;
  readonly gateway: GatewayOptions;
  /** Extra origins for the CSP connect-src (CSP_CONNECT_SRC). */
  readonly cspConnectSrc: readonly string[];
  /**
   * CSP_REPORTS_READABLE: serve GET /csp-report, the last violation reports with the
   * pages they came from. For test runs (the e2e suite reads it); off in production.
   */
  readonly cspReportsReadable: boolean;
  /**
   * Host header values this server answers (`name` or `name:port`; a name alone matches any
   * port): loopback names on the listening port plus ALLOWED_HOSTS. Others get 421.
   */
  readonly allowedHosts: readonly string[];
  /** LOG_FORMAT: `json` writes one JSON object per line, `text` plain lines. */
  readonly logFormat?: 'text' | 'json' | undefined;
  /** SOURCE_MAPS=on serves the build's `.map` files; otherwise they answer 404. */
  readonly sourceMaps?: boolean | undefined;
  /** One-line log sink; stdout when absent. */
  readonly log?: Logger | undefined;
}

const DEFAULT_PORT = 4173;
const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_DIST_DIR = 'dist';
/**
 * Below the browser client's own limit (DEFAULT_REQUEST_TIMEOUT_MS, 15 s, in
 * src/lib/api/client.ts): a slow vendor then reaches the browser as the gateway's 504
 * ("Upstream timed out") instead of the browser giving up at the very same moment.
 */
export const DEFAULT_GATEWAY_TIMEOUT_MS = 10_000;
export const DEFAULT_GATEWAY_MAX_CONCURRENCY = 32;
/** Far above the largest real answer (a 100-offer page is well under 1 MB). */
export const DEFAULT_GATEWAY_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Invalid configuration; the message names the variables and never repeats a value. */
export class ServerOptionsError extends Error {
  override name = 'ServerOptionsError';
}

type Problems = string[];

function attempt<T>(problems: Problems, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof EnvValueError) {
      problems.push(error.message);
      return undefined;
    }
    throw error;
  }
}

function optional<T>(
  env: Env,
  name: string,
  problems: Problems,
  parse: (name: string, text: string) => T,
): T | undefined {
  const text = envValue(env, name);
  return text === undefined ? undefined : attempt(problems, () => parse(name, text));
}

/** Names of the variables in `names` that are set. */
function setNames(env: Env, names: readonly string[]): string[] {
  return names.filter((name) => envValue(env, name) !== undefined);
}

function requireAllOrNone(env: Env, names: readonly string[], problems: Problems): boolean {
  const present = setNames(env, names);
  if (present.length === 0) return false;
  const missing = names.filter((name) => !present.includes(name));
  if (missing.length > 0) {
    problems.push(`${missing.join(', ')} must be set together with ${present.join(', ')}`);
    return false;
  }
  return true;
}

function readTrackly(env: Env, problems: Problems): TracklyUpstream | undefined {
  if (!requireAllOrNone(env, ['TRACKLY_BASE_URL', 'TRACKLY_API_KEY'], problems)) return undefined;
  const baseUrl = optional(env, 'TRACKLY_BASE_URL', problems, parseBaseUrlVar);
  const apiKey = optional(env, 'TRACKLY_API_KEY', problems, parseSecretVar);
  return baseUrl !== undefined && apiKey !== undefined ? { baseUrl, apiKey } : undefined;
}

function readOfferslook(env: Env, problems: Problems): OfferslookUpstream | undefined {
  const names = ['OFFERSLOOK_BASE_URL', 'OFFERSLOOK_EMAIL', 'OFFERSLOOK_API_KEY'];
  if (!requireAllOrNone(env, names, problems)) return undefined;
  const baseUrl = optional(env, 'OFFERSLOOK_BASE_URL', problems, parseBaseUrlVar);
  const email = optional(env, 'OFFERSLOOK_EMAIL', problems, parseBasicUserVar);
  const apiKey = optional(env, 'OFFERSLOOK_API_KEY', problems, parseSecretVar);
  return baseUrl !== undefined && email !== undefined && apiKey !== undefined ? { baseUrl, email, apiKey } : undefined;
}

/** Variables that give the app a real API: with any of them set, the demo API is off by default. */
const REAL_API_VARS = [
  'API_BASE_URL',
  'TRACKLY_BASE_URL',
  'TRACKLY_API_KEY',
  'OFFERSLOOK_BASE_URL',
  'OFFERSLOOK_EMAIL',
  'OFFERSLOOK_API_KEY',
] as const;

/**
 * The embedded demo API: on by default for a first run with nothing configured, off by
 * default once a gateway or API_BASE_URL is (a production server should not also answer
 * with made-up offers); DEMO_API=on or off decides either way.
 */
function readDemoApi(env: Env, problems: Problems): Partial<DemoApiOptions> | null {
  const enabled = optional(env, 'DEMO_API', problems, parseSwitchVar) ?? setNames(env, REAL_API_VARS).length === 0;
  if (!enabled) return null;
  try {
    return { ...parseDemoApiOptions([], env), admin: false };
  } catch (error) {
    if (!(error instanceof DemoApiOptionsError)) throw error;
    problems.push(`DEMO_API_*: ${error.message.replace(/ \(see --help\)$/, '')}`);
    return null;
  }
}

/** Keys would cross the network in clear to an http:// vendor: refused unless asked for. */
function checkUpstreamSchemes(env: Env, gateway: GatewayOptions, problems: Problems): void {
  if (optional(env, 'ALLOW_INSECURE_UPSTREAM', problems, parseSwitchVar) === true) return;
  const insecure = [
    gateway.trackly?.baseUrl.startsWith('http:') === true ? 'TRACKLY_BASE_URL' : undefined,
    gateway.offerslook?.baseUrl.startsWith('http:') === true ? 'OFFERSLOOK_BASE_URL' : undefined,
  ].filter((name) => name !== undefined);
  if (insecure.length > 0) {
    problems.push(
      `${insecure.join(', ')} must be https:// (the API keys would travel in clear); ALLOW_INSECURE_UPSTREAM=1 allows http://`,
    );
  }
}

function readAllowedHosts(env: Env, host: string, port: number, problems: Problems): string[] {
  const named = optional(env, 'ALLOWED_HOSTS', problems, parseHostListVar) ?? [];
  if (named.length === 0 && !isLoopbackHost(host)) {
    problems.push(
      'ALLOWED_HOSTS must name the host name(s) browsers use to reach this server when HOST is not a loopback address, e.g. ALLOWED_HOSTS=offers.example.com',
    );
  }
  return [...loopbackHosts(port), ...named];
}

/**
 * Reads the server's configuration from environment variables (see the Deploying notes).
 * Throws ServerOptionsError listing every problem at once.
 */
export function readServerOptions(env: Env, cwd: string = process.cwd()): ServerOptions {
  const problems: Problems = [];
  const host = envValue(env, 'HOST') ?? DEFAULT_HOST;
  const port = optional(env, 'PORT', problems, (name, text) => parseIntegerVar(name, text, 0, 65_535)) ?? DEFAULT_PORT;
  const options: ServerOptions = {
    host,
    port,
    distDir: path.resolve(cwd, envValue(env, 'DIST_DIR') ?? DEFAULT_DIST_DIR),
    apiBaseUrl: optional(env, 'API_BASE_URL', problems, parseAppBaseUrlVar),
    demoApi: readDemoApi(env, problems),
    gateway: {
      trackly: readTrackly(env, problems),
      offerslook: readOfferslook(env, problems),
      timeoutMs:
        optional(env, 'GATEWAY_TIMEOUT_MS', problems, (name, text) => parseIntegerVar(name, text, 1, 600_000)) ??
        DEFAULT_GATEWAY_TIMEOUT_MS,
      maxConcurrency:
        optional(env, 'GATEWAY_MAX_CONCURRENCY', problems, (name, text) => parseIntegerVar(name, text, 1, 10_000)) ??
        DEFAULT_GATEWAY_MAX_CONCURRENCY,
      maxBodyBytes:
        optional(env, 'GATEWAY_MAX_BODY_BYTES', problems, (name, text) =>
          parseIntegerVar(name, text, 1024, 10 * 1024 * 1024),
        ) ?? DEFAULT_GATEWAY_MAX_BODY_BYTES,
    },
    allowedHosts: readAllowedHosts(env, host, port, problems),
    logFormat: optional(env, 'LOG_FORMAT', problems, parseLogFormatVar) ?? 'text',
    sourceMaps: optional(env, 'SOURCE_MAPS', problems, parseSwitchVar) ?? false,
    cspConnectSrc: optional(env, 'CSP_CONNECT_SRC', problems, parseOriginListVar) ?? [],
    cspReportsReadable: optional(env, 'CSP_REPORTS_READABLE', problems, parseSwitchVar) ?? false,
  };
  checkUpstreamSchemes(env, options.gateway, problems);
  if (problems.length > 0) throw new ServerOptionsError(problems.join('\n'));
  return options;
}
