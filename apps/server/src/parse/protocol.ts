import type { ParsedEdition, ReadLimits } from '@atalaya/ingest';

/** What the parse worker process is sent. */
export interface ParseJob {
  bytes: Uint8Array;
  filename: string | undefined;
  mediaType: string | undefined;
  limits: ReadLimits;
}

/** The worker's one message back: the edition, a refusal to show the analyst, or a failure to log. */
export type ParseOutcome =
  | { kind: 'parsed'; parsed: ParsedEdition }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'failed'; message: string; stack: string | undefined };
