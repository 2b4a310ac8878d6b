import { buildLink } from './build-link';

const PUBLISHED = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547';

function joined(segments: ReadonlyArray<{ text: string }>): string {
  return segments.map((segment) => segment.text).join('');
}

describe('buildLink', () => {
  it('appends a sub-id to the published Offerslook link', () => {
    const result = buildLink(PUBLISHED, [{ key: 'aff_sub1', value: 'abc' }]);
    expect(result).toEqual({
      url: `${PUBLISHED}&aff_sub1=abc`,
      segments: [
        { text: PUBLISHED, added: false },
        { text: '&aff_sub1=abc', added: true },
      ],
    });
  });

  it('appends several parameters in the given order', () => {
    const result = buildLink(PUBLISHED, [
      { key: 'aff_sub1', value: 'a' },
      { key: 'aff_sub2', value: 'b' },
      { key: 'source_id', value: 'sms' },
    ]);
    expect(result.url).toBe(`${PUBLISHED}&aff_sub1=a&aff_sub2=b&source_id=sms`);
  });

  it('returns the link unchanged when there is nothing to add', () => {
    expect(buildLink(PUBLISHED, [])).toEqual({ url: PUBLISHED, segments: [{ text: PUBLISHED, added: false }] });
  });

  it('replaces an existing parameter in place', () => {
    const result = buildLink('http://t.example/c?aff_sub1=old&offer_id=16', [{ key: 'aff_sub1', value: 'new' }]);
    expect(result.url).toBe('http://t.example/c?aff_sub1=new&offer_id=16');
    expect(result.segments).toEqual([
      { text: 'http://t.example/c?', added: false },
      { text: 'aff_sub1=new', added: true },
      { text: '&offer_id=16', added: false },
    ]);
  });

  it('removes later duplicates of a replaced key', () => {
    const result = buildLink('http://t.example/c?a=1&s=old&b=2&s=dup&c=3&s=x', [{ key: 's', value: 'new' }]);
    expect(result.url).toBe('http://t.example/c?a=1&s=new&b=2&c=3');
  });

  it('replaces a key written without a value or percent-encoded', () => {
    expect(buildLink('http://t.example/c?flag&x=1', [{ key: 'flag', value: 'on' }]).url).toBe(
      'http://t.example/c?flag=on&x=1',
    );
    expect(buildLink('http://t.example/c?aff%5Fsub1=old', [{ key: 'aff_sub1', value: 'new' }]).url).toBe(
      'http://t.example/c?aff%5Fsub1=new',
    );
  });

  it('compares keys case-sensitively', () => {
    expect(buildLink('http://t.example/c?Sub1=a', [{ key: 'sub1', value: 'b' }]).url).toBe(
      'http://t.example/c?Sub1=a&sub1=b',
    );
  });

  it('uses the last value when a key is repeated in the input', () => {
    const result = buildLink(PUBLISHED, [
      { key: 'aff_sub1', value: 'first' },
      { key: 'aff_sub2', value: 'two' },
      { key: 'aff_sub1', value: 'last' },
    ]);
    expect(result.url).toBe(`${PUBLISHED}&aff_sub1=last&aff_sub2=two`);
  });

  it('skips empty values and does not remove existing parameters for them', () => {
    const result = buildLink('http://t.example/c?aff_sub1=keep', [
      { key: 'aff_sub1', value: '' },
      { key: 'aff_sub2', value: '' },
      { key: '', value: 'no key' },
    ]);
    expect(result.url).toBe('http://t.example/c?aff_sub1=keep');
  });

  it('puts added parameters before the fragment and keeps the fragment as is', () => {
    expect(buildLink('http://t.example/c?a=1#frag?x=1&y', [{ key: 's', value: '1' }]).url).toBe(
      'http://t.example/c?a=1&s=1#frag?x=1&y',
    );
    const noQuery = buildLink('http://t.example/c#top', [{ key: 's', value: '1' }]);
    expect(noQuery.url).toBe('http://t.example/c?s=1#top');
    expect(noQuery.segments).toEqual([
      { text: 'http://t.example/c', added: false },
      { text: '?s=1', added: true },
      { text: '#top', added: false },
    ]);
  });

  it('adds "?" to a link without a query', () => {
    expect(buildLink('https://t.example', [{ key: 's', value: '1' }]).url).toBe('https://t.example?s=1');
    expect(buildLink('https://t.example/path/', [{ key: 's', value: '1' }]).url).toBe('https://t.example/path/?s=1');
  });

  it('handles a link ending in "?" or "&"', () => {
    expect(buildLink('http://t.example/c?', [{ key: 's', value: '1' }]).url).toBe('http://t.example/c?s=1');
    expect(buildLink('http://t.example/c?a=1&', [{ key: 's', value: '1' }]).url).toBe('http://t.example/c?a=1&s=1');
    expect(buildLink('http://t.example/c?a=1&&b=2', [{ key: 's', value: '1' }]).url).toBe(
      'http://t.example/c?a=1&&b=2&s=1',
    );
  });

  it('keeps an IDN host byte for byte', () => {
    expect(buildLink('https://bücher.example/x?a=1', [{ key: 's', value: '1' }]).url).toBe(
      'https://bücher.example/x?a=1&s=1',
    );
    expect(buildLink('https://xn--bcher-kva.example/x', [{ key: 's', value: '1' }]).url).toBe(
      'https://xn--bcher-kva.example/x?s=1',
    );
  });

  it('keeps a percent-encoded host, userinfo, port and path byte for byte', () => {
    expect(buildLink('http://%65xample.com/a%2Fb?x=1', [{ key: 's', value: '1' }]).url).toBe(
      'http://%65xample.com/a%2Fb?x=1&s=1',
    );
    expect(buildLink('https://user:p%40ss@t.example:8443/p;v=1/x.php?x=1', [{ key: 's', value: '1' }]).url).toBe(
      'https://user:p%40ss@t.example:8443/p;v=1/x.php?x=1&s=1',
    );
  });

  it('keeps the exact encoding of other parameters ("+", "%2F", "%20", raw unicode)', () => {
    const original = 'http://t.example/c?q=a+b&r=%2Fx%2f&u=caf%C3%A9&w=café&e=&s=old';
    expect(buildLink(original, [{ key: 's', value: 'new' }]).url).toBe(
      'http://t.example/c?q=a+b&r=%2Fx%2f&u=caf%C3%A9&w=café&e=&s=new',
    );
  });

  it.each([
    ['a&b', 'a%26b'],
    ['a=b', 'a%3Db'],
    ['a#b', 'a%23b'],
    ['a b', 'a%20b'],
    ['a+b', 'a%2Bb'],
    ['a/b?c', 'a%2Fb%3Fc'],
    ['100%', '100%25'],
    ['café', 'caf%C3%A9'],
    ['жёлтый', '%D0%B6%D1%91%D0%BB%D1%82%D1%8B%D0%B9'],
    ['😀', '%F0%9F%98%80'],
    ['{click_id}', '%7Bclick_id%7D'],
    ['\uD83D', '%EF%BF%BD'],
  ])('encodes the value %j as %s', (value, encoded) => {
    expect(buildLink(PUBLISHED, [{ key: 'aff_sub1', value }]).url).toBe(`${PUBLISHED}&aff_sub1=${encoded}`);
  });

  it('encodes keys too', () => {
    expect(buildLink(PUBLISHED, [{ key: 'my key&', value: '1' }]).url).toBe(`${PUBLISHED}&my%20key%26=1`);
  });

  it('keeps macros literally with keepMacros and encodes the rest of the value', () => {
    const params = [
      { key: 'aff_sub1', value: '{click_id}' },
      { key: 'aff_sub2', value: 'sms {aff_id}&{transaction_id}' },
    ];
    expect(buildLink(PUBLISHED, params, { keepMacros: true }).url).toBe(
      `${PUBLISHED}&aff_sub1={click_id}&aff_sub2=sms%20{aff_id}%26{transaction_id}`,
    );
    expect(buildLink(PUBLISHED, params).url).toBe(
      `${PUBLISHED}&aff_sub1=%7Bclick_id%7D&aff_sub2=sms%20%7Baff_id%7D%26%7Btransaction_id%7D`,
    );
  });

  it('keeps double-brace macros whole, never half-encoded', () => {
    const params = [
      { key: 'aff_sub1', value: '{{click_id}}' },
      { key: 'aff_sub2', value: 'a{{sub.id}}-{aff_id}' },
    ];
    expect(buildLink(PUBLISHED, params, { keepMacros: true }).url).toBe(
      `${PUBLISHED}&aff_sub1={{click_id}}&aff_sub2=a{{sub.id}}-{aff_id}`,
    );
    expect(buildLink(PUBLISHED, params).url).toBe(
      `${PUBLISHED}&aff_sub1=%7B%7Bclick_id%7D%7D&aff_sub2=a%7B%7Bsub.id%7D%7D-%7Baff_id%7D`,
    );
  });

  it('encodes braces that do not pair up into a macro', () => {
    const url = (value: string) => buildLink(PUBLISHED, [{ key: 's', value }], { keepMacros: true }).url;
    // Unbalanced: the inner `{x}` or `{{x}}` is the macro, the stray braces are encoded.
    expect(url('{{x}')).toBe(`${PUBLISHED}&s=%7B{x}`);
    expect(url('{x}}')).toBe(`${PUBLISHED}&s={x}%7D`);
    expect(url('{{{x}}}')).toBe(`${PUBLISHED}&s=%7B{{x}}%7D`);
    expect(url('{{}}')).toBe(`${PUBLISHED}&s=%7B%7B%7D%7D`);
    expect(url('{{a b}}')).toBe(`${PUBLISHED}&s=%7B%7Ba%20b%7D%7D`);
  });

  it('does not treat braces around other text as a macro', () => {
    expect(buildLink(PUBLISHED, [{ key: 's', value: '{a b}' }], { keepMacros: true }).url).toBe(
      `${PUBLISHED}&s=%7Ba%20b%7D`,
    );
  });

  it('drops the whitespace the URL parser ignores anyway', () => {
    expect(buildLink(`  ${PUBLISHED}\n`, [{ key: 's', value: '1' }]).url).toBe(`${PUBLISHED}&s=1`);
    expect(buildLink('http://t.example/c?a=1\n&b=2', [{ key: 's', value: '1' }]).url).toBe(
      'http://t.example/c?a=1&b=2&s=1',
    );
  });

  it.each([
    ['javascript:alert(1)//?a=1', 'javascript: links are blocked'],
    ['data:text/html,hi', 'data: links are blocked'],
    ['/relative?a=1', 'not an absolute http(s) URL'],
    ['//evil.example/?a=1', 'not an absolute http(s) URL'],
    ['', 'the link is empty'],
  ])('returns %j unchanged with an error', (original, error) => {
    expect(buildLink(original, [{ key: 's', value: '1' }])).toEqual({
      url: original,
      segments: [{ text: original, added: false }],
      error,
    });
  });

  it('always returns segments that concatenate to the url', () => {
    const cases = [
      buildLink(PUBLISHED, [
        { key: 'aff_id', value: '1' },
        { key: 'z', value: '2' },
      ]),
      buildLink('http://t.example/?a=1&a=2&&#f', [{ key: 'a', value: '3' }]),
      buildLink('http://t.example', []),
    ];
    for (const result of cases) expect(joined(result.segments)).toBe(result.url);
  });
});
