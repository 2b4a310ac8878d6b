import { buildLink } from './build-link';
import { EMPTY_PARAM_VALUES, hasAnyValue, setKeys, toLinkParams } from './builder-values';
import { getParamNames } from './platform-params';

const LINK = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547';

describe('toLinkParams', () => {
  it('names the slots as the platform expects', () => {
    const values = { ...EMPTY_PARAM_VALUES, subs: ['a', 'b', '', '', 'e'] as const, source: 's' };
    expect(buildLink(LINK, toLinkParams(values, getParamNames('offerslook'))).url).toBe(
      `${LINK}&aff_sub1=a&aff_sub2=b&aff_sub5=e&source_id=s`,
    );
    expect(buildLink(LINK, toLinkParams(values, getParamNames('tune'))).url).toBe(
      `${LINK}&aff_sub=a&aff_sub2=b&aff_sub5=e&source=s`,
    );
    expect(buildLink(LINK, toLinkParams(values, getParamNames('everflow'))).url).toBe(
      `${LINK}&sub1=a&sub2=b&sub5=e&source_id=s`,
    );
  });

  it('lets a free pair with a slot name win, and trims free keys', () => {
    const values = {
      ...EMPTY_PARAM_VALUES,
      subs: ['a', '', '', '', ''] as const,
      extra: [{ key: ' aff_sub1 ', value: 'z' }],
    };
    expect(buildLink(LINK, toLinkParams(values, getParamNames('offerslook'))).url).toBe(`${LINK}&aff_sub1=z`);
  });

  it('setKeys lists the keys that will be set', () => {
    const values = {
      ...EMPTY_PARAM_VALUES,
      subs: ['a', '', '', '', ''] as const,
      extra: [
        { key: 'k', value: '' },
        { key: '', value: 'v' },
        { key: 'aff_id', value: '1' },
      ],
    };
    expect([...setKeys(toLinkParams(values, getParamNames('offerslook')))]).toEqual(['aff_sub1', 'aff_id']);
  });

  it('hasAnyValue', () => {
    expect(hasAnyValue(EMPTY_PARAM_VALUES)).toBe(false);
    expect(hasAnyValue({ ...EMPTY_PARAM_VALUES, keepMacros: true })).toBe(false);
    expect(hasAnyValue({ ...EMPTY_PARAM_VALUES, source: 'x' })).toBe(true);
    expect(hasAnyValue({ ...EMPTY_PARAM_VALUES, extra: [{ key: 'k', value: '' }] })).toBe(true);
  });
});
