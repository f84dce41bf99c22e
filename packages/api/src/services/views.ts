import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { normalizeFilter, zFilter, type Filter } from '@atalaya/domain';
import type { Context, SessionUser } from '../context.ts';
import { notFound } from '../errors.ts';
import { canManageOrg, forbidden, visibleOrgIds } from './access.ts';
import { audit } from './audit.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

export interface SavedViewSummary {
  id: number;
  name: string;
  filter: Filter;
  orgId: number;
  orgName: string;
  ownerId: number;
  ownerName: string;
  /** Whether this user may rename, delete and (staff) share it. */
  canManage: boolean;
  updatedAt: Date;
}

/** A stored filter is re-validated on the way out: catalogs may have changed since it was saved. */
function readFilter(raw: unknown): Filter {
  const parsed = zFilter.safeParse(raw);
  return parsed.success ? normalizeFilter(parsed.data) : normalizeFilter(zFilter.parse({}));
}

async function mayManageView(db: Kysely<Database>, user: SessionUser, view: { owner_id: number; org_id: number }): Promise<boolean> {
  return view.owner_id === user.id || (await canManageOrg(db, user, view.org_id));
}

export async function listViews(ctx: Ctx, options: { orgId?: number | undefined } = {}): Promise<SavedViewSummary[]> {
  const orgs = await visibleOrgIds(ctx.db, ctx.user);
  let query = ctx.db
    .selectFrom('saved_views')
    .innerJoin('orgs', 'orgs.id', 'saved_views.org_id')
    .innerJoin('users', 'users.id', 'saved_views.owner_id')
    .select(['saved_views.id', 'saved_views.name', 'saved_views.filter', 'saved_views.org_id', 'saved_views.owner_id', 'saved_views.updated_at', 'orgs.name as org_name', 'users.name as owner_name'])
    .orderBy('orgs.name')
    .orderBy('saved_views.name');
  if (orgs !== 'all') query = query.where('saved_views.org_id', 'in', orgs.length ? orgs : [-1]);
  if (options.orgId !== undefined) query = query.where('saved_views.org_id', '=', options.orgId);
  const rows = await query.execute();
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      name: r.name,
      filter: readFilter(r.filter),
      orgId: r.org_id,
      orgName: r.org_name,
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      canManage: await mayManageView(ctx.db, ctx.user, r),
      updatedAt: r.updated_at,
    })),
  );
}

export async function getView(ctx: Ctx, id: number): Promise<SavedViewSummary> {
  const view = (await listViews(ctx)).find((v) => v.id === id);
  if (!view) throw notFound(`View ${id}`);
  return view;
}

export async function createView(ctx: Ctx, input: { name: string; filter: Filter; orgId?: number | undefined }): Promise<SavedViewSummary> {
  const orgId = input.orgId ?? ctx.user.orgId;
  if (orgId !== ctx.user.orgId && !(await canManageOrg(ctx.db, ctx.user, orgId))) throw forbidden('You cannot save views for that organisation.');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('saved_views')
      .values({ name: input.name, filter: JSON.stringify(normalizeFilter(input.filter)), owner_id: ctx.user.id, org_id: orgId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, { action: 'view.create', entity: 'saved_view', entityId: row.id, after: { name: input.name, orgId, filter: input.filter } });
    return row.id;
  });
  return getView(ctx, id);
}

async function managedView(ctx: Ctx, id: number) {
  const view = await ctx.db.selectFrom('saved_views').selectAll().where('id', '=', id).executeTakeFirst();
  const visible = view ? await visibleOrgIds(ctx.db, ctx.user) : [];
  if (!view || (visible !== 'all' && !visible.includes(view.org_id))) throw notFound(`View ${id}`);
  if (!(await mayManageView(ctx.db, ctx.user, view))) throw forbidden('Only its owner or the account’s manager can change this view.');
  return view;
}

export async function renameView(ctx: Ctx, id: number, name: string): Promise<void> {
  const view = await managedView(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('saved_views').set({ name, updated_at: sql`now()` }).where('id', '=', id).execute();
    await audit(trx, ctx, { action: 'view.rename', entity: 'saved_view', entityId: id, before: { name: view.name }, after: { name } });
  });
}

export async function deleteView(ctx: Ctx, id: number): Promise<void> {
  const view = await managedView(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('saved_views').where('id', '=', id).execute();
    await audit(trx, ctx, { action: 'view.delete', entity: 'saved_view', entityId: id, before: { name: view.name, filter: view.filter } });
  });
}
