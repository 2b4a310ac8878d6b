import { fixedDecimals, groupThousands, intlFallback } from './format-numbers';

/**
 * The UI is English only, so money, dates and relative times are written out by hand
 * rather than with Intl: the first Intl formatter a page builds costs 60–120 ms on a
 * mid-range phone, on the first render's path. The output is the same as
 * Intl's en-US (see format.test.ts); values outside the common range (huge amounts,
 * years before 1 or past 9999) still go to Intl, made on first use.
 */

const money = intlFallback(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    }),
);

/** Payouts come without a currency; the account's is shown as USD, as Trackly does. */
export function formatMoney(amount: number): string {
  if (!Number.isFinite(amount)) return String(amount);
  const fixed = fixedDecimals(Math.abs(amount), 2, 4);
  if (fixed === null) return money().format(amount);
  const negative = amount < 0 || Object.is(amount, -0);
  return `${negative ? '-' : ''}$${fixed}`;
}

// Maps, not object literals: an upstream value such as "constructor" must not find Object's.
const PAYOUT_TYPES = new Map([
  ['cpa', { short: 'CPA', long: 'per action' }],
  ['cpc', { short: 'CPC', long: 'per click' }],
]);

export function describePayoutType(type: string): { short: string; long: string } {
  return PAYOUT_TYPES.get(type) ?? { short: type || '(none)', long: 'payout type not known to this dashboard' };
}

const PLATFORMS = new Map([
  ['tune', 'TUNE'],
  ['everflow', 'Everflow'],
]);

export function describePlatform(platform: string | null): string {
  if (platform === null) return 'None';
  return PLATFORMS.get(platform) ?? platform;
}

export function parseDate(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const absolute = intlFallback(
  () => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 1, 2025, 2:30 PM UTC", as en-US's medium date and short time in UTC. */
export function formatAbsolute(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return `${absolute().format(date)} UTC`;
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  const time = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}, ${year}, ${time} UTC`;
}

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
const UNITS: Array<[Unit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];
/** English's words for -1 and +1 of a unit (Intl's `numeric: 'auto'`); the others have none. */
const ADJACENT = new Map<Unit, readonly [string, string]>([
  ['year', ['last year', 'next year']],
  ['month', ['last month', 'next month']],
  ['week', ['last week', 'next week']],
  ['day', ['yesterday', 'tomorrow']],
]);

/** "in 3 days", "2 hours ago", "yesterday", as en's relative time with `numeric: 'auto'`. */
function relative(value: number, unit: Unit): string {
  const adjacent = ADJACENT.get(unit);
  if (adjacent && (value === -1 || value === 1)) return adjacent[value === -1 ? 0 : 1];
  const count = Math.abs(value);
  const words = `${groupThousands(String(count))} ${unit}${count === 1 ? '' : 's'}`;
  return value < 0 ? `${words} ago` : `in ${words}`;
}

export function formatRelative(date: Date, now: number = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 5) return 'just now';
  for (const [unit, size] of UNITS) {
    if (abs >= size) return relative(Math.trunc(seconds / size), unit);
  }
  return relative(seconds, 'second');
}

type WaitUnit = 'second' | 'minute' | 'hour';

const waitFormats = new Map<WaitUnit, Intl.NumberFormat>();
function intlWait(count: number, unit: WaitUnit): string {
  let format = waitFormats.get(unit);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { style: 'unit', unit, unitDisplay: 'long' });
    waitFormats.set(unit, format);
  }
  return format.format(count);
}

/** A wait in whole seconds as words, rounded up to the unit shown: "30 seconds", "2 minutes". */
export function formatWait(seconds: number): string {
  const [count, unit]: [number, WaitUnit] =
    seconds < 60
      ? [seconds, 'second']
      : seconds < 3600
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour'];
  if (!Number.isSafeInteger(count) || count < 0) return intlWait(count, unit);
  return `${groupThousands(String(count))} ${unit}${count === 1 ? '' : 's'}`;
}
