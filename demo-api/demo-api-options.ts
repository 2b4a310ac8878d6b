import type { DemoDataset } from './data/types.ts';
import type { ForceRule } from './force-rules.ts';

/* The demo API's options and their validation: no Node API, so the app's tests can
 * build a demo API too. Reading them from argv and the environment is options.ts. */

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
  /** Requests a second across all endpoints before 429 with Retry-After; 0 = no limit. */
  readonly rateLimit: number;
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
  /** Test-only routes that change offers (`PATCH /__admin/offers/:id`, `POST /__admin/reset`). */
  readonly admin: boolean;
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
  rateLimit: 0,
  forces: [],
  requireAuth: false,
  tracklyKey: DEFAULT_TRACKLY_KEY,
  offerslookEmail: DEFAULT_OFFERSLOOK_EMAIL,
  offerslookKey: DEFAULT_OFFERSLOOK_KEY,
  corsOrigins: '*',
  slowMs: 3000,
  hangMs: 120_000,
  admin: false,
};

const TRACKLY_KEY_PATTERN = /^trk_[A-Za-z0-9]{32}$/;

export class DemoApiOptionsError extends Error {
  override name = 'DemoApiOptionsError';
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
  check(Number.isFinite(options.rateLimit) && options.rateLimit >= 0, 'rateLimit must be >= 0');
  check(Number.isInteger(options.errorSeed), 'errorSeed must be an integer');
  check(options.slowMs >= 0 && options.hangMs >= 0, 'slowMs and hangMs must be >= 0');
  check(TRACKLY_KEY_PATTERN.test(options.tracklyKey), 'Trackly key must be trk_ followed by 32 letters or digits');
  check(
    options.offerslookEmail !== '' && !options.offerslookEmail.includes(':'),
    'Offerslook email must be non-empty and contain no ":"',
  );
  check(options.offerslookKey !== '', 'Offerslook key must be non-empty');
  return options;
}
