import { SelectField } from '@/components/ui/select-field';
import type { PlatformGuess } from '../lib/link-choices';
import { getParamNames } from '../lib/platform-params';
import type { LinkPlatform } from '../lib/platform-params';

const PLATFORMS: ReadonlyArray<{ platform: LinkPlatform; name: string }> = [
  { platform: 'offerslook', name: 'Offerslook' },
  { platform: 'tune', name: 'TUNE' },
  { platform: 'everflow', name: 'Everflow' },
  { platform: 'generic', name: 'Generic' },
];

/** "aff_sub1…aff_sub5, source_id" */
function namesText(platform: LinkPlatform): string {
  const names = getParamNames(platform);
  const [first] = names.subs;
  const last = names.subs[names.subs.length - 1];
  return `${first}…${last ?? ''}, ${names.source}`;
}

function optionLabel(
  platform: LinkPlatform,
  name: string,
  linkPlatform: LinkPlatform,
  guess: PlatformGuess | null,
): string {
  if (platform !== linkPlatform) return `${name}: ${namesText(platform)}`;
  if (guess === null) return `${name}: ${namesText(platform)} (this link’s platform)`;
  // Not the link's platform, only our fallback for it: say so in the list itself.
  return `${name} guess: ${namesText(platform)} (${guess.reason === 'none' ? 'no platform given' : 'platform not known'})`;
}

interface PlatformSelectProps {
  id: string;
  value: LinkPlatform;
  /** The platform the link comes from, marked in the list. */
  linkPlatform: LinkPlatform;
  /** Set when linkPlatform is only a fallback: the offer names no platform, or an unknown one. */
  guess: PlatformGuess | null;
  onChange: (platform: LinkPlatform) => void;
}

/** Whose parameter names the sub-id and source fields use. */
export function PlatformSelect({ id, value, linkPlatform, guess, onChange }: PlatformSelectProps) {
  const hintId = `${id}-hint`;
  // Shown while the fallback is in use: once another naming is chosen, it was chosen on purpose.
  const showGuess = guess !== null && value === linkPlatform;
  return (
    <SelectField
      id={id}
      label="Parameter names"
      value={value}
      options={PLATFORMS.map(({ platform, name }) => ({
        value: platform,
        label: optionLabel(platform, name, linkPlatform, guess),
      }))}
      describedBy={showGuess ? hintId : undefined}
      onChange={(picked) => {
        const next = PLATFORMS.find((item) => item.platform === picked);
        if (next) onChange(next.platform);
      }}
    >
      {showGuess && (
        <p id={hintId} className="text-sm">
          <strong className="font-semibold">
            {guess.reason === 'none' ? 'No platform given' : `Platform “${guess.given}” not known`}: choose one.
          </strong>{' '}
          {guess.reason === 'none'
            ? 'The offer does not say which platform its tracking URL runs on'
            : 'We do not know which names that platform expects'}
          , so the fields send generic names (<code>{namesText(linkPlatform)}</code>), which your platform may ignore.
        </p>
      )}
    </SelectField>
  );
}
