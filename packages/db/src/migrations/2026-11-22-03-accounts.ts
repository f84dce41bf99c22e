import { sql, type Kysely } from 'kysely';

const STATE_CODES = [
  'MX-AGU', 'MX-BCN', 'MX-BCS', 'MX-CAM', 'MX-COA', 'MX-COL', 'MX-CHP', 'MX-CHH',
  'MX-CMX', 'MX-DUR', 'MX-GUA', 'MX-GRO', 'MX-HID', 'MX-JAL', 'MX-MEX', 'MX-MIC',
  'MX-MOR', 'MX-NAY', 'MX-NLE', 'MX-OAX', 'MX-PUE', 'MX-QUE', 'MX-ROO', 'MX-SLP',
  'MX-SIN', 'MX-SON', 'MX-TAB', 'MX-TAM', 'MX-TLA', 'MX-VER', 'MX-YUC', 'MX-ZAC',
];

// Client sites, account managers' assignments to client organisations, and the record of share-link opens.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(trim(name)) between 1 and 200`))
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in (${STATE_CODES.map((s) => `'${s}'`).join(', ')})`)))
    .addColumn('lat', 'double precision', (c) => c.check(sql`lat between -90 and 90`))
    .addColumn('lon', 'double precision', (c) => c.check(sql`lon between -180 and 180`))
    .addColumn('type', 'text', (c) => c.check(sql`type in ('plant', 'office', 'warehouse', 'route')`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('sites_coordinates_pair', sql`(lat is null) = (lon is null)`)
    .execute();
  await db.schema.createIndex('sites_org_idx').on('sites').column('org_id').execute();

  await db.schema
    .createTable('account_assignments')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('account_assignments_pkey', ['user_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('share_link_opens')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('link_id', 'integer', (c) => c.notNull().references('share_links.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ip_hash', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('share_link_opens_link_idx').on('share_link_opens').columns(['link_id', 'at desc']).execute();
  await db.schema.createIndex('saved_views_org_idx').on('saved_views').column('org_id').execute();
  await db.schema.createIndex('share_links_view_idx').on('share_links').column('view_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('share_links_view_idx').ifExists().execute();
  await db.schema.dropIndex('saved_views_org_idx').ifExists().execute();
  await db.schema.dropTable('share_link_opens').ifExists().execute();
  await db.schema.dropTable('account_assignments').ifExists().execute();
  await db.schema.dropTable('sites').ifExists().execute();
}
