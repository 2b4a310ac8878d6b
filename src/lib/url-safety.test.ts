import { itMapsEach } from '../testing/maps-each';
import { describeUnsafeUrl, isSafeHttpUrl, isUnsafeLink, toSafeHttpUrl } from './url-safety';

describe('toSafeHttpUrl', () => {
  it.each([
    'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547',
    'https://app.tracklysms.com/api/v2/offers/664f1a2b3c4d5e6f7a8b9c0d',
    'http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547',
    'HTTPS://EXAMPLE.COM/',
    'HtTp://example.com',
    '  https://example.com/padded  ',
    'https://user:pass@example.com:8443/path#frag',
    'http://127.0.0.1/',
    'http://[::1]:8080/',
  ])('accepts %s', (value) => {
    const url = toSafeHttpUrl(value);
    expect(url).toBeInstanceOf(URL);
    expect(isSafeHttpUrl(value)).toBe(true);
  });

  it('normalises the scheme and keeps the port', () => {
    const url = toSafeHttpUrl('HTTP://example.com:9080/x');
    expect(url?.protocol).toBe('http:');
    expect(url?.port).toBe('9080');
  });

  it('accepts IDN hosts (the parser converts them to punycode)', () => {
    const url = toSafeHttpUrl('https://bücher.example/x?a=1');
    expect(url?.hostname).toBe('xn--bcher-kva.example');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['  javascript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['\u001fjavascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['java\r\nscript:alert(1)'],
    ['jav\u0009a\u000ascr\u000dipt:alert(1)'],
    ['javascript://example.com/%0Aalert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['DATA:image/gif;base64,R0lGOD'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.com/file'],
    ['mailto:someone@example.com'],
    ['blob:https://example.com/uuid'],
    ['//evil.com/path'],
    ['/relative/path'],
    ['relative/path?x=1'],
    ['?offer_id=16'],
    ['#top'],
    ['example.com'],
    ['www.example.com/path'],
    [''],
    ['   '],
    ['http://'],
    ['https://exa mple.com/'],
  ])('rejects %j', (value) => {
    expect(toSafeHttpUrl(value)).toBeNull();
    expect(isSafeHttpUrl(value)).toBe(false);
  });

  it('does not decode HTML entities: they are just text', () => {
    expect(toSafeHttpUrl('&#x6A;avascript:alert(1)')).toBeNull();
    expect(toSafeHttpUrl('&#106;avascript:alert(1)')).toBeNull();
    expect(toSafeHttpUrl('javascript&colon;alert(1)')).toBeNull();
  });
});

describe('describeUnsafeUrl', () => {
  itMapsEach(
    'explains %j',
    [
      ['javascript:alert(1)', 'javascript: links are blocked'],
      [' Java\tScript:alert(1)', 'javascript: links are blocked'],
      ['data:text/html,<b>x</b>', 'data: links are blocked'],
      ['vbscript:msgbox(1)', 'vbscript: links are blocked'],
      ['file:///etc/passwd', 'file: links are blocked'],
      ['ftp://example.com/', 'ftp: links are blocked'],
      ['mailto:a@example.com', 'mailto: links are blocked'],
      ['//evil.com', 'not an absolute http(s) URL'],
      ['/path', 'not an absolute http(s) URL'],
      ['&#x6A;avascript:alert(1)', 'not an absolute http(s) URL'],
      ['', 'the link is empty'],
      ['  \n ', 'the link is empty'],
    ],
    describeUnsafeUrl,
  );

  it('returns an empty string for a safe link', () => {
    expect(describeUnsafeUrl('https://example.com/')).toBe('');
  });
});

describe('isUnsafeLink', () => {
  it.each([
    'javascript:alert(1)',
    '  JaVa\tScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example.com/offer.zip',
  ])('flags %j', (value) => {
    expect(isUnsafeLink(value)).toBe(true);
  });

  it.each(['https://example.com/', 'http://example.com/a?b=1', 'Time: 10:00', 'note: call back', 'plain text', ''])(
    'leaves %j alone',
    (value) => {
      expect(isUnsafeLink(value)).toBe(false);
    },
  );
});
