import {
  describePayoutType,
  describePlatform,
  formatAbsolute,
  formatMoney,
  formatRelative,
  formatWait,
  parseDate,
} from './format';

describe('formatMoney', () => {
  it.each([
    [2.5, '$2.50'],
    [0, '$0.00'],
    [1234.5, '$1,234.50'],
    [0.0075, '$0.0075'],
    [-1, '-$1.00'],
  ])('shows %d as %s', (amount, expected) => {
    expect(formatMoney(amount)).toBe(expected);
  });

  it('keeps at most four decimals', () => {
    expect(formatMoney(0.123456)).toBe('$0.1235');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('shows a non-finite amount (%d) as it is, not as money', (amount) => {
    expect(formatMoney(amount)).toBe(String(amount));
  });
});

describe('describePayoutType', () => {
  it('names the documented types', () => {
    expect(describePayoutType('cpa')).toEqual({ short: 'CPA', long: 'per action' });
    expect(describePayoutType('cpc')).toEqual({ short: 'CPC', long: 'per click' });
  });

  it('shows an undocumented type exactly as sent, and says it is unknown', () => {
    expect(describePayoutType('cpm')).toEqual({ short: 'cpm', long: 'payout type not known to this dashboard' });
  });

  it('says "(none)" for an empty type', () => {
    expect(describePayoutType('').short).toBe('(none)');
  });
});

describe('describePlatform', () => {
  it.each([
    ['tune', 'TUNE'],
    ['everflow', 'Everflow'],
    ['impact', 'impact'],
    [null, 'None'],
  ])('shows %s as %s', (platform, expected) => {
    expect(describePlatform(platform)).toBe(expected);
  });
});

describe('parseDate and formatAbsolute', () => {
  it('reads ISO 8601 and shows it in UTC', () => {
    const date = parseDate('2025-11-01T14:30:00Z');
    expect(date).not.toBeNull();
    expect(formatAbsolute(date ?? new Date(0))).toMatch(/^Nov 1, 2025, 2:30\sPM UTC$/);
  });

  it('converts an offset time to UTC', () => {
    const date = parseDate('2025-12-15T11:12:00+02:00');
    expect(formatAbsolute(date ?? new Date(0))).toMatch(/^Dec 15, 2025, 9:12\sAM UTC$/);
  });

  it.each(['', 'yesterday', '2025-13-45T99:00:00Z'])('returns null for %j', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-01-10T12:00:00Z');
  const at = (offsetSeconds: number) => new Date(now + offsetSeconds * 1000);

  it.each([
    [0, 'just now'],
    [-4, 'just now'],
    [4, 'just now'],
    [-30, '30 seconds ago'],
    [-90, '1 minute ago'],
    [-2 * 3600, '2 hours ago'],
    [-24 * 3600, 'yesterday'],
    [3 * 24 * 3600, 'in 3 days'],
    [-14 * 24 * 3600, '2 weeks ago'],
    [-70 * 24 * 3600, '2 months ago'],
    [-400 * 24 * 3600, 'last year'],
  ])('describes %i seconds from now as "%s"', (offset, expected) => {
    expect(formatRelative(at(offset), now)).toBe(expected);
  });
});

describe('format: untrusted enum values that are Object.prototype keys', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'describes the payout type %j as an unknown type',
    (type) => {
      expect(describePayoutType(type)).toEqual({
        short: type,
        long: 'payout type not known to this dashboard',
      });
    },
  );

  it.each(['constructor', 'toString', '__proto__', 'valueOf'])('shows the platform %j as sent', (platform) => {
    expect(describePlatform(platform)).toBe(platform);
  });
});

describe('formatWait', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [3600, '1 hour'],
    [86_400, '24 hours'],
  ])('says %i s as "%s"', (seconds, words) => {
    expect(formatWait(seconds)).toBe(words);
  });
});

// The formats are written by hand to keep Intl off the first render; Intl stays the reference.
describe('hand-written formats match Intl en-US', () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const sample = (count: number, make: () => number) => Array.from({ length: count }, make);

  it('formats money as Intl does, ties and tiny or huge amounts included', () => {
    const intl = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    });
    const amounts = [
      ...[0, -0, 1.005, 1.00005, 0.00005, -0.00004, 9.99995, 99_999.99995, 5e-7, 1e20, 1e21, 0.1 + 0.2],
      ...sample(2000, () => (random() - 0.5) * 10 ** Math.floor(random() * 14 - 6)),
      ...sample(2000, () => Math.round(random() * 1e6) / 10 ** Math.floor(random() * 7)),
    ];
    for (const amount of amounts) expect(formatMoney(amount), String(amount)).toBe(intl.format(amount));
  });

  it('formats dates as Intl does, in and out of years 1–9999', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    const dates = [-62_135_596_800_001, 253_402_300_800_000, 0, ...sample(2000, () => (random() - 0.3) * 4e12)];
    for (const time of dates) expect(formatAbsolute(new Date(time))).toBe(`${intl.format(new Date(time))} UTC`);
  });

  it('formats relative times as Intl does', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
      ['year', 365 * 24 * 3600],
      ['month', 30 * 24 * 3600],
      ['week', 7 * 24 * 3600],
      ['day', 24 * 3600],
      ['hour', 3600],
      ['minute', 60],
      ['second', 1],
    ];
    const now = Date.parse('2026-01-10T12:00:00Z');
    for (const offset of sample(2000, () => (random() - 0.5) * 10 ** (random() * 13))) {
      const seconds = Math.round(offset / 1000);
      const [unit, size] = units.find(([, unitSize]) => Math.abs(seconds) >= unitSize) ?? ['second', 1];
      const expected = Math.abs(seconds) < 5 ? 'just now' : intl.format(Math.trunc(seconds / size), unit);
      expect(formatRelative(new Date(now + offset), now)).toBe(expected);
    }
  });

  it('formats waits as Intl does, odd values included', () => {
    const intl = (unit: string) => new Intl.NumberFormat('en-US', { style: 'unit', unit, unitDisplay: 'long' });
    for (const seconds of [0, 1, 1.5, -5, 59.9, 61, 3599, 3601, 1e7, 1e12, Number.NaN]) {
      const expected =
        seconds < 60
          ? intl('second').format(seconds)
          : seconds < 3600
            ? intl('minute').format(Math.ceil(seconds / 60))
            : intl('hour').format(Math.ceil(seconds / 3600));
      expect(formatWait(seconds)).toBe(expected);
    }
  });
});
