// Runs in a child process of its own, one document per process (see document-parser.ts): the document
// comes as the first IPC message, the outcome goes back as the only answer, then the process ends.
import { analyzeDocument, IngestError } from '@atalaya/ingest';
import type { ParseJob, ParseOutcome } from './protocol.ts';

async function parse(job: ParseJob): Promise<ParseOutcome> {
  try {
    return { kind: 'parsed', parsed: await analyzeDocument(job.bytes, { filename: job.filename, mediaType: job.mediaType, limits: job.limits }) };
  } catch (error) {
    if (error instanceof IngestError) return { kind: 'refused', code: error.code, message: error.message };
    return { kind: 'failed', message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack };
  }
}

if (!process.send) {
  console.error('parse-worker reads documents sent by the Atalaya server; it is not run on its own.');
  process.exit(2);
}
process.once('message', (job: ParseJob) => {
  void parse(job).then((outcome) => process.send?.(outcome, () => process.disconnect()));
});
