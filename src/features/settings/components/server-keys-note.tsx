import { VENDORS } from '@/contract';
import { VENDOR_NAMES } from '@/components/ui/vendor-names';
import type { Vendor } from '@/contract';

/** What a gateway holds for each vendor, and what the app cannot load without it. */
const HELD: Record<Vendor, { keys: string; serves: string }> = {
  trackly: { keys: 'key', serves: 'offers' },
  offerslook: { keys: 'email and key', serves: 'tracking links' },
};

interface ServerKeysNoteProps {
  /** The vendors whose keys the server holds (never empty). */
  vendors: readonly Vendor[];
  /** The API that keys from an earlier visit, still stored in this browser, were saved for. */
  keysSavedFor: string | null;
}

/** Said instead of the key fields while the form targets a gateway that holds the keys. */
export function ServerKeysNote({ vendors, keysSavedFor }: ServerKeysNoteProps) {
  const held = vendors.map((vendor) => VENDOR_NAMES[vendor]).join(' and ');
  const missing = VENDORS.filter((vendor) => !vendors.includes(vendor));
  return (
    <div className="space-y-2 text-sm">
      <p>
        <strong>No keys needed here.</strong> This server keeps the API keys for {held} and adds them to each request
        itself. Keys typed in this browser would not be passed on.
      </p>
      {missing.map((vendor) => (
        <p key={vendor}>
          It has no {VENDOR_NAMES[vendor]} {HELD[vendor].keys}, so {HELD[vendor].serves} cannot be loaded through it.
        </p>
      ))}
      <p className="text-muted">
        To use your own keys with a different API, enter its base URL above: the key fields appear then.
      </p>
      {keysSavedFor !== null && (
        <p className="text-muted">
          Keys saved in this browser earlier are kept for that case. Reset to defaults forgets them. They were saved for{' '}
          <span className="font-mono break-all">{keysSavedFor}</span> and go to no other API.
        </p>
      )}
    </div>
  );
}
