import { Hono } from 'hono';
import type { DemoDataset, Offer, OfferLinks } from './data/types.ts';
import { jsonResponse } from './responses.ts';

/*
 * Test-only routes that change an offer while the demo API runs, so a test can watch the
 * app notice (a remembered link whose offer was paused). Off unless `--admin` is given;
 * the production server never mounts them.
 */

const ADMIN_ROUTES = { offer: '/__admin/offers/:id', reset: '/__admin/reset' } as const;

/** Where a test sends its changes, below the demo API's base URL. */
export const adminPaths = {
  offer: (id: string) => `/__admin/offers/${encodeURIComponent(id)}`,
  reset: ADMIN_ROUTES.reset,
} as const;

/** What a PATCH may change; every field optional, nothing else accepted. */
interface OfferChange {
  readonly status?: string;
  readonly payout?: number;
  readonly tracking_url?: string;
  /** Offerslook's main tracking link. */
  readonly tracking_link?: string;
  /** false: Offerslook answers "not approved" (1403); true: the seeded links again. */
  readonly approved?: boolean;
  /** true: Trackly answers 404 and Offerslook 1404 for this offer. */
  readonly gone?: true;
}

const CHECKS: Record<keyof OfferChange, (value: unknown) => boolean> = {
  status: (value) => typeof value === 'string' && value.trim() !== '',
  payout: (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0,
  tracking_url: (value) => typeof value === 'string',
  tracking_link: (value) => typeof value === 'string',
  approved: (value) => typeof value === 'boolean',
  gone: (value) => value === true,
};

function isChangeField(key: string): key is keyof OfferChange {
  return Object.hasOwn(CHECKS, key);
}

/** The body as a change, or the reason it is not one. */
function readChange(body: unknown): OfferChange | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The body must be a JSON object';
  const entries = Object.entries(body);
  if (entries.length === 0) return 'Nothing to change';
  for (const [key, value] of entries) {
    if (!isChangeField(key)) return `Unknown field "${key}"`;
    if (!CHECKS[key](value)) return `Invalid value for "${key}"`;
  }
  return body;
}

/** A dataset that reads through to the current state, so the routes holding it see each change. */
export interface EditableDataset {
  readonly dataset: DemoDataset;
  /** Applies a change; the offer and links after it, or null when there is no such offer. */
  change(id: string, change: OfferChange): { offer: Offer | null; links: OfferLinks | null } | null;
  reset(): void;
}

function changedLinks(
  base: OfferLinks | undefined,
  links: OfferLinks | undefined,
  change: OfferChange,
): OfferLinks | undefined {
  let next = links;
  if (change.approved === false) next = { approved: false };
  if (change.approved === true && !next?.approved) next = base?.approved ? base : next;
  if (change.tracking_link !== undefined && next?.approved) {
    next = { approved: true, tracking_link: { ...next.tracking_link, url: change.tracking_link } };
  }
  return next;
}

export function editableDataset(base: DemoDataset): EditableDataset {
  let current = base;
  const dataset: DemoDataset = {
    get referenceNow() {
      return current.referenceNow;
    },
    get offers() {
      return current.offers;
    },
    get offersById() {
      return current.offersById;
    },
    get linksById() {
      return current.linksById;
    },
  };
  return {
    dataset,
    change(id, change) {
      const offer = current.offersById.get(id);
      if (!offer) return null;
      const offersById = new Map(current.offersById);
      const linksById = new Map(current.linksById);
      if (change.gone) {
        offersById.delete(id);
        linksById.delete(id);
      } else {
        const { status, payout, tracking_url: trackingUrl } = change;
        offersById.set(id, {
          ...offer,
          ...(status === undefined ? {} : { status }),
          ...(payout === undefined ? {} : { payout }),
          ...(trackingUrl === undefined ? {} : { tracking_url: trackingUrl }),
        });
        const links = changedLinks(base.linksById.get(id), linksById.get(id), change);
        if (links) linksById.set(id, links);
      }
      // Keep the list's order: a change does not move the offer.
      const offers = current.offers.flatMap((o) => {
        const next = offersById.get(o.id);
        return next ? [next] : [];
      });
      current = { referenceNow: current.referenceNow, offers, offersById, linksById };
      return { offer: offersById.get(id) ?? null, links: linksById.get(id) ?? null };
    },
    reset() {
      current = base;
    },
  };
}

export function adminRoutes(editable: EditableDataset): Hono {
  const app = new Hono();
  app.patch(ADMIN_ROUTES.offer, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return jsonResponse(400, { error: 'The body must be JSON', code: 'invalid_body' });
    }
    const change = readChange(body);
    if (typeof change === 'string') return jsonResponse(400, { error: change, code: 'invalid_body' });
    const result = editable.change(c.req.param('id'), change);
    if (!result) return jsonResponse(404, { error: 'Offer not found', code: 'not_found' });
    return jsonResponse(200, result);
  });
  app.post(ADMIN_ROUTES.reset, () => {
    editable.reset();
    return jsonResponse(200, { reset: true });
  });
  return app;
}
