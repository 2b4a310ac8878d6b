import type { LinksStatus } from '../lib/links-status';
import { errorTitle } from '@/components/ui/api-error-words';

/** Why the builder offers only the offer tracking URL, while the affiliate links are missing. */
export function LinksNote({ id, status }: { id: string; status: LinksStatus }) {
  switch (status.kind) {
    case 'loaded':
      return null;
    case 'loading':
      return (
        <p id={id} className="text-sm text-muted">
          Loading the affiliate tracking links… Meanwhile you can build on the offer tracking URL.
        </p>
      );
    case 'refused':
      return (
        <p id={id} className="text-sm text-muted">
          The affiliate tracking links are not available for this offer: the network gives them only for offers approved
          for you. You can build on the offer tracking URL.
        </p>
      );
    case 'declined':
      // Approval advice would send the marketer the wrong way (the offer may not exist).
      return (
        <p id={id} className="text-sm text-muted">
          Offerslook gave no affiliate tracking links for this offer: see the Tracking links panel for its reason. You
          can build on the offer tracking URL.
        </p>
      );
    case 'failed': {
      const title = status.error ? errorTitle(status.error) : undefined;
      const reason = title === undefined ? '' : ` (${title.charAt(0).toLowerCase()}${title.slice(1)})`;
      return (
        <p id={id} className="text-sm text-muted">
          The affiliate tracking links could not be loaded{reason}: see the Tracking links panel to try again. Meanwhile
          you can build on the offer tracking URL.
        </p>
      );
    }
  }
}
