import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.ts';

export type LogFormat = 'text' | 'json';

/** Message lines as they are (`text`), or as `{"time", "msg"}` objects, one a line (`json`). */
export function formattedLogger(sink: Logger, format: LogFormat): Logger {
  if (format === 'text') return sink;
  return (line) => {
    sink(JSON.stringify({ time: new Date().toISOString(), msg: line }));
  };
}

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Runs inside hono/request-id: puts the request id on every answer (that middleware's own
 * header is lost when a handler returns a Response of its own, as the gateway does) and,
 * with LOG_FORMAT=json, logs one object per request: time, method, path, status, ms and
 * the request id. The text format keeps its quieter log (gateway requests and problems).
 */
export function accessLog(sink: Logger, format: LogFormat): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const id: unknown = c.get('requestId');
    if (typeof id === 'string') c.res.headers.set(REQUEST_ID_HEADER, id);
    if (format === 'text') return;
    sink(
      JSON.stringify({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        requestId: c.res.headers.get(REQUEST_ID_HEADER),
      }),
    );
  };
}
