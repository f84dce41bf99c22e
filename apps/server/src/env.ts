import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { trustedProxies } from './client-ip.ts';
import { DEFAULT_PARSER_OPTIONS, type ParserOptions } from './parse/document-parser.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const zBool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const zEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** A read-only replica of DATABASE_URL; queries that only read go there. */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /** Where the built web app lives (default: apps/web/dist next to this app). */
  WEB_DIST: z.string().min(1).default(path.resolve(here, '../../web/dist')),
  /** Load the demo dataset when the server starts on an empty database. */
  ATALAYA_DEMO: zBool.default(true),
  ATALAYA_ADMIN_EMAIL: z.string().email().optional(),
  ATALAYA_ADMIN_PASSWORD: z.string().min(10).optional(),
  SESSION_SECRET: z.string().min(16).optional(),
  /** Hours without a request after which a session ends. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /** Days after sign-in after which a session ends, however active. */
  SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().max(365).default(30),
  /**
   * Reverse proxies (IP addresses or CIDR ranges, separated by commas or spaces) whose X-Forwarded-For
   * gives the client's address. Unset: the TCP peer is the client, and the header is ignored.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const entries = value.split(/[\s,]+/).filter(Boolean);
      try {
        trustedProxies(entries);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
      return entries;
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** On SIGTERM/SIGINT, how long in-flight requests may take; those still running then are interrupted (rolled back, answered 503). */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
  // Limits of one uploaded document's parse (see parserOptions); far above what a real newsletter needs.
  PARSE_MAX_PAGES: z.coerce.number().int().positive().default(DEFAULT_PARSER_OPTIONS.limits.maxPages),
  PARSE_MAX_UNZIPPED_MB: z.coerce.number().positive().default(DEFAULT_PARSER_OPTIONS.limits.maxUnzippedBytes / 1048576),
  PARSE_MAX_DEPTH: z.coerce.number().int().positive().default(DEFAULT_PARSER_OPTIONS.limits.maxDepth),
  PARSE_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(DEFAULT_PARSER_OPTIONS.timeoutMs / 1000),
  PARSE_MEMORY_MB: z.coerce.number().int().min(64).default(DEFAULT_PARSER_OPTIONS.memoryMb),
  /** Documents parsed at once (each in its own worker thread), and how many more may wait for one. */
  PARSE_CONCURRENCY: z.coerce.number().int().positive().max(64).default(DEFAULT_PARSER_OPTIONS.concurrency),
  PARSE_QUEUE: z.coerce.number().int().min(0).max(1000).default(DEFAULT_PARSER_OPTIONS.queue),
  /** Server-Timing (time in SQL) on every response; otherwise only on those to signed-in staff. For benchmarks. */
  SERVER_TIMING: zBool.default(false),
}).refine((env) => !env.DATABASE_REPLICA_URL || env.DATABASE_URL, {
  message: 'DATABASE_REPLICA_URL needs DATABASE_URL (the primary)',
  path: ['DATABASE_REPLICA_URL'],
});

export type Env = z.output<typeof zEnv>;

export class EnvError extends Error {}

/** The one place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings mean "unset", as they do in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = zEnv.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new EnvError(`Invalid configuration: ${problems}`);
  }
  return result.data;
}

/** The parse limits the server and the CLI run uploads within. */
export function parserOptions(env: Env): ParserOptions {
  return {
    limits: { maxPages: env.PARSE_MAX_PAGES, maxUnzippedBytes: Math.round(env.PARSE_MAX_UNZIPPED_MB * 1048576), maxDepth: env.PARSE_MAX_DEPTH },
    timeoutMs: env.PARSE_TIMEOUT_SECONDS * 1000,
    memoryMb: env.PARSE_MEMORY_MB,
    concurrency: env.PARSE_CONCURRENCY,
    queue: env.PARSE_QUEUE,
  };
}
