/** Why a document could not be turned into an edition. */
export type IngestErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'NOT_A_DOCUMENT'
  | 'UNSUPPORTED_FORMAT'
  | 'NO_TEXT_LAYER'
  | 'NO_ITEMS'
  | 'UNREADABLE'
  /** Past one of the limits a real newsletter never reaches (pages, unzipped size, nesting, time, memory). */
  | 'OVER_LIMIT';

/** The largest upload the readers accept; checked before any parsing. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * A document the ingest pipeline refuses. The message is shown to the analyst
 * as is, so it names the file and says what to do, never how the parser failed.
 */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

/** "report.pdf" when the caller knows the name, "The file" otherwise. */
export function describeFile(filename: string | undefined): string {
  const name = filename?.split(/[\\/]/).pop()?.trim();
  return name ? name : 'The file';
}

/** 23.4 MB, with one decimal only when it says something. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
