import { landingLinkId } from './link-ids';

describe('link ids', () => {
  it('names a landing page link by its label', () => {
    expect(landingLinkId('Offer URL “360”')).toBe('landing:Offer URL “360”');
  });
});
