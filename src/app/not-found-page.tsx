import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is no page at this address.</p>
      <Link to={paths.offers}>Go to your offers</Link>
    </div>
  );
}
