import { DomainError, importDocument, previewDocument, type Analyzer, type SessionPolicy, type SessionUser } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ParserBusyError, type DocumentParser } from './parse/document-parser.ts';

export { MAX_DOCUMENT_BYTES as MAX_UPLOAD_BYTES } from '@atalaya/ingest';
import { MAX_DOCUMENT_BYTES as MAX_UPLOAD_BYTES } from '@atalaya/ingest';
import { requestUser } from './session-cookie.ts';

const STATUS: Record<DomainError['code'], 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
};

const problem = (c: HonoContext, status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503, message: string) =>
  c.json({ error: { message } }, status);

/**
 * POST /api/ingest — an analyst uploads a document (multipart field `file`) or pastes text (field `text`).
 * `?dryRun=1` parses without writing. A file upload is a plain HTTP route, not tRPC, so that 20 MB
 * does not travel as base64 inside JSON. The document is parsed by `parser`, in a worker process and
 * within its limits; past one, a 422 names the limit.
 */
export function ingestRoutes(db: Db, policy: SessionPolicy, parser: DocumentParser) {
  const app = new Hono<{ Variables: { requestId: string; user: SessionUser } }>();
  app.post(
    '/',
    async (c, next) => {
      const { user } = await requestUser(c, db, policy);
      if (!user) return problem(c, 401, 'Please sign in.');
      if (user.role !== 'analyst' && user.role !== 'admin') return problem(c, 403, 'Only analysts can import newsletters.');
      c.set('user', user);
      await next();
    },
    bodyLimit({
      // Multipart framing adds a little to the file itself.
      maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
      onError: (c) => problem(c, 413, 'The upload is larger than the 20 MB limit.'),
    }),
    async (c) => {
      const user = c.get('user');
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        return problem(c, 400, 'Send the document as multipart/form-data with a "file" or a "text" field.');
      }
      const file = form.get('file');
      const text = form.get('text');
      let upload: { bytes: Uint8Array; filename?: string; mediaType?: string };
      if (file instanceof File && file.size > 0) {
        upload = { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, mediaType: file.type || undefined };
      } else if (typeof text === 'string' && text.trim() !== '') {
        upload = { bytes: new TextEncoder().encode(text), filename: 'pasted-text.txt', mediaType: 'text/plain' };
      } else if (file instanceof File) {
        return problem(c, 422, `${file.name || 'The file'} is empty.`);
      } else {
        return problem(c, 400, 'Choose a file or paste the newsletter text.');
      }
      if (upload.bytes.byteLength > MAX_UPLOAD_BYTES) {
        return problem(c, 413, `The file is ${(upload.bytes.byteLength / 1048576).toFixed(1)} MB; the limit is 20 MB.`);
      }
      // A client that gives up frees its place: its parse is stopped, or it leaves the queue.
      const analyze: Analyzer = (document) => parser.analyze(document, c.req.raw.signal);
      try {
        if (c.req.query('dryRun') === '1') return c.json({ preview: await previewDocument(upload, { analyze }) });
        const result = await importDocument({ db: db.db, user, requestId: c.get('requestId') }, upload, { analyze });
        return c.json(result, result.kind === 'created' ? 201 : 200);
      } catch (error) {
        if (error instanceof DomainError) return problem(c, STATUS[error.code], error.message);
        // Nobody is waiting for this answer; it only keeps the log line from reading as a server error.
        if (c.req.raw.signal.aborted) return problem(c, 400, 'The upload was cancelled.');
        if (error instanceof ParserBusyError) {
          c.header('Retry-After', '30');
          return problem(c, 503, error.message);
        }
        throw error;
      }
    },
  );
  return app;
}
