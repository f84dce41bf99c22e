import { describe, expect, it, vi } from 'vitest';
import { checkFile, MAX_UPLOAD_BYTES, uploadDocument } from './upload.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('uploadDocument', () => {
  it('posts the file as multipart field "file" with the session cookie', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(json(201, { kind: 'created', editionId: 7, items: 6, proposedMetrics: 4 }));
    const file = new File(['hello'], 'chatter.txt', { type: 'text/plain' });
    await expect(uploadDocument({ kind: 'file', file }, fetchMock)).resolves.toEqual({ kind: 'created', editionId: 7, items: 6, proposedMetrics: 4 });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/ingest');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    const sent = init?.body as FormData;
    expect((sent.get('file') as File).name).toBe('chatter.txt');
  });

  it('posts pasted text as field "text"', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(json(200, { kind: 'duplicate', editionId: 3 }));
    await expect(uploadDocument({ kind: 'text', text: 'Some newsletter' }, fetchMock)).resolves.toEqual({ kind: 'duplicate', editionId: 3 });
    expect((fetchMock.mock.calls[0]?.[1]?.body as FormData).get('text')).toBe('Some newsletter');
  });

  it("shows the server's own message when it refuses a document", async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(json(422, { error: { message: 'random.bin is not a document Atalaya can read.' } }));
    await expect(uploadDocument({ kind: 'file', file: new File(['x'], 'random.bin') }, fetchMock)).rejects.toThrow('random.bin is not a document Atalaya can read.');
  });

  it('explains a failure that carries no message by its status', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(uploadDocument({ kind: 'text', text: 'x' }, fetchMock)).rejects.toMatchObject({ problem: { kind: 'server-failed', status: 502 } });
    fetchMock.mockResolvedValue(new Response('', { status: 401 }));
    await expect(uploadDocument({ kind: 'text', text: 'x' }, fetchMock)).rejects.toMatchObject({ problem: { kind: 'session-ended' } });
    fetchMock.mockResolvedValue(new Response('', { status: 400 }));
    await expect(uploadDocument({ kind: 'text', text: 'x' }, fetchMock)).rejects.toMatchObject({ problem: { kind: 'refused', status: 400 } });
  });

  it('reports a network failure and an unexpected answer', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(uploadDocument({ kind: 'text', text: 'x' }, fetchMock)).rejects.toMatchObject({ problem: { kind: 'unreachable' } });
    fetchMock.mockReset().mockResolvedValue(json(200, { preview: {} }));
    await expect(uploadDocument({ kind: 'text', text: 'x' }, fetchMock)).rejects.toMatchObject({ problem: { kind: 'unexpected-answer' } });
  });

  it('refuses empty input and oversized files without a request', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    await expect(uploadDocument({ kind: 'text', text: '  \n' }, fetchMock)).rejects.toMatchObject({ problem: { kind: 'no-text' } });
    await expect(uploadDocument({ kind: 'file', file: new File([], 'empty.txt') }, fetchMock)).rejects.toMatchObject({ problem: { kind: 'empty-file', file: 'empty.txt' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('checkFile', () => {
  it('names the file and its size when it is over the limit', () => {
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: MAX_UPLOAD_BYTES + 3 * 1048576 });
    expect(checkFile(big)).toEqual({ kind: 'too-large', file: 'big.pdf', bytes: MAX_UPLOAD_BYTES + 3 * 1048576 });
    expect(checkFile(new File(['ok'], 'ok.txt'))).toBeNull();
  });
});
