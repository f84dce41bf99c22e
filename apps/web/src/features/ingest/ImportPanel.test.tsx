import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from './ImportPanel.tsx';
import { MAX_UPLOAD_BYTES } from './upload.ts';
import { inLanguage } from './test-i18n.tsx';

function renderPanel() {
  const onImported = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ImportPanel onImported={onImported} />
    </QueryClientProvider>,
    { wrapper: inLanguage() },
  );
  return onImported;
}

const reply = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('ImportPanel', () => {
  it('uploads the chosen file and reports the new edition', async () => {
    let answer: (r: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const onImported = renderPanel();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Newsletter file'), new File(['MI’s Security Chatter'], 'chatter.txt', { type: 'text/plain' }));
    expect(screen.getByText('chatter.txt')).toBeInTheDocument();
    expect(screen.getByLabelText('Paste text')).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('button', { name: 'Importing…' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Reading the document');
    answer(reply(201, { kind: 'created', editionId: 9, items: 6, proposedMetrics: 5 }));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledWith({ kind: 'created', editionId: 9, items: 6, proposedMetrics: 5 }, expect.anything(), undefined, expect.anything()));
    expect(fetchMock).toHaveBeenCalledWith('/api/ingest', expect.objectContaining({ method: 'POST' }));
  });

  it('imports pasted text', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(reply(200, { kind: 'duplicate', editionId: 3 })));
    const onImported = renderPanel();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Paste text'), 'A newsletter');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalled());
    expect(onImported.mock.calls[0]?.[0]).toEqual({ kind: 'duplicate', editionId: 3 });
  });

  it("shows the server's reason when a document is refused", async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(reply(422, { error: { message: 'noise.pdf has no text layer.' } })));
    const onImported = renderPanel();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Newsletter file'), new File([new Uint8Array([0, 159, 146, 150])], 'noise.pdf'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('noise.pdf has no text layer.');
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('asks for input when nothing was given, without calling the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderPanel();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Paste the newsletter text first.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses an oversized file before sending it, naming its size', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderPanel();
    const user = userEvent.setup();
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: MAX_UPLOAD_BYTES + 3 * 1048576 });
    await user.upload(screen.getByLabelText('Newsletter file'), big);
    expect(screen.getByText(/\(23\.0 MB\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('big.pdf is 23.0 MB; the limit is 20 MB.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains a failure the server sent no message for', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));
    renderPanel();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Paste text'), 'A newsletter');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not import the document (error 502). Try again in a moment.');
  });

  it('lets the analyst clear a chosen file to paste text instead', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Newsletter file'), new File(['x'], 'wrong.pdf'));
    await user.click(screen.getByRole('button', { name: /^Clear/ }));
    expect(screen.queryByText('wrong.pdf')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Paste text')).toBeEnabled();
    expect(screen.getByLabelText('Newsletter file')).toHaveFocus();
  });
});
