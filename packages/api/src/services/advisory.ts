import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { STATE_ISO_CODES } from '@atalaya/domain';
import { ADVISORY_SCALE_MAX, describeProblem, readTravelAdvisory, type AdvisoryRow } from '@atalaya/stats';
import type { Context } from '../context.ts';
import { DomainError } from '../errors.ts';
import { audit } from './audit.ts';

export const ADVISORY_SOURCE = 'us-travel-advisory';

export interface AdvisoryLevel {
  state: string;
  level: number;
  scaleMax: number;
  label: string;
  /** The vintage: the date the issuer's rating is from. */
  asOf: string;
  issuer: string;
  confidence: string | null;
  sourceUrls: string[];
  note: string | null;
}

export interface AdvisoryImport {
  vintages: string[];
  inserted: number;
  revised: number;
  unchanged: number;
}

/** A file an import refused: every problem with its line and column, and nothing written. */
export class StatsFileError extends DomainError {
  constructor(readonly problems: string[]) {
    super('UNPROCESSABLE_CONTENT', `The file has ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? '; …' : ''}`);
  }
}

/** Stores rows of the travel advisory, each vintage as its own rows: re-importing the same file changes nothing. */
export async function storeAdvisory(
  db: Kysely<Database>,
  ctx: Pick<Context, 'user' | 'requestId'>,
  rows: readonly AdvisoryRow[],
  fileName: string | null,
  options: { audited?: boolean } = {},
): Promise<AdvisoryImport> {
  return db.transaction().execute(async (trx) => {
    let inserted = 0;
    let revised = 0;
    for (const r of rows) {
      const values = {
        source: ADVISORY_SOURCE,
        scope: r.state,
        level: r.level,
        scale_max: ADVISORY_SCALE_MAX,
        label: r.label,
        issuer: r.issuer,
        as_of: r.asOf,
        confidence: r.confidence,
        source_urls: r.sourceUrls,
        note: r.note,
        file_name: fileName,
        imported_by: ctx.user?.id ?? null,
      };
      // xmax = 0 on a freshly inserted row; an update of an existing vintage (a corrected level) otherwise.
      const result = await trx
        .insertInto('reference_levels')
        .values(values)
        .onConflict((oc) =>
          oc
            .columns(['source', 'scope', 'as_of'])
            .doUpdateSet({ level: r.level, label: r.label, issuer: r.issuer, confidence: r.confidence, source_urls: r.sourceUrls, note: r.note, file_name: fileName, imported_by: ctx.user?.id ?? null, imported_at: sql`now()` })
            .where((eb) =>
              eb.or([
                eb('reference_levels.level', '!=', r.level),
                eb('reference_levels.label', '!=', r.label),
                sql<boolean>`reference_levels.source_urls is distinct from ${sql.val(r.sourceUrls)}::text[]`,
              ]),
            ),
        )
        .returning(sql<boolean>`xmax = 0`.as('inserted'))
        .executeTakeFirst();
      if (result?.inserted) inserted++;
      else if (result) revised++;
    }
    const summary = { vintages: [...new Set(rows.map((r) => r.asOf))].sort(), inserted, revised, unchanged: rows.length - inserted - revised };
    if ((inserted || revised) && options.audited !== false) await audit(trx, ctx, { action: 'advisory.import', entity: 'reference_levels', entityId: null, after: { fileName, ...summary } });
    return summary;
  });
}

/** Reads and stores a travel advisory file; a file with any bad row writes nothing. */
export async function importAdvisory(db: Kysely<Database>, ctx: Pick<Context, 'user' | 'requestId'>, file: { name: string; text: string }): Promise<AdvisoryImport> {
  const read = readTravelAdvisory(file.text);
  if (!read.ok) throw new StatsFileError(read.problems.map(describeProblem));
  return storeAdvisory(db, ctx, read.rows, file.name);
}

/** Each state's advisory level as of a date: the newest vintage on or before it (absent before the first). */
export async function advisoryAsOf(db: Kysely<Database>, date: string): Promise<Array<{ state: string; advisory: AdvisoryLevel | null }>> {
  const rows = await db
    .selectFrom('reference_levels')
    .select(['scope', 'level', 'scale_max', 'label', 'as_of', 'issuer', 'confidence', 'source_urls', 'note'])
    .distinctOn('scope')
    .where('source', '=', ADVISORY_SOURCE)
    .where('as_of', '<=', date)
    .orderBy('scope')
    .orderBy('as_of', 'desc')
    .execute();
  const byState = new Map(
    rows.map((r) => [
      r.scope,
      { state: r.scope, level: r.level, scaleMax: r.scale_max, label: r.label, asOf: r.as_of, issuer: r.issuer, confidence: r.confidence, sourceUrls: r.source_urls, note: r.note },
    ]),
  );
  return STATE_ISO_CODES.map((state) => ({ state, advisory: byState.get(state) ?? null }));
}
