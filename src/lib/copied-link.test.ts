import { addedParams } from './copied-link';

describe('addedParams', () => {
  it('lists what a build set on the issued link, in the built order', () => {
    expect(addedParams('https://t.test/c?aff_id=5', 'https://t.test/c?aff_id=5&aff_sub=sms&source=fb')).toEqual([
      ['aff_sub', 'sms'],
      ['source', 'fb'],
    ]);
  });

  it('counts a replaced value as added, and an unchanged link as none', () => {
    expect(addedParams('https://t.test/c?s=a', 'https://t.test/c?s=b')).toEqual([['s', 'b']]);
    expect(addedParams('https://t.test/c?s=a', 'https://t.test/c?s=a')).toEqual([]);
  });

  it('says nothing of text that is not a URL', () => {
    expect(addedParams('not a url', 'not a url?x=1')).toEqual([]);
  });
});
