import type { MessageIdField } from '@/lib/message-id-field';
import type { LinkParam } from './build-link';
import type { LinkPlatform } from './platform-params';

/** Trackly appends it to every link it sends (Trackly docs, "Link tracking"). */
const CLICK_ID = 'click_id';

/** A sub-id slot a value can move to: its index and its name on this platform. */
interface FreeSlot {
  readonly slot: number;
  readonly param: string;
}

export type GuardWarning =
  /** The value lands in the field Trackly's TUNE integration carries its message id in. */
  | { readonly kind: 'message-id'; readonly param: string; readonly nextFreeSlot?: FreeSlot }
  /** The value lands in `click_id`, which Trackly adds itself. */
  | { readonly kind: 'click-id'; readonly param: string }
  /** The link already has this parameter with another value: `existing` is its `key=value` text. */
  | { readonly kind: 'overwrite'; readonly param: string; readonly existing: string };

export interface GuardInput {
  /** Whose parameter names the builder uses for this link. */
  readonly platform: LinkPlatform;
  /** The platform's sub-id slot names, in order. */
  readonly subNames: readonly string[];
  /** What the builder adds (sub slots, source, free rows), as buildLink takes them. */
  readonly params: readonly LinkParam[];
  /** The parameters the link already has, decoded, with their `key=value` text. */
  readonly existing: ReadonlyArray<{ readonly key: string; readonly value: string; readonly raw: string }>;
  /** The account's Trackly "Message ID Field". */
  readonly messageIdField: MessageIdField;
}

/** The parameters buildLink will set, with the value each ends up with (the last one wins). */
function addedValues(params: readonly LinkParam[]): Map<string, string> {
  const added = new Map<string, string>();
  for (const { key, value } of params) if (key !== '' && value !== '') added.set(key, value);
  return added;
}

/**
 * The sub-id slot after `from` (wrapping round) that nothing sets yet, that the link
 * does not already have, and that Trackly does not use itself.
 */
function nextFreeSlot(input: GuardInput, from: number, taken: ReadonlySet<string>): FreeSlot | undefined {
  const count = input.subNames.length;
  for (let step = 1; step <= count; step += 1) {
    const slot = (from + step) % count;
    const param = input.subNames[slot];
    if (param !== undefined && !taken.has(param)) return { slot, param };
  }
  return undefined;
}

/**
 * What could break Trackly's attribution, or silently change the link, in the values
 * being added: a warning per parameter and cause. It never blocks building the link.
 */
export function attributionWarnings(input: GuardInput): GuardWarning[] {
  const added = addedValues(input.params);
  const existing = new Map<string, { value: string; raw: string }>();
  for (const param of input.existing) if (!existing.has(param.key)) existing.set(param.key, param);
  const taken = new Set([...added.keys(), ...existing.keys(), CLICK_ID]);
  if (input.platform === 'tune') taken.add(input.messageIdField);

  const warnings: GuardWarning[] = [];
  for (const [param, value] of added) {
    if (input.platform === 'tune' && param === input.messageIdField) {
      // A value in a slot moves on from that slot; one from elsewhere to the first free slot.
      const free = nextFreeSlot(input, input.subNames.indexOf(param), taken);
      warnings.push(free ? { kind: 'message-id', param, nextFreeSlot: free } : { kind: 'message-id', param });
    }
    if (param === CLICK_ID) warnings.push({ kind: 'click-id', param });
    const had = existing.get(param);
    if (had !== undefined && had.value !== value) warnings.push({ kind: 'overwrite', param, existing: had.raw });
  }
  return warnings;
}

/** The warnings by parameter, for the fields that set each. */
export function warningsByParam(warnings: readonly GuardWarning[]): Map<string, GuardWarning[]> {
  const byParam = new Map<string, GuardWarning[]>();
  for (const warning of warnings) byParam.set(warning.param, [...(byParam.get(warning.param) ?? []), warning]);
  return byParam;
}
