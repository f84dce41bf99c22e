import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IngestError } from '@atalaya/ingest';
import { pageBombPdf } from '@atalaya/ingest/testing';
import { describe, expect, it } from 'vitest';
import { createDocumentParser, DEFAULT_PARSER_OPTIONS, ParserBusyError } from '../src/parse/document-parser.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/ingest/test/fixtures');
const edition = () => ({ bytes: new Uint8Array(readFileSync(path.join(FIXTURES, 'edition.docx'))), filename: 'edition.docx' });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

// The parser as the server runs it, here from its TypeScript sources (the built one is tested through the server).
describe('the document parser', () => {
  it('parses a real newsletter in a worker process', async () => {
    const parsed = await createDocumentParser().analyze(edition());
    expect(parsed.format).toBe('docx');
    expect(parsed.items.length).toBeGreaterThan(0);
  });

  it('runs one document at a time here, lets one wait, turns the next away, and frees the place after a time-out', async () => {
    const parser = createDocumentParser({ ...DEFAULT_PARSER_OPTIONS, limits: { ...DEFAULT_PARSER_OPTIONS.limits, maxPages: 1e6 }, timeoutMs: 3000, concurrency: 1, queue: 1 });
    const slow = parser.analyze({ bytes: pageBombPdf(30_000), filename: 'slow.pdf' });
    const waiting = parser.analyze(edition());
    const turnedAway = await rejection(parser.analyze(edition()));
    expect(turnedAway).toBeInstanceOf(ParserBusyError);
    const timedOut = await rejection(slow);
    expect(timedOut).toBeInstanceOf(IngestError);
    expect((timedOut as IngestError).message).toMatch(/^slow\.pdf took longer than 3 s to read; the time limit is 3 s\./);
    expect((await waiting).format).toBe('docx');
  });

  it('lets a document whose client left leave the queue', async () => {
    const parser = createDocumentParser({ ...DEFAULT_PARSER_OPTIONS, concurrency: 1, queue: 1 });
    const first = parser.analyze(edition());
    const client = new AbortController();
    const leaving = rejection(parser.analyze(edition(), client.signal));
    client.abort(new Error('the client left'));
    expect(await leaving).toMatchObject({ message: 'the client left' });
    // Its place in the queue is free again.
    const next = parser.analyze(edition());
    expect((await first).format).toBe('docx');
    expect((await next).format).toBe('docx');
  });

  it('refuses a document that needs more memory than the limit, naming the limit', async () => {
    const parser = createDocumentParser({ ...DEFAULT_PARSER_OPTIONS, memoryMb: 48 });
    const error = await rejection(parser.analyze({ bytes: new Uint8Array(readFileSync(path.join(FIXTURES, 'edition.pdf'))), filename: 'edition.pdf' }));
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/^edition\.pdf needed more than 48 MB of memory to read; the memory limit is 48 MB\./);
  });

  it('turns every document away once closed', async () => {
    const parser = createDocumentParser();
    parser.close();
    expect(await rejection(parser.analyze(edition()))).toBeInstanceOf(ParserBusyError);
  });
});
