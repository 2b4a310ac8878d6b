import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { PageError } from './page-error';

/** Throws while `broken` is true, as a page with a render bug would. */
function Fragile({ broken }: { broken: () => boolean }) {
  if (broken()) throw new Error('Cannot read properties of undefined (reading "name")');
  return <p>The page works</p>;
}

function Shell({ broken }: { broken: () => boolean }) {
  const { pathname } = useLocation();
  return (
    <>
      <Link to="/elsewhere">Elsewhere</Link>
      <ErrorBoundary resetKey={pathname} fallback={(error, reset) => <PageError error={error} onRetry={reset} />}>
        <Routes>
          <Route path="/page" element={<Fragile broken={broken} />} />
          <Route path="/offers" element={<p>Offers list</p>} />
          <Route path="/elsewhere" element={<p>Another page</p>} />
        </Routes>
      </ErrorBoundary>
    </>
  );
}

function renderShell(broken: () => boolean) {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/page']}>
      <Shell broken={broken} />
    </MemoryRouter>,
  );
  return { user };
}

// React logs every caught render error; the test expects them.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a page that fails to render', () => {
  it('says so instead of going blank, and Try again renders it afresh', async () => {
    let broken = true;
    const { user } = renderShell(() => broken);
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toHaveFocus();
    expect(alert).toHaveTextContent('Your settings and recently viewed offers are kept.');
    await user.click(screen.getByText('Technical details'));
    expect(alert).toHaveTextContent('Cannot read properties of undefined (reading "name")');

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The page works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears when the user goes to another page', async () => {
    const { user } = renderShell(() => true);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(screen.getByText('Another page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a way back to the offers', async () => {
    const { user } = renderShell(() => true);
    await user.click(screen.getByRole('link', { name: 'Back to offers' }));
    expect(screen.getByText('Offers list')).toBeInTheDocument();
  });
});

describe('a page whose code does not arrive', () => {
  it('explains it and offers a reload', () => {
    function Missing(): never {
      throw new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/offers-page-abc.js');
    }
    render(
      <MemoryRouter>
        <ErrorBoundary fallback={(error, reset) => <PageError error={error} onRetry={reset} />}>
          <Missing />
        </ErrorBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('a newer version of the dashboard was deployed');
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
