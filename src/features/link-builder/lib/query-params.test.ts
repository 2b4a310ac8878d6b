import { buildLink } from './build-link';
import { queryParams } from './query-params';

describe('queryParams', () => {
  it('lists the parameters in order, with their raw text', () => {
    expect(queryParams('http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547')).toEqual([
      { key: 'offer_id', value: '16', raw: 'offer_id=16' },
      { key: 'aff_id', value: '5547', raw: 'aff_id=5547' },
    ]);
  });

  it('decodes keys and values the way a server reads them', () => {
    expect(queryParams('https://t.example/?a+b=c%20d&e=f+g&bad=%E0%A4%A')).toEqual([
      { key: 'a b', value: 'c d', raw: 'a+b=c%20d' },
      { key: 'e', value: 'f g', raw: 'e=f+g' },
      { key: 'bad', value: '%E0%A4%A', raw: 'bad=%E0%A4%A' },
    ]);
  });

  it('ignores the fragment, empty pieces, and keeps keys without "="', () => {
    expect(queryParams('https://t.example/p?flag&&x=1&#frag?y=2')).toEqual([
      { key: 'flag', value: '', raw: 'flag' },
      { key: 'x', value: '1', raw: 'x=1' },
    ]);
  });

  it('sees the link as buildLink does: tabs and newlines dropped, as the URL parser drops them', () => {
    const link = ' http://t.example/c?a=1\n&b\t2=3\r\n ';
    expect(queryParams(link)).toEqual([
      { key: 'a', value: '1', raw: 'a=1' },
      { key: 'b2', value: '3', raw: 'b2=3' },
    ]);
    // Replacing a key as shown replaces it in place, never adds it twice.
    expect(buildLink(link, [{ key: 'b2', value: 'x' }]).url).toBe('http://t.example/c?a=1&b2=x');
  });

  it('is empty without a query', () => {
    expect(queryParams('https://t.example/path#a?b=c')).toEqual([]);
    expect(queryParams('https://t.example/?')).toEqual([]);
  });
});
