import type { MiddlewareHandler } from 'hono';
import { EnvValueError } from './env-values.ts';

/**
 * DNS rebinding defence: a page on an attacker's domain that resolves to this server
 * still sends its own name in Host, so only the names listed here are answered.
 */

const HOST_PATTERN = /^(?<name>[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(?<port>\d{1,5}))?$/;
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

interface HostParts {
  readonly name: string;
  readonly port: string | undefined;
}

function hostParts(text: string): HostParts | null {
  const groups = HOST_PATTERN.exec(text.trim().toLowerCase())?.groups;
  return groups?.name === undefined ? null : { name: groups.name, port: groups.port };
}

export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') || !host.includes(':') ? host : `[${host}]`;
  return (LOOPBACK_NAMES as readonly string[]).includes(name.toLowerCase());
}

/** The loopback names on `port` (any port when it is 0, i.e. chosen at listen time). */
export function loopbackHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => (port === 0 ? name : `${name}:${port}`));
}

/** ALLOWED_HOSTS: host names, each optionally with `:port`, separated by commas or spaces. */
export function parseHostListVar(name: string, text: string): string[] {
  const hosts = text.split(/[\s,]+/).filter((part) => part !== '');
  if (hosts.some((host) => hostParts(host) === null)) {
    throw new EnvValueError(
      `${name} must list host names such as offers.example.com or offers.example.com:8443, separated by commas`,
    );
  }
  return [...new Set(hosts.map((host) => host.toLowerCase()))];
}

/** Whether a Host header value is one of `allowed` (an entry without a port matches any port). */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const request = hostParts(host);
  if (request === null) return false;
  return allowed.some((entry) => {
    const parts = hostParts(entry);
    return parts?.name === request.name && (parts.port === undefined || parts.port === request.port);
  });
}

/** Answers 421 to a request whose Host is not allowed, before any route (or vendor) sees it. */
export function allowedHostsGuard(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('Host') ?? new URL(c.req.url).host;
    if (isAllowedHost(host, allowed)) return next();
    return new Response('Misdirected request: this server does not answer for that host name (see ALLOWED_HOSTS)\n', {
      status: 421,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  };
}
