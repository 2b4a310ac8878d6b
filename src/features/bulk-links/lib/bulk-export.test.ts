import { toCsv } from '@/lib/export/table-export';
import { perLinkTable, perOfferTable, toJson } from './bulk-export';
import type { ResultRow } from './result-rows';

const done: ResultRow = {
  index: 0,
  id: 'a1',
  name: 'Solar',
  status: 'active',
  payout: 2.5,
  payoutType: 'cpa',
  outcome: 'done',
  outcomeLabel: 'Done',
  reason: '',
  trackingLink: 'https://t.example/a1',
  issuedTrackingLink: 'https://t.example/a1',
  pixelUrl: 'https://p.example/a1',
  landingPages: [
    { type: 'Default', name: '', label: 'Default', link: 'https://t.example/a1?d', issued: 'https://t.example/a1?d' },
    {
      type: 'Offer URL',
      name: '360',
      label: 'Offer URL “360”',
      link: 'https://t.example/a1?u=7',
      issued: 'https://t.example/a1?u=7',
    },
  ],
};
const refused: ResultRow = {
  ...done,
  index: 1,
  id: 'b2',
  name: '=cmd|calc',
  outcome: 'refused',
  outcomeLabel: 'Not approved',
  reason: 'Not approved for your account',
  trackingLink: null,
  issuedTrackingLink: null,
  pixelUrl: null,
  landingPages: [],
};

describe('bulk exports', () => {
  it('one row per offer, landing pages in numbered columns as wide as the widest offer', () => {
    const table = perOfferTable([done, refused]);
    expect(table.columns.slice(-6)).toEqual([
      'Landing page 1 type',
      'Landing page 1 name',
      'Landing page 1 link',
      'Landing page 2 type',
      'Landing page 2 name',
      'Landing page 2 link',
    ]);
    expect(table.rows[0]).toEqual([
      'a1',
      'Solar',
      'active',
      2.5,
      'cpa',
      'Done',
      '',
      'https://t.example/a1',
      'https://p.example/a1',
      'Default',
      '',
      'https://t.example/a1?d',
      'Offer URL',
      '360',
      'https://t.example/a1?u=7',
    ]);
    expect(table.rows[1]?.slice(5, 7)).toEqual(['Not approved', 'Not approved for your account']);
  });

  it('neutralises a formula in the CSV', () => {
    expect(toCsv(perOfferTable([refused]))).toContain(`\r\nb2,"'=cmd|calc",`);
  });

  it('one row per link, and one row for an offer without links', () => {
    const table = perLinkTable([done, refused]);
    expect(table.rows.map((row) => [row[0], row[4], row[7]])).toEqual([
      ['a1', 'Tracking link', 'https://t.example/a1'],
      ['a1', 'Landing page', 'https://t.example/a1?d'],
      ['a1', 'Landing page', 'https://t.example/a1?u=7'],
      ['b2', '', ''],
    ]);
  });

  it('JSON keeps the values as they are', () => {
    const data = JSON.parse(toJson([refused])) as Array<Record<string, unknown>>;
    expect(data[0]).toMatchObject({ id: 'b2', name: '=cmd|calc', outcome: 'refused', trackingLink: null });
  });
});
