export type LinkPlatform = 'offerslook' | 'tune' | 'everflow' | 'generic';

export interface PlatformParamNames {
  subs: [string, string, string, string, string];
  source: string;
}

const PARAM_NAMES: Readonly<Record<LinkPlatform, PlatformParamNames>> = {
  offerslook: { subs: ['aff_sub1', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'], source: 'source_id' },
  tune: { subs: ['aff_sub', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'], source: 'source' },
  everflow: { subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'], source: 'source_id' },
  generic: { subs: ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'], source: 'source' },
};

/** The sub-id and source parameter names a platform's tracking links understand. */
export function getParamNames(platform: LinkPlatform): PlatformParamNames {
  const names = PARAM_NAMES[platform];
  // A fresh copy, so callers cannot mutate the shared table.
  return { subs: [...names.subs], source: names.source };
}

/** Maps a Trackly offer's `external_platform` (untrusted free text) to a platform. */
export function platformFromExternal(externalPlatform: string | null): LinkPlatform {
  switch (externalPlatform?.trim().toLowerCase()) {
    case 'tune':
      return 'tune';
    case 'everflow':
      return 'everflow';
    default:
      return 'generic';
  }
}
