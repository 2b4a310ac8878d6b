import { itMapsEach } from '../testing/maps-each';
import { parseBaseUrl, sameBaseUrl } from './base-url';

const ORIGIN = 'https://dash.example.com';

function accepted(input: string, origin?: string): string {
  const result = parseBaseUrl(input, origin);
  if (!result.ok) throw new Error(`Expected "${input}" to be accepted, got: ${result.reason}`);
  return result.url;
}

function rejected(input: string, origin?: string): string {
  const result = parseBaseUrl(input, origin);
  if (result.ok) throw new Error(`Expected "${input}" to be rejected, got ${result.url}`);
  return result.reason;
}

describe('parseBaseUrl', () => {
  itMapsEach(
    'accepts %s as %s',
    [
      ['https://app.tracklysms.com/api', 'https://app.tracklysms.com/api'],
      ['http://localhost:8787', 'http://localhost:8787'],
      ['https://gw.example.com/', 'https://gw.example.com'],
      ['https://gw.example.com/api/', 'https://gw.example.com/api'],
      ['https://gw.example.com/api///', 'https://gw.example.com/api'],
      ['  https://gw.example.com/api  ', 'https://gw.example.com/api'],
      ['HTTPS://GW.Example.COM/Api', 'https://gw.example.com/Api'],
    ],
    (input) => accepted(input),
  );

  it('resolves a relative path such as /api against the origin given', () => {
    expect(accepted('/api', ORIGIN)).toBe(`${ORIGIN}/api`);
    expect(accepted('/gateway/v1/', ORIGIN)).toBe(`${ORIGIN}/gateway/v1`);
  });

  it('rejects a relative path when no origin is given', () => {
    expect(rejected('/api')).toMatch(/absolute URL/);
  });

  it.each(['api', 'api.example.com', './api', '../api'])('rejects the relative value %s', (input) => {
    expect(rejected(input, ORIGIN)).toMatch(/http/);
  });

  it('does not treat a protocol-relative //host as a path on our origin', () => {
    expect(rejected('//evil.example.com/api', ORIGIN)).toMatch(/http/);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<b>x</b>',
    'ftp://files.example.com',
    'file:///etc/passwd',
  ])('rejects the non-http scheme in %s', (input) => {
    expect(rejected(input, ORIGIN)).toMatch(/must start with http:\/\/ or https:\/\//);
  });

  it.each(['https://user:secret@gw.example.com', 'https://user@gw.example.com/api', 'https://:secret@gw.example.com'])(
    'rejects credentials in the URL (%s) and points to the key fields',
    (input) => {
      const reason = rejected(input);
      expect(reason).toMatch(/credentials/i);
      expect(reason).not.toContain('secret');
    },
  );

  it.each([
    'https://gw.example.com/api?key=1',
    'https://gw.example.com/api#top',
    'https://gw.example.com/?status=active',
  ])('rejects a query or fragment (%s)', (input) => {
    expect(rejected(input)).toMatch(/query|fragment/);
  });

  it.each(['', '   '])('asks for a value when given %j', (input) => {
    expect(rejected(input, ORIGIN)).toMatch(/Enter the API base URL/);
  });
});

describe('sameBaseUrl', () => {
  it('compares base URLs once normalised', () => {
    expect(sameBaseUrl('https://GW.example.com/api/', 'https://gw.example.com/api')).toBe(true);
    expect(sameBaseUrl('https://gw.example.com/api', 'https://gw.example.com/other')).toBe(false);
    expect(sameBaseUrl('https://gw.example.com', 'http://gw.example.com')).toBe(false);
    expect(sameBaseUrl('not a url', 'not a url')).toBe(false);
  });
});
