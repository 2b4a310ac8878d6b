import type { ViewNode } from '@/lib/json-view';
import { toJsonText } from '@/lib/json-view';
import { isSafeHttpUrl, isUnsafeLink } from '@/lib/url-safety';
import { CopyButton } from './copy-button';
import { SafeLink, UnsafeUrl } from './safe-link';
import { formatCount } from '@/lib/format-numbers';

function More({ count, what }: { count: number; what: string }) {
  if (count <= 0) return null;
  return (
    <p className="text-sm text-muted italic">
      … {formatCount(count)} more {what}
    </p>
  );
}

function StringView({ value }: { value: string }) {
  if (value === '') return <span className="text-muted italic">(empty string)</span>;
  if (isSafeHttpUrl(value)) return <SafeLink href={value} external className="break-all" />;
  if (isUnsafeLink(value)) return <UnsafeUrl value={value} />;
  return <span className="wrap-anywhere whitespace-pre-wrap">{value}</span>;
}

function DeepView({ levels, value, path }: { levels: number; value: unknown; path: string }) {
  const json = toJsonText(value);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-muted italic">
        nested {formatCount(levels)} more {levels === 1 ? 'level' : 'levels'}
      </span>
      {json === null ? (
        <span className="text-sm text-muted">(too deep to copy)</span>
      ) : (
        <CopyButton text={json} what={`${path} as JSON`} />
      )}
    </span>
  );
}

/**
 * One metadata value, drawn from a bounded view: the view is at most a few levels deep,
 * so this recursion is bounded too. `path` names the value in the copy button.
 */
export function JsonValueView({ node, path }: { node: ViewNode; path: string }) {
  switch (node.kind) {
    case 'primitive': {
      const { value } = node;
      if (value === null) return <span className="text-muted italic">null</span>;
      if (typeof value === 'string') return <StringView value={value} />;
      return <span className="font-mono">{String(value)}</span>;
    }
    case 'deep':
      return <DeepView levels={node.levels} value={node.value} path={path} />;
    case 'other':
      return <span className="font-mono">{node.type}</span>;
    case 'list':
      if (node.items.length === 0 && node.hidden === 0) return <span className="text-muted italic">(empty list)</span>;
      return (
        <>
          <ol className="list-decimal space-y-1 pl-5">
            {node.items.map((item, index) => (
              // Array items have no identity other than their position.
              <li key={index}>
                <JsonValueView node={item} path={`${path}[${index}]`} />
              </li>
            ))}
          </ol>
          <More count={node.hidden} what="items" />
        </>
      );
    case 'object':
      if (node.entries.length === 0 && node.hidden === 0) {
        return <span className="text-muted italic">(empty object)</span>;
      }
      return (
        <>
          <dl className="space-y-1 border-l-2 border-border pl-3">
            {node.entries.map(({ key, node: child }) => (
              // A key sits beside a plain value, above a nested one: eight levels of
              // side-by-side columns would not fit a phone.
              <div key={key} className="flex flex-wrap items-baseline gap-x-3">
                <dt className="font-mono text-sm break-all text-muted">{key}</dt>
                <dd className={child.kind === 'object' || child.kind === 'list' ? 'min-w-0 basis-full' : 'min-w-0'}>
                  <JsonValueView node={child} path={`${path}.${key}`} />
                </dd>
              </div>
            ))}
          </dl>
          <More count={node.hidden} what="keys" />
        </>
      );
  }
}
