import Papa from 'papaparse';
import { exportFilename, toCsv, toTsv } from './table-export';

const table = {
  columns: ['id', 'name', 'payout'],
  rows: [
    ['a1', 'Plain, with "quotes"', 2.5],
    ['a2', '=HYPERLINK("http://evil.example","click")', -1],
    ['a3', '+1', null],
    ['a4', '-2+3', undefined],
    ['a5', '@SUM(A1)', true],
    ['a6', '\tTabbed', 0],
    ['a7', '\rReturn', 0],
    ['a8', '=1+1\nsecond line', 0],
    ['a9', 'Ünïcödé 名前', 0],
  ],
} as const;

describe('toCsv', () => {
  it('writes RFC 4180 CSV with a BOM, CRLF lines and quoted fields', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFFid,name,payout\r\n')).toBe(true);
    expect(csv).toContain('a1,"Plain, with ""quotes""",2.5\r\n');
  });

  it('neutralises every cell a spreadsheet would evaluate, even one with a line break', () => {
    const parsed = Papa.parse<string[]>(toCsv(table).slice(1), { newline: '\r\n' }).data;
    const names = parsed.slice(1).map((row) => row[1]);
    expect(names).toEqual([
      'Plain, with "quotes"',
      `'=HYPERLINK("http://evil.example","click")`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTabbed",
      "'\rReturn",
      "'=1+1\nsecond line",
      'Ünïcödé 名前',
    ]);
    // Numbers stay numbers, however they start; empty cells stay empty.
    expect(parsed[2]?.[2]).toBe('-1');
    expect(parsed[3]?.[2]).toBe('');
  });
});

describe('toTsv', () => {
  it('separates cells with tabs, without a BOM, formulas neutralised', () => {
    const tsv = toTsv({ columns: ['a', 'b'], rows: [['=1', 'x, y']] });
    expect(tsv.startsWith('a\tb\r\n')).toBe(true);
    expect(Papa.parse<string[]>(tsv, { delimiter: '\t' }).data).toEqual([
      ['a', 'b'],
      ["'=1", 'x, y'],
    ]);
  });
});

describe('exportFilename', () => {
  it('names what, the date and the count', () => {
    expect(exportFilename('offer-links', 12, 'offers', 'csv', new Date(2026, 10, 7))).toBe(
      'offer-links-2026-11-07-12-offers.csv',
    );
  });
});
