import type { Kysely } from 'kysely';

/**
 * Sign-in back-off and trusted browsers. A throttle row counts the attempts admitted for one scope (an
 * account from browsers it has not signed in from, or one trusted browser of an account) and says when
 * the next may start; it is claimed by one `insert … on conflict do update … where`, so parallel requests
 * and replicas cannot both slip through. A browser an account has signed in from carries a random token
 * (only its hash is stored); its attempts count in their own scope, which strangers cannot fill.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('blocked_until', 'timestamptz', (c) => c.notNull())
    .addColumn('last_attempt_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_throttles_last_attempt_idx').on('sign_in_throttles').column('last_attempt_at').execute();

  await db.schema
    .createTable('sign_in_devices')
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('last_sign_in_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_devices_pkey', ['token_hash', 'user_id'])
    .execute();
  await db.schema.createIndex('sign_in_devices_last_sign_in_idx').on('sign_in_devices').column('last_sign_in_at').execute();

  // The creator's list of opens is paged newest first by id (keyset); the (link_id, at) index stays one
  // release for servers of the previous one, which still order by time during a rolling deploy.
  await db.schema.createIndex('share_link_opens_link_id_idx').on('share_link_opens').columns(['link_id', 'id desc']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('share_link_opens_link_id_idx').ifExists().execute();
  await db.schema.dropTable('sign_in_devices').ifExists().execute();
  await db.schema.dropTable('sign_in_throttles').ifExists().execute();
}
