function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `offers-links-2026-11-27-12-offers.csv`: what, the local date, and how many. */
export function exportFilename(what: string, count: number, noun: string, extension: string, now = new Date()): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${what}-${date}-${count}-${noun}.${extension}`;
}
