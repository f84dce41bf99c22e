import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** On SIGTERM/SIGINT, how long in-flight requests may take before their connections are cut. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
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
