/** Where the server writes its one-line log entries (stdout by default; tests inject one). */
export type Logger = (line: string) => void;

export const stdoutLogger: Logger = (line) => {
  process.stdout.write(`${line}\n`);
};

/** Makes untrusted text safe for a one-line log: no control characters, bounded length. */
export function logSafe(text: string, maxLength = 300): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > maxLength ? `${clean.slice(0, maxLength)}…` : clean;
}
