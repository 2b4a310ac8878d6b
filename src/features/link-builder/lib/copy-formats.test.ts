import { formatLink } from './copy-formats';

const LINK = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547';

describe('formatLink: url', () => {
  it('returns the url as is', () => {
    expect(formatLink(LINK, 'url', 'Offer')).toBe(LINK);
  });
});

describe('formatLink: html', () => {
  it('escapes the href attribute and the label text', () => {
    expect(formatLink(LINK, 'html', 'Offer 16')).toBe(
      '<a href="http://oltest1.offerstrack.net/index.php?offer_id=16&amp;aff_id=5547">Offer 16</a>',
    );
  });

  it('cannot be broken out of by the url or the label', () => {
    expect(formatLink('http://t.example/?a="><script>x</script>', 'html', '<b>"Tom" & \'Jerry\'</b>')).toBe(
      '<a href="http://t.example/?a=&quot;&gt;&lt;script&gt;x&lt;/script&gt;">' +
        '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</a>',
    );
  });

  it('uses the url as the label when the label is blank', () => {
    expect(formatLink('https://t.example/?a=1&b=2', 'html', '  ')).toBe(
      '<a href="https://t.example/?a=1&amp;b=2">https://t.example/?a=1&amp;b=2</a>',
    );
  });

  it('never links a non-http(s) url', () => {
    expect(formatLink('javascript:alert(1)', 'html', 'Click <me>')).toBe('Click &lt;me&gt;');
  });
});

describe('formatLink: markdown', () => {
  it('formats [label](url)', () => {
    expect(formatLink(LINK, 'markdown', 'Offer 16')).toBe(`[Offer 16](${LINK})`);
  });

  it('escapes brackets, backslashes, backticks and angle brackets in the label', () => {
    expect(formatLink(LINK, 'markdown', 'Best [deal] \\ `now` <b>')).toBe(
      `[Best \\[deal\\] \\\\ \\\`now\\\` \\<b\\>](${LINK})`,
    );
  });

  it('turns line breaks in the label into spaces', () => {
    expect(formatLink(LINK, 'markdown', 'a\nb\r\nc')).toBe(`[a b c](${LINK})`);
  });

  it('percent-encodes parentheses, spaces, angle brackets and backslashes in the url', () => {
    expect(formatLink('http://t.example/a (1)/b?x=<y>&z=\\', 'markdown', 'x')).toBe(
      '[x](http://t.example/a%20%281%29/b?x=%3Cy%3E&z=%5C)',
    );
  });

  it('keeps existing percent-encoding and unicode in the url', () => {
    expect(formatLink('https://bücher.example/?a=%2F&b=a+b', 'markdown', 'x')).toBe(
      '[x](https://bücher.example/?a=%2F&b=a+b)',
    );
  });

  it('never links a non-http(s) url', () => {
    expect(formatLink('javascript:alert(1)', 'markdown', 'Click [me]')).toBe('Click \\[me\\]');
  });
});
