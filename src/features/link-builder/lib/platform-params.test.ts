import { getParamNames, platformFromExternal } from './platform-params';

describe('getParamNames', () => {
  it('Offerslook uses aff_sub1..aff_sub5 and source_id', () => {
    expect(getParamNames('offerslook')).toEqual({
      subs: ['aff_sub1', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'],
      source: 'source_id',
    });
  });

  it('TUNE uses aff_sub, aff_sub2..aff_sub5 and source', () => {
    expect(getParamNames('tune')).toEqual({
      subs: ['aff_sub', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'],
      source: 'source',
    });
  });

  it('Everflow uses sub1..sub5 and source_id', () => {
    expect(getParamNames('everflow')).toEqual({
      subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'],
      source: 'source_id',
    });
  });

  it('generic uses sub1..sub5 and source', () => {
    expect(getParamNames('generic')).toEqual({
      subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'],
      source: 'source',
    });
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
