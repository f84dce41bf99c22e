import type { ImportResult } from '@atalaya/api';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_FILES = '.txt,.md,.html,.htm,.docx,.pdf';

export type UploadSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

/**
 * What went wrong with an upload, as data: the page words it in the reader's language. Only
 * 'server-message' carries text, the server's own explanation, which is shown as it comes.
 */
export type UploadProblem =
  | { kind: 'empty-file'; file: string }
  | { kind: 'too-large'; file: string; bytes: number }
  | { kind: 'no-text' }
  | { kind: 'unreachable' }
  | { kind: 'server-message'; message: string }
  | { kind: 'session-ended' }
  | { kind: 'forbidden' }
  | { kind: 'too-large-for-server' }
  | { kind: 'server-failed'; status: number }
  | { kind: 'refused'; status: number }
  | { kind: 'unexpected-answer' };

/** An upload the server refused or could not take. */
export class UploadError extends Error {
  readonly problem: UploadProblem;
  constructor(problem: UploadProblem) {
    // The message is for logs; the page words the problem from `problem`.
    super(problem.kind === 'server-message' ? problem.message : `Upload failed: ${problem.kind}`);
    this.name = 'UploadError';
    this.problem = problem;
  }
}

/** A problem the browser can see before uploading (saves sending 20 MB to hear "too large"), or null. */
export function checkFile(file: File): UploadProblem | null {
  if (file.size === 0) return { kind: 'empty-file', file: file.name };
  if (file.size > MAX_UPLOAD_BYTES) return { kind: 'too-large', file: file.name, bytes: file.size };
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isImportResult(v: unknown): v is ImportResult {
  return isRecord(v) && (v['kind'] === 'created' || v['kind'] === 'duplicate') && typeof v['editionId'] === 'number';
}

function serverMessage(body: unknown): string | null {
  const error = isRecord(body) ? body['error'] : undefined;
  const message = isRecord(error) ? error['message'] : undefined;
  return typeof message === 'string' && message.trim() !== '' ? message : null;
}

// Used when the server's answer carries no message of its own (a proxy error page, a crash).
function statusProblem(status: number): UploadProblem {
  if (status === 401) return { kind: 'session-ended' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 413) return { kind: 'too-large-for-server' };
  if (status >= 500) return { kind: 'server-failed', status };
  return { kind: 'refused', status };
}

/** Sends a file or pasted text to POST /api/ingest and returns the new (or already imported) edition. */
export async function uploadDocument(source: UploadSource, fetchImpl: typeof fetch = fetch): Promise<ImportResult> {
  if (source.kind === 'file') {
    const problem = checkFile(source.file);
    if (problem) throw new UploadError(problem);
  } else if (source.text.trim() === '') {
    throw new UploadError({ kind: 'no-text' });
  }
  const body = new FormData();
  if (source.kind === 'file') body.append('file', source.file, source.file.name);
  else body.append('text', source.text);

  let response: Response;
  try {
    // same-origin: the session cookie goes along, and the browser's Origin header passes the server's CSRF check.
    response = await fetchImpl('/api/ingest', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    throw new UploadError({ kind: 'unreachable' });
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = serverMessage(payload);
    throw new UploadError(message !== null ? { kind: 'server-message', message } : statusProblem(response.status));
  }
  if (!isImportResult(payload)) throw new UploadError({ kind: 'unexpected-answer' });
  return payload;
}
