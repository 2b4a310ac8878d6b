import type { CredentialVendor } from '@/config/runtime-config';

const VENDORS: Record<CredentialVendor, { name: string; keys: string; serves: string }> = {
  trackly: { name: 'Trackly', keys: 'key', serves: 'offers' },
  offerslook: { name: 'Offerslook', keys: 'email and key', serves: 'tracking links' },
};
const ALL: readonly CredentialVendor[] = ['trackly', 'offerslook'];

interface ServerKeysNoteProps {
  /** The vendors whose keys the server holds (never empty). */
  vendors: readonly CredentialVendor[];
  /** Keys from an earlier visit are still stored in this browser. */
  keysStoredHere: boolean;
}

/** Said instead of the key fields while the form targets a gateway that holds the keys. */
export function ServerKeysNote({ vendors, keysStoredHere }: ServerKeysNoteProps) {
  const held = vendors.map((vendor) => VENDORS[vendor].name).join(' and ');
  const missing = ALL.filter((vendor) => !vendors.includes(vendor)).map((vendor) => VENDORS[vendor]);
  return (
    <div className="space-y-2 text-sm">
      <p>
        <strong>No keys needed here.</strong> This server keeps the API keys for {held} and adds them to each request
        itself. Keys typed in this browser would not be passed on.
      </p>
      {missing.map((vendor) => (
        <p key={vendor.name}>
          It has no {vendor.name} {vendor.keys}, so {vendor.serves} cannot be loaded through it.
        </p>
      ))}
      <p className="text-muted">
        To use your own keys with a different API, enter its base URL above: the key fields appear then.
      </p>
      {keysStoredHere && (
        <p className="text-muted">
          Keys saved in this browser earlier are kept for that case. Reset to defaults forgets them.
        </p>
      )}
    </div>
  );
}
