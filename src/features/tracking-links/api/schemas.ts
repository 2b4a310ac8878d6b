import { z } from 'zod/mini';

/** Offerslook wraps every answer: `code` 0 is success, anything else a refusal. */
export const envelopeSchema = z.object({
  code: z.number(),
  message: z.string(),
  data: z.optional(z.unknown()),
});

export const landingPageSchema = z.object({
  type: z.string(),
  name: z.optional(z.nullable(z.string())),
  tracking_link: z.string(),
  preview_url: z.optional(z.nullable(z.string())),
});

export const trackingLinkDataSchema = z.object({
  tracking_link: z.object({
    url: z.string(),
    impression_pixel: z.string(),
    offer_url: z.array(landingPageSchema),
  }),
});

export type LandingPage = z.infer<typeof landingPageSchema>;
export type TrackingLinks = z.infer<typeof trackingLinkDataSchema>['tracking_link'];
