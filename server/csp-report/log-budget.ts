import type { Logger } from '../logger.ts';

export interface LogBudgetOptions {
  /** Lines passed on per window; the rest are only counted. */
  readonly limit: number;
  readonly windowMs: number;
  /** The line that reports how many were left out, written when the next window opens. */
  readonly droppedLine: (count: number) => string;
  readonly now?: () => number;
}

/**
 * A logger that writes at most `limit` lines per window (a fixed window that opens with
 * the first line after the previous one closed), so a client that floods an endpoint
 * cannot flood the log. What it holds back is counted and summed up in one line.
 */
export function budgetedLogger(log: Logger, options: LogBudgetOptions): Logger {
  const now = options.now ?? (() => Date.now());
  let windowStart = Number.NEGATIVE_INFINITY;
  let written = 0;
  let dropped = 0;
  return (line) => {
    const time = now();
    if (time - windowStart >= options.windowMs) {
      if (dropped > 0) log(options.droppedLine(dropped));
      windowStart = time;
      written = 0;
      dropped = 0;
    }
    if (written < options.limit) {
      written += 1;
      log(line);
    } else {
      dropped += 1;
    }
  };
}
