import type { JsonObject, JsonValue, Offer, OfferLinks } from './types.ts';
import { HOSTILE_OFFER_IDS } from './ids.ts';

/**
 * Deliberately hostile offers: real-looking data a defensive client must render as inert
 * text (never as HTML, never as a navigable javascript:/data: URL). Every payload, if it
 * ever executes, sets `window.__xss = 1`, so browser tests can assert it stays undefined.
 */

const XSS = 'window.__xss=1';
const DATA_HTML_BASE64 = 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg=='; // <script>window.__xss=1</script>

function pixel(src: string): string {
  return `<img src='${src}'  border='0'  width='1'  height='1' />`;
}

function hostileMetadata(): JsonObject {
  const metadata: Record<string, unknown> = {
    vertical: '<b>finance</b>',
    html: `<img src=x onerror="${XSS}">`,
    script: `<script>${XSS}</script>`,
    style_breakout: `</style><script>${XSS}</script>`,
    landing_page: `data:text/html,<script>${XSS}</script>`,
    landing_page_b64: DATA_HTML_BASE64,
    logo: `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${XSS}'/>`,
    support_link: `javascript:${XSS}`,
    '<img src=x onerror="window.__xss=1">': 'a key that is HTML',
    template: `{{constructor.constructor('${XSS}')()}}`,
    rtl_override: '\u202Eexe.fdp.eciovni',
    nested: { deeper: { html: `<iframe src="javascript:${XSS}"></iframe>` } },
    list: [`<svg onload=${XSS}>`, `javascript:${XSS}`, 1, null, true],
    constructor: { prototype: { polluted: 'yes' } },
  };
  // An own "__proto__" key, as JSON.parse produces it: Object.assign()/naive merging of this
  // object would pollute prototypes.
  Object.defineProperty(metadata, '__proto__', {
    value: { polluted: 'yes' },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return metadata as JsonObject;
}

/** `{"level": {"level": … "bottom" …}}`, built without recursion. */
function deeplyNested(levels: number): JsonObject {
  let value: JsonValue = 'bottom';
  for (let level = 0; level < levels; level += 1) value = { level: value };
  return { vertical: 'security-test', tree: value };
}

const UNBROKEN = 'W'.repeat(500);

const HUGE_METADATA_KEYS = 2_000;
const HUGE_LANDING_PAGES = 300;

/** Many keys of every JSON kind, the way an account that tags offers heavily sends them. */
function hugeMetadata(): JsonObject {
  const metadata: Record<string, JsonValue> = {};
  for (let index = 1; index <= HUGE_METADATA_KEYS; index += 1) {
    const key = `tag_${String(index).padStart(4, '0')}`;
    const kind = index % 4;
    metadata[key] =
      kind === 0
        ? `value ${index} of a heavily tagged offer`
        : kind === 1
          ? index
          : kind === 2
            ? index % 3 === 0
            : { id: index };
  }
  return metadata;
}

function hugeLandingPages(): Array<{ type: string; name: string; tracking_link: string; preview_url: string }> {
  return Array.from({ length: HUGE_LANDING_PAGES }, (_, index) => ({
    type: index === 0 ? 'Default' : 'Offer URL',
    name: `Landing page ${index + 1}`,
    tracking_link: `https://oltest1.offerstrack.net/index.php?offer_id=6669&aff_id=5547&url_id=${index + 1}`,
    preview_url: `https://www.example.com/landing/${index + 1}`,
  }));
}

interface HostileEntry {
  readonly offer: Offer;
  readonly links: OfferLinks;
}

const base = {
  external_platform: 'tune',
  external_id: '6660',
  advertiser_id: 'adv_666',
  payout_type: 'cpa',
  filter_bots: true,
  status: 'active',
} as const;

export const HOSTILE_OFFERS: readonly HostileEntry[] = [
  {
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.scriptInName,
      name: `Hostile: script in name <img src=x onerror="${XSS}"> <script>${XSS}</script>`,
      tracking_url: 'https://track.example.com/click?offer_id=6661&next=%3Cscript%3E',
      payout: 6.66,
      metadata: { vertical: 'security-test', geo: '<script>window.__xss=1</script>' },
      created_at: '2026-05-02T08:00:00Z',
      updated_at: '2026-06-01T08:00:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=6661&aff_id=5547',
        impression_pixel: `<script>${XSS}</script>`,
        offer_url: [
          {
            type: 'Default',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=6661&aff_id=5547',
            preview_url: 'https://www.example.com/?q=<script>window.__xss=1</script>',
          },
        ],
      },
    },
  },
  {
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.javascriptUrls,
      name: 'Hostile: javascript: and data: URLs',
      tracking_url: `javascript:${XSS}`,
      payout: 6.67,
      metadata: { vertical: 'security-test', preview: `javascript:${XSS}` },
      created_at: '2026-05-02T08:01:00Z',
      updated_at: '2026-06-01T08:01:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: `javascript:${XSS}`,
        impression_pixel: `<img src=x onerror="${XSS}">`,
        offer_url: [
          { type: 'Default', tracking_link: `javascript:${XSS}`, preview_url: DATA_HTML_BASE64 },
          { type: 'Random', tracking_link: `JAVASCRIPT:${XSS}` },
          {
            type: 'Offer URL',
            name: `<img src=x onerror="${XSS}">`,
            tracking_link: `data:text/html,<script>${XSS}</script>`,
            preview_url: `  javascript:${XSS}`,
          },
          {
            type: 'Offer URL',
            name: 'tab-split scheme',
            tracking_link: `java\tscript:${XSS}`,
            preview_url: `vbscript:msgbox(1)`,
          },
        ],
      },
    },
  },
  {
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.htmlInMetadata,
      name: 'Hostile: HTML and data: URLs in metadata',
      tracking_url: DATA_HTML_BASE64,
      payout: 6.68,
      metadata: hostileMetadata(),
      created_at: '2026-05-02T08:02:00Z',
      updated_at: '2026-06-01T08:02:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=6663&aff_id=5547',
        impression_pixel: `<img src='javascript:${XSS}'  border='0'  width='1'  height='1' />`,
        offer_url: [
          {
            type: 'Default',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=6663&aff_id=5547',
            preview_url: `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${XSS}'/>`,
          },
        ],
      },
    },
  },
  {
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.twoPixels,
      name: 'Hostile: two pixel tags',
      tracking_url: ` JavaScript:${XSS}`,
      payout: 6.69,
      metadata: { vertical: 'security-test', note: '"><svg onload=window.__xss=1>' },
      created_at: '2026-05-02T08:03:00Z',
      updated_at: '2026-06-01T08:03:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=6664&aff_id=5547',
        impression_pixel:
          pixel('https://px1.example.com/impr.php?offer_id=6664&aff_id=5547') +
          `<img src='https://px2.example.com/impr.php?offer_id=6664' onload="${XSS}" width='1' height='1' />`,
        offer_url: [
          {
            type: 'Default',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=6664&aff_id=5547',
          },
          {
            type: 'Offer URL',
            name: `"><script>${XSS}</script>`,
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=6664&aff_id=5547&url_id=1',
            preview_url: `javascript:${XSS}`,
          },
        ],
      },
    },
  },
  {
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.iframePixel,
      name: 'Hostile: iframe pixel \u202Egnp.exe',
      tracking_url: `java\nscript:${XSS}`,
      payout: 6.7,
      metadata: { vertical: 'security-test', iframe: `<iframe srcdoc="<script>${XSS}</script>"></iframe>` },
      created_at: '2026-05-02T08:04:00Z',
      updated_at: '2026-06-01T08:04:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=6665&aff_id=5547',
        impression_pixel: `<iframe src="javascript:${XSS}" width="1" height="1" frameborder="0"></iframe>`,
        offer_url: [
          {
            type: 'Default',
            tracking_link: `data:text/html,<script>${XSS}</script>`,
            preview_url: `javascript:${XSS}`,
          },
        ],
      },
    },
  },
  {
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.unbrokenText,
      name: `Hostile: ${UNBROKEN}`,
      tracking_url: `https://track.example.com/click?offer_id=6666&token=${UNBROKEN}`,
      external_id: UNBROKEN.slice(0, 200),
      advertiser_id: `adv_${UNBROKEN.slice(0, 200)}`,
      payout: 6.71,
      metadata: {
        vertical: 'security-test',
        [`key_${UNBROKEN.slice(0, 120)}`]: 'a long key',
        long_value: UNBROKEN,
        long_url: `https://example.com/${UNBROKEN}`,
        nested: { list: [UNBROKEN, `javascript:${UNBROKEN}`] },
      },
      created_at: '2026-05-02T08:05:00Z',
      updated_at: '2026-06-01T08:05:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: `https://oltest1.offerstrack.net/index.php?offer_id=6666&aff_id=5547&t=${UNBROKEN}`,
        impression_pixel: pixel(`https://px.example.com/impr.php?offer_id=6666&t=${UNBROKEN}`),
        offer_url: [
          {
            type: 'Default',
            tracking_link: `https://oltest1.offerstrack.net/index.php?offer_id=6666&aff_id=5547&t=${UNBROKEN}`,
            preview_url: `https://www.example.com/${UNBROKEN}`,
          },
          {
            type: 'Offer URL',
            name: UNBROKEN,
            tracking_link: `https://oltest1.offerstrack.net/index.php?offer_id=6666&aff_id=5547&url_id=2&t=${UNBROKEN}`,
          },
        ],
      },
    },
  },
  {
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.deepMetadata,
      name: 'Hostile: metadata nested 1,000 levels',
      tracking_url: 'https://track.example.com/click?offer_id=6667',
      payout: 6.72,
      metadata: deeplyNested(1_000),
      created_at: '2026-05-02T08:06:00Z',
      updated_at: '2026-06-01T08:06:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=6667&aff_id=5547',
        impression_pixel: pixel('https://px.example.com/impr.php?offer_id=6667&aff_id=5547'),
        offer_url: [
          { type: 'Default', tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=6667&aff_id=5547' },
        ],
      },
    },
  },
  {
    // Spreadsheet formulas in every text cell an export writes: a CSV or a paste into a
    // sheet must show them as text, never evaluate them (OWASP "CSV Injection").
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.formulaCells,
      name: '=HYPERLINK("http://evil.example","Click")',
      tracking_url: 'https://track.example.com/click?offer_id=6668',
      external_id: '@SUM(A1)',
      advertiser_id: '+1-2',
      payout: 6.73,
      metadata: { vertical: 'security-test', note: "=cmd|' /C calc'!A0", tab: '\t=1+1' },
      created_at: '2026-05-02T08:07:00Z',
      updated_at: '2026-06-01T08:07:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=6668&aff_id=5547',
        impression_pixel: pixel('https://px.example.com/impr.php?offer_id=6668&aff_id=5547'),
        offer_url: [
          { type: 'Default', tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=6668&aff_id=5547' },
          {
            type: 'Offer URL',
            name: '-2+3',
            tracking_link: 'https://oltest1.offerstrack.net/index.php?offer_id=6668&aff_id=5547&url_id=3',
          },
        ],
      },
    },
  },
  {
    // Not an attack but a weight: every metadata row and landing page is rendered, so an
    // offer this large shows what one render of the page costs.
    offer: {
      ...base,
      id: HOSTILE_OFFER_IDS.hugeOffer,
      name: 'Hostile: 2,000 metadata keys and 300 landing pages',
      tracking_url: 'https://track.example.com/click?offer_id=6669',
      payout: 6.74,
      metadata: hugeMetadata(),
      created_at: '2026-05-02T08:08:00Z',
      updated_at: '2026-06-01T08:08:00Z',
    },
    links: {
      approved: true,
      tracking_link: {
        url: 'https://oltest1.offerstrack.net/index.php?offer_id=6669&aff_id=5547',
        impression_pixel: pixel('https://px.example.com/impr.php?offer_id=6669&aff_id=5547'),
        offer_url: hugeLandingPages(),
      },
    },
  },
];
