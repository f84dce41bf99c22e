import { sql, type Kysely } from 'kysely';

// When each user last opened each organisation's exposure page, and the visit before that one: the page
// shows what changed since the previous visit, so reloading it does not empty "since your last visit".
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('exposure_visits')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    // The latest time the page was opened.
    .addColumn('seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The visit before the one in progress: what "since your last visit" counts from (null on a first visit).
    .addColumn('previous_seen_at', 'timestamptz')
    .addPrimaryKeyConstraint('exposure_visits_pkey', ['user_id', 'org_id'])
    .addCheckConstraint('exposure_visits_order', sql`previous_seen_at is null or previous_seen_at <= seen_at`)
    .execute();
  await db.schema.createIndex('exposure_visits_org_idx').on('exposure_visits').column('org_id').execute();
  // "What was published since": new editions, and ratings published after a time.
  await sql`create index editions_published_at_idx on editions (published_at) where status = 'published'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists editions_published_at_idx`.execute(db);
  await db.schema.dropTable('exposure_visits').ifExists().execute();
}
