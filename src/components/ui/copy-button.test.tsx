import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setExecCommand, setSecureContext } from '@/testing/browser-apis';
import { AnnouncerProvider } from './announcer';
import { issuedLink } from '@/lib/copied-link';
import type { CopiedLink } from '@/lib/copied-link';
import { CopyButton } from './copy-button';
import { CopyRecorderContext } from './copy-recorder';

const LINK = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7';

function renderButton(props: { text?: string; what?: string; compact?: boolean } = {}) {
  render(
    <AnnouncerProvider>
      <p>Some text before the button</p>
      <CopyButton text={props.text ?? LINK} what={props.what ?? 'tracking link'} compact={props.compact ?? false} />
    </AnnouncerProvider>,
  );
  return screen.getByRole('button', { name: `Copy ${props.what ?? 'tracking link'}` });
}

const restorers: Array<() => void> = [];
afterEach(() => {
  while (restorers.length) restorers.pop()?.();
  vi.useRealTimers();
});

describe('CopyButton in a secure context (Clipboard API)', () => {
  beforeEach(() => {
    restorers.push(setSecureContext(true));
  });

  it('writes the exact text to the clipboard and shows "Copied"', async () => {
    const user = userEvent.setup();
    const button = renderButton();
    expect(button).toHaveTextContent('Copy');

    await user.click(button);

    await expect(navigator.clipboard.readText()).resolves.toBe(LINK);
    expect(button).toHaveTextContent('Copied');
    expect(button).not.toHaveTextContent('Copy failed');
  });

  it('copies text with quotes, tags and non-ASCII characters byte for byte', async () => {
    const user = userEvent.setup();
    const text = `<img src='http://x.example/impr.php?a=1&b=ü'  border='0' /> “quoted” 🔗`;
    await user.click(renderButton({ text, what: 'impression pixel' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(text);
  });

  it('announces the copy in the polite live region', async () => {
    const user = userEvent.setup();
    await user.click(renderButton());
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => {
      expect(region).toHaveTextContent('Copied tracking link to the clipboard');
    });
  });

  it('goes back to "Copy" a little later', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const button = renderButton();
    await user.click(button);
    await waitFor(() => {
      expect(button).toHaveTextContent('Copied');
    });

    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(button).toHaveTextContent('Copied');

    act(() => {
      vi.advanceTimersByTime(1_500);
    });
    expect(button).toHaveTextContent(/^Copy$/);
  });

  it('keeps its accessible name "Copy …" while showing "Copied"', async () => {
    const user = userEvent.setup();
    await user.click(renderButton());
    expect(screen.getByRole('button', { name: 'Copy tracking link' })).toHaveTextContent('Copied');
  });

  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
  ])('copies with the keyboard: Tab to it, then %s', async (_name, keys) => {
    const user = userEvent.setup();
    const button = renderButton();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard(keys);
    await expect(navigator.clipboard.readText()).resolves.toBe(LINK);
    expect(button).toHaveTextContent('Copied');
  });

  it('in compact mode keeps the name "Copy offer ID" and still confirms the copy', async () => {
    const user = userEvent.setup();
    const button = renderButton({ what: 'offer ID', text: '664f1a2b3c4d5e6f7a8b9c0d', compact: true });
    await user.click(button);
    await expect(navigator.clipboard.readText()).resolves.toBe('664f1a2b3c4d5e6f7a8b9c0d');
    expect(button).toHaveTextContent('Copied');
  });

  it('falls back to the legacy copy when the Clipboard API refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    let copied: string | undefined;
    restorers.push(
      setExecCommand(() => {
        copied = document.querySelector('textarea')?.value;
        return true;
      }),
    );
    const button = renderButton();
    await user.click(button);
    expect(copied).toBe(LINK);
    expect(button).toHaveTextContent('Copied');
  });
});

describe('CopyButton outside a secure context (plain http)', () => {
  beforeEach(() => {
    restorers.push(setSecureContext(false));
  });

  it('copies the exact text through a hidden textarea, then removes it and gives focus back', async () => {
    const user = userEvent.setup();
    const calls: Array<{ command: string; value: string | undefined; selected: string | undefined }> = [];
    restorers.push(
      setExecCommand((command) => {
        const textarea = document.querySelector('textarea');
        calls.push({
          command,
          value: textarea?.value,
          selected: textarea?.value.slice(textarea.selectionStart, textarea.selectionEnd),
        });
        return true;
      }),
    );
    const clipboardWrite = vi.spyOn(navigator.clipboard, 'writeText');
    const button = renderButton();

    await user.click(button);

    expect(calls).toEqual([{ command: 'copy', value: LINK, selected: LINK }]);
    expect(clipboardWrite).not.toHaveBeenCalled();
    expect(document.querySelector('textarea')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveTextContent('Copied');
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Copied tracking link to the clipboard');
    });
  });

  it('says "Copy failed" and how to copy by hand when the browser refuses', async () => {
    const user = userEvent.setup();
    restorers.push(setExecCommand(() => false));
    const button = renderButton();

    await user.click(button);

    expect(button).toHaveTextContent('Copy failed');
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent(
        'Could not copy tracking link. Select the text and copy it by hand.',
      );
    });
    expect(document.querySelector('textarea')).toBeNull();
  });
});

describe('CopyButton telling the page which link it copied', () => {
  const link = issuedLink('tracking-link', 'main tracking link', 'main', LINK);

  function renderRecorded(record: (copy: CopiedLink) => void) {
    render(
      <AnnouncerProvider>
        <CopyRecorderContext value={record}>
          <CopyButton text={LINK} what="tracking link" link={link} />
          <CopyButton text="16" what="offer ID" />
        </CopyRecorderContext>
      </AnnouncerProvider>,
    );
  }

  it('reports a copied link, with the URL exactly as copied, once per copy', async () => {
    restorers.push(setSecureContext(true));
    const copies: CopiedLink[] = [];
    const user = userEvent.setup();
    renderRecorded((copy) => copies.push(copy));

    await user.click(screen.getByRole('button', { name: 'Copy tracking link' }));
    await user.click(screen.getByRole('button', { name: 'Copy offer ID' }));

    expect(copies).toEqual([{ ...link, url: LINK }]);
  });

  it('reports nothing when the copy failed', async () => {
    restorers.push(
      setSecureContext(false),
      setExecCommand(() => false),
    );
    const copies: CopiedLink[] = [];
    const user = userEvent.setup();
    renderRecorded((copy) => copies.push(copy));

    await user.click(screen.getByRole('button', { name: 'Copy tracking link' }));

    expect(screen.getByRole('button', { name: 'Copy tracking link' })).toHaveTextContent('Copy failed');
    expect(copies).toEqual([]);
  });
});
