import { connectSrcBlockedOrigin, originOf } from './blocked-origins';

/** What a browser fires on the document when its CSP blocks something. */
function violation(fields: Record<string, string>): Event {
  const event = new Event('securitypolicyviolation', { bubbles: true, composed: true });
  for (const [name, value] of Object.entries(fields)) Object.defineProperty(event, name, { value });
  return event;
}

describe('connectSrcBlockedOrigin', () => {
  it('names the origin of a request the connect-src blocked', () => {
    const event = violation({
      effectiveDirective: 'connect-src',
      violatedDirective: 'connect-src',
      blockedURI: 'http://other.test:8080/v2/offers?page=1&per_page=1',
    });
    expect(connectSrcBlockedOrigin(event)).toBe('http://other.test:8080');
  });

  it('reads violatedDirective when a browser gives only that, with the whole directive in it', () => {
    const event = violation({
      violatedDirective: "connect-src 'self' http://allowed.test",
      blockedURI: 'https://other.test/api',
    });
    expect(connectSrcBlockedOrigin(event)).toBe('https://other.test');
  });

  it.each([
    ['another directive', { effectiveDirective: 'img-src', blockedURI: 'https://pixel.test/p.gif' }],
    [
      'a directive that only starts like connect-src',
      { effectiveDirective: 'connect-src-elem', blockedURI: 'https://other.test' },
    ],
    ['no directive', { blockedURI: 'https://other.test' }],
    ['no blocked URI', { effectiveDirective: 'connect-src' }],
    ['a keyword instead of a URL', { effectiveDirective: 'connect-src', blockedURI: 'inline' }],
    ['an opaque origin', { effectiveDirective: 'connect-src', blockedURI: 'data:text/plain,x' }],
  ])('ignores %s', (_case, fields) => {
    expect(connectSrcBlockedOrigin(violation(fields))).toBeNull();
  });
});

describe('originOf', () => {
  it('gives the origin of an absolute URL, or null', () => {
    expect(originOf('https://gw.example.com/api')).toBe('https://gw.example.com');
    expect(originOf('/api')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
  });
});
