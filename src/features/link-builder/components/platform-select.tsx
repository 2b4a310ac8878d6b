import { getParamNames } from '../lib/platform-params';
import type { LinkPlatform } from '../lib/platform-params';

const PLATFORMS: ReadonlyArray<{ platform: LinkPlatform; name: string }> = [
  { platform: 'offerslook', name: 'Offerslook' },
  { platform: 'tune', name: 'TUNE' },
  { platform: 'everflow', name: 'Everflow' },
  { platform: 'generic', name: 'Generic' },
];

function optionLabel(platform: LinkPlatform, name: string, isLinks: boolean): string {
  const names = getParamNames(platform);
  const [first] = names.subs;
  const last = names.subs[names.subs.length - 1];
  return `${name}: ${first}…${last ?? ''}, ${names.source}${isLinks ? ' (this link’s platform)' : ''}`;
}

interface PlatformSelectProps {
  id: string;
  value: LinkPlatform;
  /** The platform the link comes from, marked in the list. */
  linkPlatform: LinkPlatform;
  onChange: (platform: LinkPlatform) => void;
}

/** Whose parameter names the sub-id and source fields use. */
export function PlatformSelect({ id, value, linkPlatform, onChange }: PlatformSelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="label">
        Parameter names
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => {
          const next = PLATFORMS.find((item) => item.platform === event.target.value);
          if (next) onChange(next.platform);
        }}
      >
        {PLATFORMS.map(({ platform, name }) => (
          <option key={platform} value={platform}>
            {optionLabel(platform, name, platform === linkPlatform)}
          </option>
        ))}
      </select>
    </div>
  );
}
