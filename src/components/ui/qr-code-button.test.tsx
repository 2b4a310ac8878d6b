import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogApis, installDownloadApis } from '@/testing/browser-apis';
import { QrCodeButton } from './qr-code-button';

// The dialog's chunk (with the QR library) is compiled on first open; a busy machine is slow.
configure({ asyncUtilTimeout: 4_000 });

const LINK = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547';

const restorers: Array<() => void> = [];
afterEach(() => {
  while (restorers.length) restorers.pop()?.();
});

function setup(url = LINK) {
  restorers.push(installDialogApis());
  const user = userEvent.setup();
  render(
    <>
      <p>Before</p>
      <QrCodeButton url={url} what="main tracking link" filenameHint="664f1a2b-main" />
    </>,
  );
  return user;
}

/** jsdom's Blob has no text(); its FileReader reads it. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('unreadable blob'));
    };
    reader.readAsText(blob);
  });
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  const button = screen.getByRole('button', { name: 'Show QR code for main tracking link' });
  await user.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'QR code for main tracking link' });
  return { button, dialog };
}

describe('QrCodeButton', () => {
  it('opens a dialog with the code as an image and the URL as text', async () => {
    const user = setup();
    const { dialog } = await openDialog(user);

    const image = within(dialog).getByRole('img', { name: `QR code for ${LINK}` });
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image.querySelector('path[fill="#000"]')?.getAttribute('d')).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(within(dialog).getByText(LINK)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Download QR code' })).toBeInTheDocument();
  });

  it('closes on Escape and on Close, giving the focus back to the button', async () => {
    const user = setup();
    const { button } = await openDialog(user);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    const { dialog } = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('downloads an SVG file of the same path, named from the hint', async () => {
    const downloads = installDownloadApis();
    restorers.push(downloads.restore);
    const user = setup();
    const { dialog } = await openDialog(user);
    const path = within(dialog).getByRole('img').querySelector('path[fill="#000"]')?.getAttribute('d') ?? '';

    await user.click(within(dialog).getByRole('button', { name: 'Download QR code' }));

    expect(downloads.blobs).toHaveLength(1);
    const blob = downloads.blobs[0] as Blob;
    expect(blob.type).toBe('image/svg+xml');
    const text = await readText(blob);
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain(`d="${path}"`);
    expect(text).not.toContain(LINK);
    expect(downloads.filenames).toEqual(['qr-664f1a2b-main.svg']);
  });

  it('offers no button for a link that is not http(s)', () => {
    setup('javascript:window.__xss=1');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
