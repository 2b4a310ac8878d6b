import { isRecord } from '@/lib/is-record';

const MAX_MESSAGE_LENGTH = 300;

export interface UpstreamErrorInfo {
  upstreamMessage?: string;
  upstreamCode?: string | number;
}

function clip(value: string): string {
  const trimmed = value.trim();
  return trimmed.length > MAX_MESSAGE_LENGTH ? `${trimmed.slice(0, MAX_MESSAGE_LENGTH)}…` : trimmed;
}

/**
 * Reads the reason out of an error response: Trackly sends `{error, code}`,
 * Offerslook `{code, message}`. Anything else (an HTML error page) gives nothing,
 * so we never show an upstream's markup to the user.
 */
export function readErrorBody(text: string): UpstreamErrorInfo {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(body)) return {};
  const info: UpstreamErrorInfo = {};
  const message = typeof body.error === 'string' ? body.error : body.message;
  if (typeof message === 'string' && message.trim()) info.upstreamMessage = clip(message);
  if (typeof body.code === 'string' || typeof body.code === 'number') info.upstreamCode = body.code;
  return info;
}
