import { sql, type Kysely } from 'kysely';

// Migrations never import app code: the code lists below are frozen copies of
// the catalogs as they stood when this migration was written.
const STATE_CODES = [
  'MX-AGU', 'MX-BCN', 'MX-BCS', 'MX-CAM', 'MX-COA', 'MX-COL', 'MX-CHP', 'MX-CHH',
  'MX-CMX', 'MX-DUR', 'MX-GUA', 'MX-GRO', 'MX-HID', 'MX-JAL', 'MX-MEX', 'MX-MIC',
  'MX-MOR', 'MX-NAY', 'MX-NLE', 'MX-OAX', 'MX-PUE', 'MX-QUE', 'MX-ROO', 'MX-SLP',
  'MX-SIN', 'MX-SON', 'MX-TAB', 'MX-TAM', 'MX-TLA', 'MX-VER', 'MX-YUC', 'MX-ZAC',
];

/** A place is a Mexican state, national scope, the US–Mexico border region, or a foreign country (ISO 3166-1 alpha-2). */
const placeCheck = (column: string) =>
  sql.raw(
    `(${column} in (${STATE_CODES.map((c) => `'${c}'`).join(', ')}, 'MX', 'US-MX-BORDER') or (${column} ~ '^[A-Z]{2}$'))`,
  );

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('orgs')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('slug', 'text', (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('consultancy', 'client')`))
    .addColumn('watchlist', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email) and email like '%_@_%'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'analyst', 'account_manager', 'client')`),
    )
    .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
    .addColumn('password_hash', 'text')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('users_email_key').on('users').column('email').unique().execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ip_hash', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('editions')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published_on', 'date')
    .addColumn('author', 'text')
    .addColumn('commentary', 'text')
    .addColumn('source_format', 'text', (c) =>
      c.notNull().check(sql`source_format in ('text', 'markdown', 'html', 'docx', 'pdf', 'demo')`),
    )
    .addColumn('source_name', 'text')
    .addColumn('original_text', 'text')
    .addColumn('content_hash', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_at', 'timestamptz')
    .addCheckConstraint('editions_published_has_date', sql`status = 'draft' or published_on is not null`)
    .execute();
  await db.schema
    .createIndex('editions_published_idx')
    .on('editions')
    .columns(['published_on desc', 'id desc'])
    .where(sql.ref('status'), '=', 'published')
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('edition_id', 'integer', (c) => c.notNull().references('editions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('summary').check(sql`kind in ('summary', 'article')`))
    .addColumn('headline', 'text', (c) => c.notNull().check(sql`length(trim(headline)) > 0`))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    // The date the timeline and filters use: the article's date, else the edition's.
    .addColumn('item_date', 'date', (c) => c.notNull())
    .addColumn('outlet', 'text')
    .addColumn('article_author', 'text')
    .addColumn('original_title', 'text')
    .addColumn('url', 'text', (c) => c.check(sql`url is null or url ~ '^https?://'`))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en').check(sql`language in ('en', 'es')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'published')`))
    .addColumn('source_start', 'integer')
    .addColumn('source_end', 'integer')
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(
        sql`setweight(to_tsvector('english', headline), 'A')
          || setweight(to_tsvector('spanish', coalesce(original_title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(original_title, '')), 'B')
          || setweight(to_tsvector('english', summary), 'C')
          || setweight(to_tsvector('spanish', summary), 'D')`,
      ).stored(),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('items_edition_position_key', ['edition_id', 'position'])
    .execute();
  await db.schema.createIndex('items_search_idx').on('items').using('gin').column('search').execute();
  await db.schema
    .createIndex('items_published_date_idx')
    .on('items')
    .columns(['item_date desc', 'id desc'])
    .where(sql.ref('status'), '=', 'published')
    .execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('topic', 'organization', 'person', 'place')`))
    .addColumn('slug', 'text', (c) => c.notNull().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_es', 'text', (c) => c.notNull())
    .addUniqueConstraint('tags_kind_slug_key', ['kind', 'slug'])
    .execute();

  await db.schema
    .createTable('item_tags')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('extracted', 'editor')`))
    .addColumn('confidence', 'real', (c) => c.notNull().defaultTo(1).check(sql`confidence between 0 and 1`))
    .addPrimaryKeyConstraint('item_tags_pkey', ['item_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('item_tags_tag_idx').on('item_tags').columns(['tag_id', 'item_id']).execute();

  await db.schema
    .createTable('item_places')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('place', 'text', (c) => c.notNull().check(placeCheck('place')))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('extracted', 'editor')`))
    .addColumn('confidence', 'real', (c) => c.notNull().defaultTo(1).check(sql`confidence between 0 and 1`))
    .addPrimaryKeyConstraint('item_places_pkey', ['item_id', 'place'])
    .execute();
  await db.schema.createIndex('item_places_place_idx').on('item_places').columns(['place', 'item_id']).execute();

  await db.schema
    .createTable('metric_series')
    .addColumn('key', 'text', (c) => c.primaryKey().check(sql`key ~ '^[a-z0-9_]+$'`))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_es', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull().check(sql`aggregation in ('sum', 'latest', 'mean')`))
    .addColumn('source_kind', 'text', (c) =>
      c.notNull().check(sql`source_kind in ('official', 'third_party', 'press', 'extracted')`),
    )
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text')
    .execute();

  await db.schema
    .createTable('observations')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('series_key', 'text', (c) => c.notNull().references('metric_series.key'))
    .addColumn('place', 'text', (c) => c.notNull().check(placeCheck('place')))
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull().check(sql`value not in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('proposed').check(sql`status in ('proposed', 'confirmed', 'rejected')`),
    )
    .addColumn('data_status', 'text', (c) => c.check(sql`data_status in ('preliminary', 'definitive')`))
    .addColumn('confidence', 'text', (c) => c.notNull().check(sql`confidence in ('high', 'medium', 'low')`))
    .addColumn('item_id', 'integer', (c) => c.references('items.id').onDelete('cascade'))
    .addColumn('dataset', 'text')
    .addColumn('dataset_row', 'text')
    .addColumn('source_url', 'text')
    .addColumn('source_label', 'text')
    .addColumn('text', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('observations_period_order', sql`period_end >= period_start`)
    // Every figure says where it came from: an item of a newsletter or a row of a dataset.
    .addCheckConstraint('observations_provenance', sql`item_id is not null or dataset is not null`)
    .execute();
  await db.schema
    .createIndex('observations_series_place_idx')
    .on('observations')
    .columns(['series_key', 'place', 'period_start'])
    .execute();
  await db.schema.createIndex('observations_item_idx').on('observations').column('item_id').execute();
  await db.schema
    .createIndex('observations_dataset_row_key')
    .on('observations')
    .columns(['dataset', 'dataset_row'])
    .unique()
    .where(sql.ref('dataset'), 'is not', null)
    .execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
    .addColumn('filter', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('share_links')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('view_id', 'integer', (c) => c.references('saved_views.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('filter', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_label', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at desc').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log', 'share_links', 'saved_views', 'observations', 'metric_series', 'item_places',
    'item_tags', 'tags', 'items', 'editions', 'sessions', 'users', 'orgs',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
