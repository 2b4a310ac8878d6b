import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import {
  DEFAULT_DEMO_API_OPTIONS,
  DEMO_API_HELP,
  DemoApiOptionsError,
  parseDemoApiOptions,
  wantsHelp,
} from './options.ts';

describe('parseDemoApiOptions', () => {
  it('returns the defaults for no flags and no env', () => {
    expect(parseDemoApiOptions([], {})).toEqual(DEFAULT_DEMO_API_OPTIONS);
    expect(DEFAULT_DEMO_API_OPTIONS).toMatchObject({
      port: 4010,
      host: '127.0.0.1',
      requireAuth: false,
      corsOrigins: '*',
      slowMs: 3000,
    });
    expect(DEFAULT_DEMO_API_OPTIONS.hangMs).toBeGreaterThan(60_000);
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const o = parseDemoApiOptions(
      [
        '--port',
        '5000',
        '--host=0.0.0.0',
        '--latency',
        '250',
        '--error-rate=0.25',
        '--error-seed',
        '9',
        '--force',
        'list=500',
        '--force=abc/links=hang',
        '--require-auth',
        '--trackly-key',
        'trk_abcdefghijklmnopqrstuvwxyz012345',
        '--offerslook-email',
        'a@b.test',
        '--offerslook-key=secret',
        '--cors-origin',
        'http://localhost:5173',
        '--cors-origin',
        'https://x.test',
      ],
      {},
    );
    expect(o).toMatchObject({
      port: 5000,
      host: '0.0.0.0',
      latencyMs: 250,
      errorRate: 0.25,
      errorSeed: 9,
      forces: [
        { scope: 'list', mode: 500 },
        { scope: 'links', id: 'abc', mode: 'hang' },
      ],
      requireAuth: true,
      tracklyKey: 'trk_abcdefghijklmnopqrstuvwxyz012345',
      offerslookEmail: 'a@b.test',
      offerslookKey: 'secret',
      corsOrigins: ['http://localhost:5173', 'https://x.test'],
    });
  });

  it('reads the environment; flags win, forces add up', () => {
    const env = {
      DEMO_API_PORT: '4999',
      DEMO_API_HOST: '::1',
      DEMO_API_LATENCY_MS: '10',
      DEMO_API_ERROR_RATE: '0.5',
      DEMO_API_ERROR_SEED: '3',
      DEMO_API_FORCE: 'list=502, abc=slow',
      DEMO_API_REQUIRE_AUTH: '1',
      DEMO_API_TRACKLY_KEY: 'trk_00000000000000000000000000000000',
      DEMO_API_OFFERSLOOK_EMAIL: 'env@x.test',
      DEMO_API_OFFERSLOOK_KEY: 'envkey',
      DEMO_API_CORS_ORIGINS: 'http://a.test,http://b.test',
    };
    const fromEnv = parseDemoApiOptions([], env);
    expect(fromEnv).toMatchObject({
      port: 4999,
      host: '::1',
      latencyMs: 10,
      errorRate: 0.5,
      errorSeed: 3,
      forces: [
        { scope: 'list', mode: 502 },
        { scope: 'both', id: 'abc', mode: 'slow' },
      ],
      requireAuth: true,
      offerslookEmail: 'env@x.test',
      offerslookKey: 'envkey',
      corsOrigins: ['http://a.test', 'http://b.test'],
    });
    const mixed = parseDemoApiOptions(['--port', '1234', '--force', 'x=html'], env);
    expect(mixed.port).toBe(1234);
    expect(mixed.forces).toHaveLength(3);
    expect(parseDemoApiOptions([], { DEMO_API_REQUIRE_AUTH: 'false' }).requireAuth).toBe(false);
    expect(parseDemoApiOptions([], { DEMO_API_CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('rejects bad flags and values with readable errors', () => {
    const bad: [string[], Record<string, string>, RegExp][] = [
      [['--nope'], {}, /Unknown option "--nope"/],
      [['--port'], {}, /--port needs a value/],
      [['--port', '--latency', '5'], {}, /--port needs a value/],
      [['--port', 'abc'], {}, /--port must be an integer/],
      [['--port', '70000'], {}, /--port/],
      [['--latency', '-1'], {}, /--latency/],
      [['--error-rate', '1.5'], {}, /--error-rate must be a number between 0 and 1/],
      [['--force', 'abc=teapot'], {}, /Unknown force mode "teapot"/],
      [['--force', 'abc'], {}, /expected <target>=<mode>/],
      [['--trackly-key', 'trk_short'], {}, /trk_ followed by 32/],
      [['--offerslook-email', 'a:b'], {}, /contain no ":"/],
      [['--cors-origin', 'http://x.test/path'], {}, /origin/],
      [[], { DEMO_API_REQUIRE_AUTH: 'maybe' }, /DEMO_API_REQUIRE_AUTH/],
      [[], { DEMO_API_ERROR_RATE: 'lots' }, /DEMO_API_ERROR_RATE/],
      [[], { DEMO_API_FORCE: 'list=500,bad' }, /DEMO_API_FORCE/],
    ];
    for (const [argv, env, message] of bad) {
      let caught: unknown;
      try {
        parseDemoApiOptions(argv, env);
      } catch (error) {
        caught = error;
      }
      expect(caught, argv.join(' ')).toBeInstanceOf(DemoApiOptionsError);
      expect((caught as Error).message, argv.join(' ')).toMatch(message);
    }
  });

  it('has help text that lists every flag', () => {
    expect(wantsHelp(['--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--port', '1'])).toBe(false);
    expect(parseDemoApiOptions(['--help'], {})).toEqual(DEFAULT_DEMO_API_OPTIONS);
    for (const flag of [
      '--port',
      '--host',
      '--latency',
      '--error-rate',
      '--error-seed',
      '--force',
      '--require-auth',
      '--trackly-key',
      '--offerslook-email',
      '--offerslook-key',
      '--cors-origin',
    ]) {
      expect(DEMO_API_HELP).toContain(flag);
    }
  });

  it('createDemoApi validates its options too', () => {
    expect(() => createDemoApi({ errorRate: 2 })).toThrow(DemoApiOptionsError);
    expect(() => createDemoApi({ tracklyKey: 'nope' })).toThrow(DemoApiOptionsError);
  });
});
