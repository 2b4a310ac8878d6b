import type { Logger } from './logger.ts';
import type { GatewayOptions } from './options.ts';

const REDACTED = '[redacted]';

/** Every form in which a configured credential could appear in a log line. */
export function gatewaySecrets(gateway: GatewayOptions): string[] {
  const secrets: string[] = [];
  if (gateway.trackly !== undefined) secrets.push(gateway.trackly.apiKey);
  if (gateway.offerslook !== undefined) {
    const { email, apiKey } = gateway.offerslook;
    secrets.push(apiKey, email, Buffer.from(`${email}:${apiKey}`, 'utf8').toString('base64'));
  }
  return secrets.filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
}

/**
 * Wraps a logger so that no configured credential reaches it, whatever a line was built
 * from (a last line of defence: log lines are built without credentials in the first place).
 */
export function redactingLogger(log: Logger, secrets: readonly string[]): Logger {
  if (secrets.length === 0) return log;
  return (line) => {
    let safe = line;
    for (const secret of secrets) safe = safe.split(secret).join(REDACTED);
    log(safe);
  };
}
