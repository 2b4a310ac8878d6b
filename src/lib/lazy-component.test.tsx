import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { lazyComponent } from './lazy-component';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button
      type="button"
      onClick={() => {
        setCount((value) => value + 1);
      }}
    >
      {label}: {count}
    </button>
  );
}

/** A chunk whose download the test finishes (or fails) when it chooses. */
function controlledChunk() {
  let finish: (component: typeof Counter) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let loads = 0;
  const load = () => {
    loads += 1;
    return new Promise<typeof Counter>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    load,
    finish: (component: typeof Counter) => {
      finish(component);
    },
    fail: (error: Error) => {
      fail(error);
    },
    loads: () => loads,
  };
}

describe('lazyComponent', () => {
  it('shows the fallback until the code arrives, then keeps its state through later renders', async () => {
    const chunk = controlledChunk();
    const Lazy = lazyComponent(chunk.load, <p>Loading…</p>);
    const user = userEvent.setup();
    const { rerender } = render(<Lazy.Component label="Count" />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();

    await act(async () => {
      chunk.finish(Counter);
      await Promise.resolve();
    });
    const button = await screen.findByRole('button', { name: 'Count: 0' });
    await user.click(button);
    expect(button).toHaveTextContent('Count: 1');

    rerender(<Lazy.Component label="Total" />);
    expect(screen.getByRole('button', { name: 'Total: 1' })).toBe(button);
  });

  it('draws a fallback from the props when given a function', async () => {
    const chunk = controlledChunk();
    const Lazy = lazyComponent(chunk.load, ({ label }: { label: string }) => <p>{label} soon</p>);
    render(<Lazy.Component label="Count" />);
    expect(screen.getByText('Count soon')).toBeInTheDocument();

    await act(async () => {
      chunk.finish(Counter);
      await Promise.resolve();
    });
    expect(await screen.findByRole('button', { name: 'Count: 0' })).toBeInTheDocument();
    expect(screen.queryByText('Count soon')).not.toBeInTheDocument();
  });

  it('renders at once, with no fallback, once preloaded', async () => {
    const chunk = controlledChunk();
    const Lazy = lazyComponent(chunk.load, <p>Loading…</p>);
    const preloaded = Lazy.preload();
    chunk.finish(Counter);
    await preloaded;
    render(<Lazy.Component label="Count" />);
    expect(screen.getByRole('button', { name: 'Count: 0' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('reports a failed download to the error boundary, never rejects a preload, and tries again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const chunk = controlledChunk();
    const Lazy = lazyComponent(chunk.load, <p>Loading…</p>);
    const preloaded = Lazy.preload();
    chunk.fail(new TypeError('Failed to fetch dynamically imported module'));
    await expect(preloaded).resolves.toBeUndefined();

    const user = userEvent.setup();
    render(
      <ErrorBoundary
        fallback={(_error, reset) => (
          <button type="button" onClick={reset}>
            Try again
          </button>
        )}
      >
        <Lazy.Component label="Count" />
      </ErrorBoundary>,
    );
    await act(async () => {
      chunk.fail(new TypeError('Failed to fetch dynamically imported module'));
      await Promise.resolve();
    });
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await act(async () => {
      chunk.finish(Counter);
      await Promise.resolve();
    });
    expect(await screen.findByRole('button', { name: 'Count: 0' })).toBeInTheDocument();
    expect(chunk.loads()).toBe(3);
    vi.restoreAllMocks();
  });
});
