import { IngestError, describeFile } from './errors.ts';
import { type DocumentFormat, type ReadOptions, readDocument } from './read/index.ts';
import { type SegmentedEdition, segmentEdition } from './segment/index.ts';

export type ParsedDocument = SegmentedEdition & { format: DocumentFormat };

/** Reads and segments an uploaded document: bytes in, edition out. */
export async function parseDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ParsedDocument> {
  const { format, text } = await readDocument(bytes, options);
  try {
    return { ...segmentEdition(text, format), format };
  } catch (error) {
    // The segmenter never sees the file name; the analyst should.
    if (error instanceof IngestError && error.code === 'NO_ITEMS' && options.filename) {
      throw new IngestError('NO_ITEMS', `${describeFile(options.filename)}: ${lowerFirst(error.message)}`);
    }
    throw error;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
