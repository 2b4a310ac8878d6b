import { lazyComponent } from '@/lib/lazy-component';
import { whenIdle } from '@/lib/when-idle';
import type { ApiErrorStateProps } from './api-error-view';

// A page that loads fine never shows an error, so its words and actions are a chunk of
// their own, fetched once the first page is idle (before most failures are shown, and
// while the network that served the page is still there).
const View = lazyComponent(
  () => import('./api-error-view').then((module) => module.ApiErrorView),
  <div className="min-h-24 rounded-lg border border-danger/50 bg-danger-soft" />,
);
whenIdle(() => void View.preload());

/** The one place that turns an ApiError into words and next steps. */
export function ApiErrorState(props: ApiErrorStateProps) {
  return <View.Component {...props} />;
}
