import * as v from 'valibot';
import { storedValue } from './stored-value';
import { useStoredValue } from './use-stored-value';

/**
 * The HasOffers fields Trackly's TUNE integration can carry its message id in (the
 * account's "Message ID Field" setting, Trackly docs "TUNE integration").
 */
export const MESSAGE_ID_FIELDS = [
  'aff_sub',
  'aff_sub2',
  'aff_sub3',
  'aff_sub4',
  'aff_sub5',
  'affiliate_unique1',
  'affiliate_unique2',
  'affiliate_unique3',
  'affiliate_unique4',
  'affiliate_unique5',
  'source',
] as const;

export type MessageIdField = (typeof MESSAGE_ID_FIELDS)[number];

/** Trackly's own default. */
export const DEFAULT_MESSAGE_ID_FIELD: MessageIdField = 'aff_sub';

/**
 * Which field the user's Trackly account uses, set in Settings and read by the link
 * builder; kept on this device and followed across tabs.
 */
export const messageIdField = storedValue<MessageIdField>({
  key: 'offers-dashboard.trackly-message-id-field',
  kind: 'local',
  schema: v.picklist(MESSAGE_ID_FIELDS),
  version: 1,
  fallback: DEFAULT_MESSAGE_ID_FIELD,
});

export function useMessageIdField(): MessageIdField {
  return useStoredValue(messageIdField);
}
