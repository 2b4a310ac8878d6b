import { publishedOffer, publishedTrackingLinks } from '@/testing/fixtures';
import { linkChoices, pickChoice } from './link-choices';

describe('linkChoices', () => {
  it('lists the offer URL, the main link and each landing page with its platform', () => {
    const choices = linkChoices(publishedOffer, publishedTrackingLinks);
    expect(choices.map(({ id, label, platform }) => [id, label, platform])).toEqual([
      ['offer', 'Offer tracking URL', 'tune'],
      ['main', 'Main tracking link', 'offerslook'],
      ['landing:Default', 'Default landing page', 'offerslook'],
      ['landing:Random', 'Random landing page', 'offerslook'],
      ['landing:Offer URL “360”', 'Offer URL “360” landing page', 'offerslook'],
      ['landing:Offer URL “qq”', 'Offer URL “qq” landing page', 'offerslook'],
    ]);
    expect(choices[1]?.url).toBe(publishedTrackingLinks.url);
  });

  it('names the offer URL by its external platform; unknown platforms get generic names', () => {
    expect(linkChoices({ ...publishedOffer, external_platform: 'Everflow' }, undefined)[0]?.platform).toBe('everflow');
    expect(linkChoices({ ...publishedOffer, external_platform: null }, undefined)[0]?.platform).toBe('generic');
    expect(linkChoices({ ...publishedOffer, external_platform: 'cake' }, undefined)[0]?.platform).toBe('generic');
  });

  it('says when the offer URL naming is only a guess, and why', () => {
    const guess = (external_platform: string | null) =>
      linkChoices({ ...publishedOffer, external_platform }, publishedTrackingLinks).map(
        (choice) => choice.platformGuess,
      );
    expect(guess('tune')).toEqual([null, null, null, null, null, null]);
    expect(guess(null)[0]).toEqual({ reason: 'none' });
    expect(guess('  ')[0]).toEqual({ reason: 'none' });
    expect(guess(' Cake ')[0]).toEqual({ reason: 'unknown', given: 'Cake' });
    // Untrusted free text: repeated to the user only so far.
    expect(guess('x'.repeat(100))[0]).toEqual({ reason: 'unknown', given: `${'x'.repeat(40)}…` });
    // The affiliate links are Offerslook's, whatever the offer says.
    expect(guess(null).slice(1)).toEqual([null, null, null, null, null]);
  });

  it('offers only http(s) links', () => {
    const choices = linkChoices(
      { tracking_url: 'javascript:alert(1)', external_platform: null },
      {
        url: 'data:text/html,hi',
        impression_pixel: '',
        offer_url: [
          { type: 'Default', tracking_link: ' JaVaScRiPt:alert(1)' },
          { type: 'Random', tracking_link: 'https://t.example/?r=1' },
        ],
      },
    );
    expect(choices.map((choice) => choice.id)).toEqual(['landing:Random']);
  });

  it('pickChoice: the remembered one, else the main link, else the first', () => {
    const choices = linkChoices(publishedOffer, publishedTrackingLinks);
    expect(pickChoice(choices, 'landing:Random')?.id).toBe('landing:Random');
    expect(pickChoice(choices, 'landing:Gone')?.id).toBe('main');
    expect(pickChoice(choices, null)?.id).toBe('main');
    expect(pickChoice(linkChoices(publishedOffer, undefined), null)?.id).toBe('offer');
    expect(pickChoice([], null)).toBeUndefined();
  });
});
