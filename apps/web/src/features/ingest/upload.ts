import type { ImportResult } from '@atalaya/api';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_FILES = '.txt,.md,.html,.htm,.docx,.pdf';

export type UploadSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

/** An upload the server refused or could not take; the message is written for the analyst. */
export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** A problem the browser can see before uploading (saves sending 20 MB to hear "too large"), or null. */
export function checkFile(file: File): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is ${megabytes(file.size)}; the limit is 20 MB.`;
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
function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again and retry the import.';
  if (status === 403) return 'Your account cannot import newsletters.';
  if (status === 413) return 'The file is larger than the 20 MB limit.';
  if (status >= 500) return `The server could not import the document (error ${status}). Try again in a moment.`;
  return `The server refused the document (error ${status}).`;
}

/** Sends a file or pasted text to POST /api/ingest and returns the new (or already imported) edition. */
export async function uploadDocument(source: UploadSource, fetchImpl: typeof fetch = fetch): Promise<ImportResult> {
  if (source.kind === 'file') {
    const problem = checkFile(source.file);
    if (problem) throw new UploadError(problem);
  } else if (source.text.trim() === '') {
    throw new UploadError('Paste the newsletter text first.');
  }
  const body = new FormData();
  if (source.kind === 'file') body.append('file', source.file, source.file.name);
  else body.append('text', source.text);

  let response: Response;
  try {
    // same-origin: the session cookie goes along, and the browser's Origin header passes the server's CSRF check.
    response = await fetchImpl('/api/ingest', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    throw new UploadError('Could not reach the server. Check your connection and try again.');
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new UploadError(serverMessage(payload) ?? fallbackMessage(response.status));
  if (!isImportResult(payload)) throw new UploadError('The server answered in a way this page does not understand. Reload and try again.');
  return payload;
}
