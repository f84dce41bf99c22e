import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentUpload } from '@atalaya/api';
import { DEFAULT_READ_LIMITS, IngestError, overLimit, type IngestErrorCode, type ParsedEdition, type ReadLimits } from '@atalaya/ingest';
import type { ParseJob, ParseOutcome } from './protocol.ts';

export interface ParserOptions {
  /** Pages, unzipped size and nesting: checked by the readers inside the worker. */
  limits: ReadLimits;
  /** Wall time of one parse, from starting its worker to its answer. */
  timeoutMs: number;
  /** Memory of one worker process: its JavaScript heap, and all it holds (resident memory, where the system tells). */
  memoryMb: number;
  /** Worker processes running at once. */
  concurrency: number;
  /** Documents that may wait for a free worker; beyond that, the parser is busy. */
  queue: number;
}

/** Defaults far above what a real newsletter needs, and low enough that a hostile one costs little. */
export const DEFAULT_PARSER_OPTIONS: ParserOptions = {
  limits: DEFAULT_READ_LIMITS,
  timeoutMs: 30_000,
  memoryMb: 384,
  concurrency: 2,
  queue: 8,
};

/** Every worker is taken and the queue is full: try again shortly. */
export class ParserBusyError extends Error {
  constructor() {
    super('Other documents are being read right now. Try again in a minute.');
    this.name = 'ParserBusyError';
  }
}

export interface DocumentParser {
  /**
   * Parses in a fresh worker process within the limits; refusals are IngestErrors naming the limit.
   * When `signal` aborts (the client left), the document leaves the queue or its worker is ended.
   */
  analyze(upload: DocumentUpload, signal?: AbortSignal): Promise<ParsedEdition>;
  /** Ends the running workers and turns away the waiting documents (at shutdown). */
  close(): void;
}

// How often a worker's resident memory is read, and how much of its error output is kept for the log.
const MEMORY_CHECK_MS = 100;
const STDERR_TAIL = 4096;

/**
 * Parses documents away from the server's process, so a hostile one can neither block it nor take it down:
 * each document in a child process of its own with a heap limit (a worker thread's limit does not hold:
 * a large allocation there can abort the whole process, nodejs/node#47224), killed when it answers, runs
 * out of time or memory, or its client leaves; at most `concurrency` at once, `queue` more waiting, the
 * rest turned away.
 */
export function createDocumentParser(options: ParserOptions = DEFAULT_PARSER_OPTIONS): DocumentParser {
  const start = workerStarter(options.memoryMb);
  const running = new Set<ChildProcess>();
  const waiting: Array<{ start: () => void; cancel: (error: unknown) => void }> = [];
  // Slots taken, including one handed to a waiting document whose worker is not started yet.
  let active = 0;
  let closed = false;

  const takeSlot = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (closed) return reject(new ParserBusyError());
      if (active < options.concurrency) {
        active++;
        return resolve();
      }
      if (waiting.length >= options.queue) return reject(new ParserBusyError());
      const leave = () => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(signal?.reason);
      };
      const turn = {
        start: () => {
          signal?.removeEventListener('abort', leave);
          resolve();
        },
        cancel: (error: unknown) => {
          signal?.removeEventListener('abort', leave);
          reject(error);
        },
      };
      signal?.addEventListener('abort', leave, { once: true });
      waiting.push(turn);
    });

  /** The slot goes to the next document waiting, if any. */
  const releaseSlot = () => {
    const next = waiting.shift();
    if (next) next.start();
    else active--;
  };

  const run = (job: ParseJob, signal?: AbortSignal) =>
    new Promise<ParsedEdition>((resolve, reject) => {
      const child = start();
      running.add(child);
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_TAIL)));
      let settled = false;
      const settle = (error: unknown, parsed?: ParsedEdition) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(memoryCheck);
        signal?.removeEventListener('abort', abort);
        running.delete(child);
        child.kill('SIGKILL');
        releaseSlot();
        if (error) reject(error);
        else resolve(parsed as ParsedEdition);
      };
      const timer = setTimeout(() => settle(overLimit('time', job.filename, options.timeoutMs)), options.timeoutMs);
      // The heap limit leaves out what V8 holds outside its heap (decoded streams, buffers): the whole process is watched too.
      const memoryCheck = setInterval(() => {
        void residentMb(child.pid).then((mb) => {
          if (mb !== null && mb > options.memoryMb) settle(overLimit('memory', job.filename, options.memoryMb));
        });
      }, MEMORY_CHECK_MS);
      const abort = () => settle(signal?.reason ?? new Error('The request was aborted'));
      signal?.addEventListener('abort', abort, { once: true });
      child.once('message', (outcome: ParseOutcome) => {
        if (outcome.kind === 'parsed') return settle(null, outcome.parsed);
        if (outcome.kind === 'refused') return settle(new IngestError(outcome.code as IngestErrorCode, outcome.message));
        settle(Object.assign(new Error(`Parsing ${job.filename ?? 'a document'} failed: ${outcome.message}`), { stack: outcome.stack }));
      });
      child.once('error', (error) => settle(error));
      child.once('exit', (code, signalName) => {
        if (/heap out of memory|allocation failed/i.test(stderr)) return settle(overLimit('memory', job.filename, options.memoryMb));
        settle(new Error(`The parse worker stopped (${signalName ?? `exit code ${code}`}) before answering: ${stderr.trim().slice(-500)}`));
      });
      child.send(job, (error) => {
        if (error) settle(error);
      });
    });

  return {
    async analyze(upload, signal) {
      signal?.throwIfAborted();
      await takeSlot(signal);
      if (signal?.aborted) {
        releaseSlot();
        throw signal.reason;
      }
      return run({ bytes: upload.bytes, filename: upload.filename, mediaType: upload.mediaType, limits: options.limits }, signal);
    },
    close() {
      closed = true;
      for (const turn of waiting.splice(0)) turn.cancel(new ParserBusyError());
      for (const child of running) child.kill('SIGKILL');
    },
  };
}

/** The resident memory of a process in MB, from Linux's /proc; null where there is none. */
async function residentMb(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/**
 * Starts a worker process: `parse-worker.mjs` beside the bundle (apps/server/dist), or, when the server
 * runs from its TypeScript sources (tests, `pnpm atalaya`), `parse-worker.ts` through tsx. It gets none
 * of the server's flags (its heap cap, a loader) and none of its environment (secrets, database URLs).
 */
function workerStarter(memoryMb: number): () => ChildProcess {
  const built = fileURLToPath(new URL('./parse-worker.mjs', import.meta.url));
  const source = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));
  const heap = `--max-old-space-size=${memoryMb}`;
  const options: ForkOptions = { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: {} };
  if (existsSync(built)) return () => fork(built, [], { ...options, execArgv: [heap] });
  if (!existsSync(source)) throw new Error(`The parse worker is missing: ${built} (build the server)`);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return () => fork(source, [], { ...options, execArgv: [heap, '--import', tsx] });
}
