import { sql, type Kysely } from 'kysely';

const CATEGORIES = ['overall', 'violence', 'kidnap-extortion', 'road-cargo', 'unrest-political'];
const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

// The firm's risk ratings (append-only: the history is the table), the items cited as their evidence, outside
// reference ratings kept apart from them (the US travel advisory), and a locality for sites.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    // 'MX', a state ('MX-SIN') or a gazetteer locality ('MX-SIN/culiacan'); the application checks the locality exists.
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope ~ '^MX(-[A-Z]{3}(/[a-z0-9-]+)?)?$'`))
    // The state the scope lies in ('MX' for national): what sites and filters match on.
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state ~ '^MX(-[A-Z]{3})?$'`))
    .addColumn('category', 'text', (c) => c.notNull().check(inList('category', CATEGORIES)))
    .addColumn('level', 'smallint', (c) => c.notNull().check(sql`level between 1 and 5`))
    .addColumn('effective_on', 'date', (c) => c.notNull())
    .addColumn('rationale_en', 'text', (c) => c.notNull().check(sql`length(trim(rationale_en)) between 1 and 4000`))
    .addColumn('rationale_es', 'text', (c) => c.check(sql`rationale_es is null or length(trim(rationale_es)) between 1 and 4000`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`))
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_label', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_at', 'timestamptz')
    .addCheckConstraint('assessments_scope_in_state', sql`scope = state or scope like state || '-%' or scope like state || '/%'`)
    .addCheckConstraint('assessments_published_at', sql`(status = 'published') = (published_at is not null)`)
    .execute();
  // "The level of X on D": the newest published row of (scope, category) effective on or before D.
  await sql`create index assessments_asof_idx on assessments (scope, category, effective_on desc, id desc) where status = 'published'`.execute(db);
  await sql`create index assessments_state_idx on assessments (state, effective_on) where status = 'published'`.execute(db);
  await sql`create index assessments_published_at_idx on assessments (published_at) where status = 'published'`.execute(db);

  // Published ratings are never changed or deleted: a change is a new row. A draft may be published (once) or
  // discarded; nothing else about it changes after the fact either.
  await sql`
    create function assessments_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if old.status = 'published' then raise exception 'a published assessment cannot be deleted'; end if;
        return old;
      end if;
      if old.status = 'published' then raise exception 'a published assessment cannot be changed: record a new one'; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger assessments_append_only before update or delete on assessments for each row execute function assessments_append_only()`.execute(db);

  await db.schema
    .createTable('assessment_evidence')
    .addColumn('assessment_id', 'integer', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('assessment_evidence_pkey', ['assessment_id', 'item_id'])
    .execute();
  await db.schema.createIndex('assessment_evidence_item_idx').on('assessment_evidence').column('item_id').execute();

  await db.schema
    .createTable('reference_levels')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    // Who rates: 'us-travel-advisory'. Outside ratings never share a table, a scale or a colour with the firm's.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope ~ '^MX(-[A-Z]{3})?$'`))
    .addColumn('level', 'smallint', (c) => c.notNull().check(sql`level >= 1`))
    .addColumn('scale_max', 'smallint', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    // The date of the rating as the issuer published it (its vintage).
    .addColumn('as_of', 'date', (c) => c.notNull())
    .addColumn('confidence', 'text')
    .addColumn('source_urls', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('note', 'text')
    .addColumn('file_name', 'text')
    .addColumn('imported_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('reference_levels_level_in_scale', sql`level <= scale_max`)
    .addUniqueConstraint('reference_levels_vintage', ['source', 'scope', 'as_of'])
    .execute();

  await db.schema.alterTable('sites').addColumn('locality', 'text').execute();
  await db.schema.alterTable('sites').addCheckConstraint('sites_locality_in_state', sql`locality is null or locality like state || '/%'`).execute();
  await db.schema.createIndex('sites_state_idx').on('sites').columns(['state', 'org_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sites_state_idx').ifExists().execute();
  await db.schema.alterTable('sites').dropColumn('locality').execute();
  await db.schema.dropTable('reference_levels').ifExists().execute();
  await db.schema.dropTable('assessment_evidence').ifExists().execute();
  await db.schema.dropTable('assessments').ifExists().execute();
  await sql`drop function if exists assessments_append_only()`.execute(db);
}
