import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import * as initial from './migrations/2026-11-21-01-initial.ts';
import * as rateLimits from './migrations/2026-11-21-02-rate-limits.ts';
import * as accounts from './migrations/2026-11-22-03-accounts.ts';
import * as aggregates from './migrations/2026-11-22-04-aggregates.ts';
import * as organizationCounts from './migrations/2026-12-06-05-organization-counts.ts';
import * as searchFacets from './migrations/2026-12-06-06-search-facets.ts';
import * as signInThrottles from './migrations/2026-12-08-07-sign-in-throttles.ts';
import * as riskLevels from './migrations/2026-12-08-08-risk-levels.ts';
import * as exposureSeen from './migrations/2026-12-08-09-exposure-seen.ts';

// A static record rather than a folder scan: it works bundled and without a TypeScript loader.
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-21-01-initial': initial,
  '2026-11-21-02-rate-limits': rateLimits,
  '2026-11-22-03-accounts': accounts,
  '2026-11-22-04-aggregates': aggregates,
  '2026-12-06-05-organization-counts': organizationCounts,
  '2026-12-06-06-search-facets': searchFacets,
  '2026-12-08-07-sign-in-throttles': signInThrottles,
  '2026-12-08-08-risk-levels': riskLevels,
  '2026-12-08-09-exposure-seen': exposureSeen,
};

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration: string | undefined,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results }: MigrationResultSet = await migrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`.trim(), failed?.migrationName, error);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export interface MigrationState {
  applied: string[];
  pending: string[];
  /** True when every known migration has been applied. */
  current: boolean;
}

export async function migrationState(db: Kysely<any>): Promise<MigrationState> {
  const all = await migrator(db).getMigrations();
  const applied = all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  const pending = all.filter((m) => m.executedAt === undefined).map((m) => m.name);
  return { applied, pending, current: pending.length === 0 };
}
