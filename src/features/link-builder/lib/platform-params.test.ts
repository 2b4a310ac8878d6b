import { getParamNames, platformFromExternal } from './platform-params';

const EXPECTED_NAMES = {
  offerslook: { subs: ['aff_sub1', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'], source: 'source_id' },
  tune: { subs: ['aff_sub', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'], source: 'source' },
  everflow: { subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'], source: 'source_id' },
  generic: { subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'], source: 'source' },
};

describe('getParamNames', () => {
  it.each([
    ['Offerslook uses aff_sub1..aff_sub5 and source_id', 'offerslook'],
    ['TUNE uses aff_sub, aff_sub2..aff_sub5 and source', 'tune'],
    ['Everflow uses sub1..sub5 and source_id', 'everflow'],
    ['generic uses sub1..sub5 and source', 'generic'],
  ] as const)('%s', (_title, platform) => {
    expect(getParamNames(platform)).toEqual(EXPECTED_NAMES[platform]);
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
