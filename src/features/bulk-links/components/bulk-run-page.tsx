import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { PageFallback } from '@/components/ui/page-fallback';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import type { BulkRunInput } from '@/lib/bulk-run-input';
import type { CopiedLink } from '@/lib/copied-link';
import type { BulkParams, BulkPreset } from '../lib/bulk-params';
import { NO_PARAMS } from '../lib/bulk-params';
import type { BulkTools, LoadBulkTools } from '../lib/bulk-tools';
import { loadOnce } from '@/lib/load-once';
import { loadRunCode } from '../lib/load-run-code';
import { createRowCache } from '../lib/result-rows';
import type { RowBuilder } from '../lib/result-rows';
import { useRunAnnouncements } from '../lib/run-announcements';
import { useBulkRun } from '../lib/use-bulk-run';
import { useBulkTools } from '../lib/use-bulk-tools';
import { ExportActions } from './export-actions';
import { preloadLinkCell } from './lazy-link-cell';
import { ResultsTable } from './results-table';
import { RowCopyRecorder } from './row-copy-recorder';
import { RunControls } from './run-controls';
import { RunProgress } from './run-progress';
import { SubIdsForm } from './sub-ids-form';

export interface BulkRunPageProps {
  readonly input: BulkRunInput;
  /** The links source, the link decorator and the pixel reader, loaded once the page is up. */
  readonly loadTools: LoadBulkTools;
  readonly presets: readonly BulkPreset[];
  /** Hears each link copied from the results. */
  readonly onCopy: (copy: CopiedLink) => void;
  /** Requests at once (1..8, 4 by default). */
  readonly concurrency?: number;
}

type RowTools = BulkTools & Pick<RowBuilder, 'labelPages'>;

/** The tools with the run's code and the rows' link cells: a row gets links only once all are here. */
function withRunCode(loadTools: LoadBulkTools): () => Promise<RowTools> {
  return loadOnce(() =>
    Promise.all([loadTools(), loadRunCode(), preloadLinkCell()]).then(([tools, code]) => ({
      ...tools,
      labelPages: code.landingPageLabels,
    })),
  );
}

/** The run of one selection: progress and controls, sub-ids for every link, the results and their exports. */
export function BulkRunPage({ input, loadTools, presets, onCopy, concurrency }: BulkRunPageProps) {
  const loadReady = useMemo(() => withRunCode(loadTools), [loadTools]);
  const loadSource = useCallback(() => loadReady().then((tools) => tools.source), [loadReady]);
  const run = useBulkRun(input, loadSource, concurrency);
  useRunAnnouncements(run.snapshot);
  const { tools, waiting } = useBulkTools(loadReady, run.snapshot.outcomes);
  const [params, setParams] = useState<BulkParams>(NO_PARAMS);
  const rowsOf = useMemo(
    () =>
      createRowCache(
        tools && { decorate: tools.decorate, readPixel: tools.readPixel, labelPages: tools.labelPages, params },
      ),
    [tools, params],
  );
  const rows = useMemo(
    () => rowsOf(input.offers, run.snapshot.outcomes),
    [rowsOf, input.offers, run.snapshot.outcomes],
  );
  const count = input.offers.length;
  if (waiting) return <PageFallback />;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link to={paths.offers} className="text-sm">
          ← Back to the offers
        </Link>
        <h1 className="text-2xl font-bold">
          Tracking links for {count} {count === 1 ? 'offer' : 'offers'}
        </h1>
      </div>
      <Section title="Progress" actions={<RunControls run={run} />}>
        <RunProgress snapshot={run.snapshot} />
      </Section>
      <Section title="Sub-ids">
        <SubIdsForm params={params} onChange={setParams} presets={presets} />
      </Section>
      <Section title="Results" actions={<ExportActions rows={rows} />}>
        <RowCopyRecorder value={onCopy}>
          <ResultsTable rows={rows} />
        </RowCopyRecorder>
      </Section>
    </div>
  );
}

/** The page at /bulk with no run to show. */
export function NoBulkRun() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">No tracking links to fetch</h1>
      <p>Select offers on the list, then choose to get their tracking links. The run is kept in this tab only.</p>
      <Link to={paths.offers}>Go to the offers list</Link>
    </div>
  );
}
