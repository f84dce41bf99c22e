import { pino, type DestinationStream, type Logger } from 'pino';
import type { Env } from './env.ts';

export type { Logger };

/**
 * The server's one logger: a JSON object per line with level names, ISO times and `requestId` on request lines.
 * Writes to stdout synchronously (or to `destination`), so nothing is lost when the process exits after a shutdown.
 */
export function createLogger(level: Env['LOG_LEVEL'] = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** Logs nothing: the default for an app built in tests or scripts without a logger. */
export const silentLogger: Logger = pino({ level: 'silent' });

/** The path as it may be logged: a share link's token is a password, so `/s/<token>` loses it. */
export function loggablePath(path: string): string {
  return path.replace(/^\/s\/[^/]*/, '/s/[token]');
}
