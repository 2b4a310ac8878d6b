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
