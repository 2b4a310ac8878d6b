import type { Random } from './random.ts';
import type { LandingPage, OfferLinks, TrackingLink } from './types.ts';
import { LANDING_PAGE_NAMES, OFFERSLOOK_HOSTS, PIXEL_HOSTS, PREVIEW_HOSTS } from './vocab.ts';

/** The demo affiliate's id on the Offerslook network (as in the published example). */
const AFF_ID = 5547;

function generatePixel(rng: Random, olOfferId: number): string {
  const roll = rng.float();
  if (roll < 0.05) return '';
  const query = `impr.php?offer_id=${olOfferId}&aff_id=${AFF_ID}`;
  if (roll < 0.65) return `<img src='http://${rng.pick(PIXEL_HOSTS)}/${query}'  border='0'  width='1'  height='1' />`;
  if (roll < 0.85) return `<img src='https://${rng.pick(PIXEL_HOSTS)}/${query}'  border='0'  width='1'  height='1' />`;
  return `<img src="https://${rng.pick(PIXEL_HOSTS)}/${query}" border="0" width="1" height="1" />`;
}

function previewUrl(rng: Random): string {
  return `https://${rng.pick(PREVIEW_HOSTS)}/lp/${rng.hex(6)}`;
}

function generateLandingPages(rng: Random, base: string): LandingPage[] {
  const count = rng.int(1, 6);
  const pages: LandingPage[] = [];
  const first: LandingPage = { type: 'Default', tracking_link: base };
  pages.push(rng.chance(0.85) ? { ...first, preview_url: previewUrl(rng) } : first);
  let urlId = rng.int(1, 400);
  for (let i = 1; i < count; i += 1) {
    if (i === 1 && rng.chance(0.6)) {
      pages.push({ type: 'Random', tracking_link: `${base}&random_url=1` });
      continue;
    }
    urlId += rng.int(1, 5);
    const page: LandingPage = {
      type: 'Offer URL',
      name: rng.pick(LANDING_PAGE_NAMES),
      tracking_link: `${base}&url_id=${urlId}`,
    };
    pages.push(rng.chance(0.75) ? { ...page, preview_url: previewUrl(rng) } : page);
  }
  return pages;
}

/** Tracking links for a generated offer; ~5% are not approved for the demo affiliate and
 * ~5% of pixels are empty strings. `olOfferId` is the offer's numeric id on Offerslook. */
export function generateLinks(rng: Random, olOfferId: number): OfferLinks {
  const scheme = rng.chance(0.75) ? 'https' : 'http';
  const url = `${scheme}://${rng.pick(OFFERSLOOK_HOSTS)}/index.php?offer_id=${olOfferId}&aff_id=${AFF_ID}`;
  const approved = !rng.chance(0.05);
  const trackingLink: TrackingLink = {
    url,
    impression_pixel: generatePixel(rng, olOfferId),
    offer_url: generateLandingPages(rng, url),
  };
  return approved ? { approved: true, tracking_link: trackingLink } : { approved: false };
}
