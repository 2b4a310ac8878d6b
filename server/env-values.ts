/**
 * Parsers for single environment variables. Each returns the parsed value or throws
 * EnvValueError with a message that names the variable but never repeats its value
 * (a value may be a secret, or a URL with credentials in it).
 */

export class EnvValueError extends Error {
  override name = 'EnvValueError';
}

export type Env = Readonly<Record<string, string | undefined>>;

/** The variable's value, or undefined when it is unset or blank. */
export function envValue(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function parseIntegerVar(name: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new EnvValueError(`${name} must be a whole number between ${min} and ${max}`);
  }
  return value;
}

export function parseSwitchVar(name: string, text: string): boolean {
  const normalised = text.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(normalised)) return true;
  if (['0', 'false', 'no', 'off'].includes(normalised)) return false;
  throw new EnvValueError(`${name} must be on or off`);
}

export function parseLogFormatVar(name: string, text: string): 'text' | 'json' {
  const normalised = text.toLowerCase();
  if (normalised === 'text' || normalised === 'json') return normalised;
  throw new EnvValueError(`${name} must be text or json`);
}

function parseHttpUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/**
 * An absolute http(s) base URL without credentials, query or fragment; returned without
 * a trailing slash (`https://host/api/` → `https://host/api`).
 */
export function parseBaseUrlVar(name: string, text: string): string {
  const url = parseHttpUrl(text);
  if (
    url === undefined ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    text.includes('#')
  ) {
    throw new EnvValueError(
      `${name} must be an absolute http:// or https:// URL without credentials, query or fragment`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Like parseBaseUrlVar, but a same-origin path such as `/api` is accepted as well. */
export function parseAppBaseUrlVar(name: string, text: string): string {
  if (!text.startsWith('/')) return parseBaseUrlVar(name, text);
  const url = text.startsWith('//') ? undefined : parseHttpUrl(`http://placeholder${text}`);
  if (url?.host !== 'placeholder' || url.search !== '' || text.includes('?') || text.includes('#')) {
    throw new EnvValueError(
      `${name} must be an absolute http(s) URL or a path such as /api, without query or fragment`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path.startsWith('//')) {
    throw new EnvValueError(
      `${name} must be an absolute http(s) URL or a path such as /api, without query or fragment`,
    );
  }
  return path === '' ? '/' : path;
}

/** Space-separated http(s) origins (`scheme://host[:port]`), lower-cased and de-duplicated. */
export function parseOriginListVar(name: string, text: string): string[] {
  const origins = new Set<string>();
  for (const token of text.split(/\s+/).filter((part) => part !== '')) {
    const url = parseHttpUrl(token);
    const plainHost = url !== undefined && /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname);
    if (url === undefined || !plainHost || url.origin !== token.replace(/\/$/, '').toLowerCase()) {
      throw new EnvValueError(
        `${name} must list http(s) origins such as https://api.example.com, separated by spaces (no paths or wildcards)`,
      );
    }
    origins.add(url.origin);
  }
  return [...origins];
}

/** A credential: printable ASCII without spaces (it goes into an HTTP header). */
export function parseSecretVar(name: string, text: string): string {
  if (!/^[\x21-\x7e]+$/.test(text)) {
    throw new EnvValueError(`${name} must be printable ASCII without spaces`);
  }
  return text;
}

/** An HTTP Basic user name: no colon, no control characters, no spaces. */
export function parseBasicUserVar(name: string, text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f:]/.test(text)) {
    throw new EnvValueError(`${name} must not contain spaces, control characters or ":"`);
  }
  return text;
}
