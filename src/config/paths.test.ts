import { itMapsEach } from '../testing/maps-each';
import { paths, settingsVendor } from './paths';

function vendorOf(href: string) {
  return settingsVendor(new URL(href, 'http://app.test').searchParams);
}

describe('paths.settingsFor', () => {
  it("names Offerslook in the link, and leaves Trackly's links as they were", () => {
    const href = paths.settingsFor('unauthorized', 'offerslook');
    expect(href).toBe('/settings?reason=unauthorized&vendor=offerslook');
    expect(vendorOf(href)).toBe('offerslook');

    expect(paths.settingsFor('unauthorized', 'trackly')).toBe('/settings?reason=unauthorized');
    expect(paths.settingsFor('forbidden')).toBe('/settings?reason=forbidden');
  });
});

describe('settingsVendor', () => {
  itMapsEach(
    'reads %s as %s',
    [
      ['/settings?reason=unauthorized', 'trackly'],
      ['/settings?reason=unauthorized&vendor=trackly', 'trackly'],
      ['/settings?reason=unauthorized&vendor=offerslook', 'offerslook'],
      ['/settings?vendor=Offerslook', 'trackly'],
      ['/settings?vendor=__proto__', 'trackly'],
      ['/settings?vendor=%3Cb%3E', 'trackly'],
    ],
    vendorOf,
  );

  it('cannot be given a vendor through the reason', () => {
    expect(vendorOf(paths.settingsFor('x&vendor=offerslook'))).toBe('trackly');
  });
});
