import { formatCount } from '@/lib/format-numbers';
/**
 * "N flagged" next to the Links navigation link, tied to it by aria-describedby (`id`), so
 * the link's name stays "Links". Nothing at all when none is flagged.
 */
export function FlaggedCountBadge({ id, count }: { id: string; count: number }) {
  if (count <= 0) return null;
  return (
    <span
      id={id}
      className="ml-1 rounded-full border border-warning/40 bg-warning-soft px-1.5 py-0.5 text-xs font-semibold text-warning"
    >
      {`${formatCount(count)} flagged`}
    </span>
  );
}
