import { createLogger } from '../../src/log.ts';

export type LogEntry = Record<string, unknown> & { msg: string; level: string; requestId?: string };

/** A logger that keeps its JSON lines in memory. */
export function memoryLog() {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  return { logger, text: () => lines.join(''), entries: () => lines.map((l) => JSON.parse(l) as LogEntry) };
}
