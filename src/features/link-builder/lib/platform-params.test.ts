import { getParamNames, platformFromExternal } from './platform-params';

describe('getParamNames', () => {
  it.each([
    {
      title: 'Offerslook uses aff_sub1..aff_sub5 and source_id',
      platform: 'offerslook',
      subs: ['aff_sub1', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'],
      source: 'source_id',
    },
    {
      title: 'TUNE uses aff_sub, aff_sub2..aff_sub5 and source',
      platform: 'tune',
      subs: ['aff_sub', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'],
      source: 'source',
    },
    {
      title: 'Everflow uses sub1..sub5 and source_id',
      platform: 'everflow',
      subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'],
      source: 'source_id',
    },
    {
      title: 'generic uses sub1..sub5 and source',
      platform: 'generic',
      subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'],
      source: 'source',
    },
  ] as const)('$title', ({ platform, subs, source }) => {
    expect(getParamNames(platform)).toEqual({ subs, source });
  });

  it('returns a copy that callers may change safely', () => {
    const names = getParamNames('tune');
    names.subs[0] = 'changed';
    expect(getParamNames('tune').subs[0]).toBe('aff_sub');
  });
});

describe('platformFromExternal', () => {
  it.each([
    ['tune', 'tune'],
    ['TUNE', 'tune'],
    [' Tune ', 'tune'],
    ['everflow', 'everflow'],
    ['EverFlow', 'everflow'],
    [null, 'generic'],
    ['', 'generic'],
    ['offerslook', 'generic'],
    ['hasoffers', 'generic'],
    ['<script>', 'generic'],
  ] as const)('%j -> %s', (external, platform) => {
    expect(platformFromExternal(external)).toBe(platform);
  });
});
