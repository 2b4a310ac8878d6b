import { DEFAULT_MESSAGE_ID_FIELD } from '@/lib/message-id-field';
import type { MessageIdField } from '@/lib/message-id-field';
import { attributionWarnings, warningsByParam } from './attribution-guard';
import type { GuardInput } from './attribution-guard';
import { getParamNames } from './platform-params';
import type { LinkPlatform } from './platform-params';
import { queryParams } from './query-params';

interface Options {
  link?: string;
  messageIdField?: MessageIdField;
}

const TUNE_SUBS = getParamNames('tune').subs;

/** The guard's input for a link and the values put in by name, as the builder passes them. */
function input(
  platform: LinkPlatform,
  values: Record<string, string>,
  { link = 'https://t.example.com/aff_c?offer_id=1', messageIdField = DEFAULT_MESSAGE_ID_FIELD }: Options = {},
): GuardInput {
  const names = getParamNames(platform);
  return {
    platform,
    subNames: names.subs,
    params: Object.entries(values).map(([key, value]) => ({ key, value })),
    existing: queryParams(link),
    messageIdField,
  };
}

describe('attributionWarnings: the message-id field', () => {
  it('warns when a value goes into aff_sub on a TUNE link, offering the next free slot', () => {
    expect(attributionWarnings(input('tune', { aff_sub: 'abc' }))).toEqual([
      { kind: 'message-id', param: 'aff_sub', nextFreeSlot: { slot: 1, param: 'aff_sub2' } },
    ]);
  });

  it('says nothing of aff_sub when it is empty, or on a link that is not TUNE', () => {
    expect(attributionWarnings(input('tune', { aff_sub: '', aff_sub2: 'abc' }))).toEqual([]);
    expect(attributionWarnings(input('generic', { aff_sub: 'abc' }))).toEqual([]);
    expect(attributionWarnings(input('offerslook', { aff_sub1: 'abc' }))).toEqual([]);
    expect(attributionWarnings(input('everflow', { sub1: 'abc' }))).toEqual([]);
  });

  it('follows the account’s setting: aff_sub is then free, aff_sub3 is not', () => {
    const settings = { messageIdField: 'aff_sub3' as const };
    expect(attributionWarnings(input('tune', { aff_sub: 'abc' }, settings))).toEqual([]);
    expect(attributionWarnings(input('tune', { aff_sub3: 'abc' }, settings))).toEqual([
      { kind: 'message-id', param: 'aff_sub3', nextFreeSlot: { slot: 3, param: 'aff_sub4' } },
    ]);
  });

  it('warns on a free row or the source field that sets the message-id field', () => {
    expect(
      attributionWarnings(input('tune', { affiliate_unique2: 'x' }, { messageIdField: 'affiliate_unique2' })),
    ).toEqual([{ kind: 'message-id', param: 'affiliate_unique2', nextFreeSlot: { slot: 0, param: 'aff_sub' } }]);
    expect(attributionWarnings(input('tune', { source: 'sms' }, { messageIdField: 'source' }))).toEqual([
      { kind: 'message-id', param: 'source', nextFreeSlot: { slot: 0, param: 'aff_sub' } },
    ]);
  });

  it('offers the next slot that nothing sets, that the link lacks, and that is not the message-id field', () => {
    const values = { aff_sub: 'abc', aff_sub2: 'b', aff_sub4: 'd' };
    // aff_sub2 and aff_sub4 are filled, aff_sub3 is on the link already: aff_sub5.
    const link = 'https://t.example.com/aff_c?offer_id=1&aff_sub3=x';
    expect(attributionWarnings(input('tune', values, { link }))[0]).toEqual({
      kind: 'message-id',
      param: 'aff_sub',
      nextFreeSlot: { slot: 4, param: 'aff_sub5' },
    });
    // From the last slot it wraps round, past the message-id field.
    expect(
      attributionWarnings(input('tune', { aff_sub5: 'e', aff_sub2: 'b' }, { messageIdField: 'aff_sub5' }))[0],
    ).toEqual({ kind: 'message-id', param: 'aff_sub5', nextFreeSlot: { slot: 0, param: 'aff_sub' } });
    // A free row that sets a slot's name fills that slot too.
    expect(
      attributionWarnings(input('tune', { aff_sub: 'a', aff_sub2: 'b', aff_sub3: 'c', aff_sub4: 'd' }))[0],
    ).toEqual({ kind: 'message-id', param: 'aff_sub', nextFreeSlot: { slot: 4, param: 'aff_sub5' } });
  });

  it('offers no slot when every other one is taken', () => {
    const values = Object.fromEntries(TUNE_SUBS.map((name) => [name, 'x']));
    expect(attributionWarnings(input('tune', values))).toEqual([{ kind: 'message-id', param: 'aff_sub' }]);
  });
});

describe('attributionWarnings: click_id and overwrites', () => {
  it.each<LinkPlatform>(['tune', 'offerslook', 'everflow', 'generic'])('warns on click_id on a %s link', (platform) => {
    expect(attributionWarnings(input(platform, { click_id: '{click_id}' }))).toEqual([
      { kind: 'click-id', param: 'click_id' },
    ]);
  });

  it('warns when a value replaces one the link has, naming it as the link has it', () => {
    const link = 'https://t.example.com/?sub1=sms&aff_sub3=a%20b';
    expect(attributionWarnings(input('everflow', { sub1: 'push' }, { link }))).toEqual([
      { kind: 'overwrite', param: 'sub1', existing: 'sub1=sms' },
    ]);
    expect(attributionWarnings(input('tune', { aff_sub3: 'c' }, { link }))).toEqual([
      { kind: 'overwrite', param: 'aff_sub3', existing: 'aff_sub3=a%20b' },
    ]);
  });

  it('says nothing when the value is the one the link has', () => {
    const link = 'https://t.example.com/?sub1=sms&aff_sub3=a%20b';
    expect(attributionWarnings(input('everflow', { sub1: 'sms' }, { link }))).toEqual([]);
    expect(attributionWarnings(input('tune', { aff_sub3: 'a b' }, { link }))).toEqual([]);
  });

  it('judges the value the link ends up with: the last one set for a name', () => {
    const link = 'https://t.example.com/?sub1=sms';
    const params = [
      { key: 'sub1', value: 'push' },
      { key: 'sub1', value: 'sms' },
    ];
    expect(attributionWarnings({ ...input('everflow', {}, { link }), params })).toEqual([]);
  });

  it('gives every cause for one parameter, grouped by parameter', () => {
    const link = 'https://t.example.com/aff_c?aff_sub=old&click_id=1';
    const warnings = attributionWarnings(input('tune', { aff_sub: 'new', click_id: '2' }, { link }));
    expect(warningsByParam(warnings)).toEqual(
      new Map([
        [
          'aff_sub',
          [
            { kind: 'message-id', param: 'aff_sub', nextFreeSlot: { slot: 1, param: 'aff_sub2' } },
            { kind: 'overwrite', param: 'aff_sub', existing: 'aff_sub=old' },
          ],
        ],
        [
          'click_id',
          [
            { kind: 'click-id', param: 'click_id' },
            { kind: 'overwrite', param: 'click_id', existing: 'click_id=1' },
          ],
        ],
      ]),
    );
  });
});
