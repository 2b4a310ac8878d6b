/** What a label is made of: a landing page's type and optional name. */
interface LabelledPage {
  readonly type: string;
  readonly name?: string | null | undefined;
}

/** "Default", "Random", or "Offer URL “360”"; numbered when two would read the same. */
export function landingPageLabels(pages: readonly LabelledPage[]): string[] {
  const base = pages.map((page) => (page.name ? `${page.type} “${page.name}”` : page.type || 'Unnamed'));
  const counts = new Map<string, number>();
  for (const label of base) counts.set(label, (counts.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return base.map((label) => {
    if ((counts.get(label) ?? 0) < 2) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} #${n}`;
  });
}
