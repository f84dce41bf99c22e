/** What a stream that failed half-way says: the HTTP server may write it out, so it holds nothing from the database. */
export const STREAM_FAILED = 'The download stopped before its end.';

/**
 * Text chunks → a byte stream that asks for the next chunk only when the reader wants more
 * (one page of rows in memory at a time). The first chunk is produced before the stream is
 * returned, so a failing query still becomes an error response rather than a truncated file.
 * `onEnd` runs once: with true after the last chunk (before the stream closes), with false when
 * the reader gave up or producing a chunk failed (then with the error, which the stream itself
 * does not carry: it fails with STREAM_FAILED).
 */
export async function byteStream(
  chunks: AsyncGenerator<string, void, undefined>,
  onEnd: (complete: boolean, error?: unknown) => Promise<void>,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const first = await chunks.next();
  let pending: IteratorResult<string, void> | null = first;
  let ended = false;
  const end = async (complete: boolean, error?: unknown) => {
    if (ended) return;
    ended = true;
    await onEnd(complete, error);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = pending ?? (await chunks.next());
        pending = null;
        if (next.done) {
          await end(true);
          controller.close();
        } else {
          controller.enqueue(encoder.encode(next.value));
        }
      } catch (error) {
        await end(false, error).catch(() => undefined);
        controller.error(new Error(STREAM_FAILED));
      }
    },
    async cancel() {
      await chunks.return(undefined);
      await end(false);
    },
  });
}
