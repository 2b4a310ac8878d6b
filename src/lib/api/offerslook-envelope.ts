import { OFFERSLOOK_CODES } from '@/contract';
import type { Envelope } from '@/contract';
import { ApiError } from './api-error';
import { validateResponse } from './validate';
import type { Schema } from './validate';

/**
 * Opens an Offerslook envelope: a code other than 0 is a refusal carrying the network's
 * code and message; otherwise `data` must fit `dataSchema`.
 */
export function openEnvelope<T>(envelope: Envelope, dataSchema: Schema<T>, path: string): T {
  const origin = { path, vendor: 'offerslook' } as const;
  if (envelope.code !== OFFERSLOOK_CODES.success) {
    throw new ApiError('refused', { ...origin, upstreamCode: envelope.code, upstreamMessage: envelope.message });
  }
  return validateResponse(dataSchema, envelope.data, origin);
}
