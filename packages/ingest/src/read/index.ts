import { IngestError, MAX_DOCUMENT_BYTES, describeFile, formatMegabytes } from '../errors.ts';
import { decodeText } from './decode.ts';
import { type DocumentFormat, type ReadOptions, detectBinaryFormat, detectTextFormat } from './detect.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { DEFAULT_READ_LIMITS } from './limits.ts';
import { isBlank, normalizeText } from './normalize.ts';
import { readPdf } from './pdf.ts';

export type { DocumentFormat, ReadOptions } from './detect.ts';
export { normalizeText } from './normalize.ts';
export { DEFAULT_READ_LIMITS, overLimit, type LimitKind, type ReadLimits } from './limits.ts';

export interface ReadResult {
  format: DocumentFormat;
  /** Normalized text for the segmenter: Markdown for HTML and .docx, plain text for PDF. */
  text: string;
}

/**
 * Reads an uploaded document into the text the segmenter works on. The format
 * comes from magic bytes, then the file name or media type, then the content.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const { filename, limits = DEFAULT_READ_LIMITS } = options;
  assertSize(bytes, filename);
  const binary = detectBinaryFormat(bytes, options);
  if (binary) {
    const raw = binary === 'pdf' ? await readPdf(bytes, limits, filename) : await readDocx(bytes, limits, filename);
    return { format: binary, text: nonBlank(normalizeText(raw), filename) };
  }
  const decoded = nonBlank(normalizeText(decodeText(bytes, filename)), filename);
  const format = detectTextFormat(decoded, options);
  const text = format === 'html' ? normalizeText(readHtml(decoded, limits, filename)) : decoded;
  return { format, text: nonBlank(text, filename) };
}

function assertSize(bytes: Uint8Array, filename?: string): void {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new IngestError(
      'TOO_LARGE',
      `${describeFile(filename)} is ${formatMegabytes(bytes.byteLength)}; the limit is ${formatMegabytes(MAX_DOCUMENT_BYTES)}.`,
    );
  }
  if (bytes.byteLength === 0) throw empty(filename);
}

function nonBlank(text: string, filename?: string): string {
  if (isBlank(text)) throw empty(filename);
  return text;
}

function empty(filename?: string): IngestError {
  return new IngestError('EMPTY', filename ? `${describeFile(filename)} is empty: it has no text.` : 'The file is empty: it has no text.');
}
