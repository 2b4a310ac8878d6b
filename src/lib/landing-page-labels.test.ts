import { publishedTrackingLinks } from '@/testing/fixtures';
import { landingPageLabels } from './landing-page-labels';

const page = (type: string, name?: string | null) => ({ type, name, tracking_link: 'http://t.example/x' });

describe('landingPageLabels', () => {
  it('labels the published landing pages by type, and by name for "Offer URL"', () => {
    expect(landingPageLabels(publishedTrackingLinks.offer_url)).toEqual([
      'Default',
      'Random',
      'Offer URL “360”',
      'Offer URL “qq”',
    ]);
  });

  it('numbers labels that would otherwise read the same', () => {
    expect(
      landingPageLabels([page('Offer URL', 'A'), page('Default'), page('Offer URL', 'A'), page('Offer URL', 'B')]),
    ).toEqual(['Offer URL “A” #1', 'Default', 'Offer URL “A” #2', 'Offer URL “B”']);
  });

  it('calls a page with neither type nor name "Unnamed"', () => {
    expect(landingPageLabels([page(''), page('', null)])).toEqual(['Unnamed #1', 'Unnamed #2']);
  });

  it('ignores a null or empty name', () => {
    expect(landingPageLabels([page('Random', null), page('Default', '')])).toEqual(['Random', 'Default']);
  });

  it('returns no labels for no pages', () => {
    expect(landingPageLabels([])).toEqual([]);
  });
});
