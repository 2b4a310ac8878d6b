const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/** Payouts come without a currency; the account's is shown as USD, as Trackly does. */
export function formatMoney(amount: number): string {
  return Number.isFinite(amount) ? money.format(amount) : String(amount);
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

const absolute = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function parseDate(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatAbsolute(date: Date): string {
  return `${absolute.format(date)} UTC`;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formatRelative(date: Date, now: number = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 5) return 'just now';
  for (const [unit, size] of UNITS) {
    if (abs >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return relative.format(seconds, 'second');
}

const waitUnits = {
  second: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'second', unitDisplay: 'long' }),
  minute: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
  hour: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
};

/** A wait in whole seconds as words, rounded up to the unit shown: "30 seconds", "2 minutes". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return waitUnits.second.format(seconds);
  if (seconds < 3600) return waitUnits.minute.format(Math.ceil(seconds / 60));
  return waitUnits.hour.format(Math.ceil(seconds / 3600));
}
