import { OFFER_STATUSES as KNOWN_STATUSES } from '@/contract';
import type { OfferStatus as KnownStatus } from '@/contract';

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export interface ListView {
  /** undefined = the API's default: every offer that is not archived. */
  status: KnownStatus | undefined;
  page: number;
  perPage: number;
  /** Narrows the rows of the page shown; never sent to the API. */
  q: string;
}

function positiveInt(value: string | null, fallback: number): number {
  if (!value || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}

/** Reads the list view from the URL, ignoring anything malformed rather than failing. */
export function readListView(params: URLSearchParams): ListView {
  const status = params.get('status');
  const perPage = positiveInt(params.get('per_page'), DEFAULT_PAGE_SIZE);
  return {
    status: (KNOWN_STATUSES as readonly string[]).includes(status ?? '') ? (status as KnownStatus) : undefined,
    page: positiveInt(params.get('page'), 1),
    perPage: (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : DEFAULT_PAGE_SIZE,
    q: params.get('q') ?? '',
  };
}

/** Writes only what differs from the defaults, so shared URLs stay short. */
export function writeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.page !== 1) params.set('page', String(view.page));
  if (view.perPage !== DEFAULT_PAGE_SIZE) params.set('per_page', String(view.perPage));
  if (view.q) params.set('q', view.q);
  return params;
}
