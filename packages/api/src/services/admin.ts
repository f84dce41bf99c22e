import type { Role } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { StateIso } from '@atalaya/domain';
import type { Context, SessionUser } from '../context.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { canManageOrg, forbidden, visibleOrgIds } from './access.ts';
import { audit } from './audit.ts';
import { checkSite } from './sites.ts';
import { addUser, type NewUserInput } from './users.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  orgId: number;
  orgName: string;
  disabled: boolean;
  assignedOrgIds: number[];
}

export async function listUsers(ctx: Ctx): Promise<UserRow[]> {
  const [users, assignments] = await Promise.all([
    ctx.db
      .selectFrom('users')
      .innerJoin('orgs', 'orgs.id', 'users.org_id')
      .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.org_id', 'users.disabled_at', 'orgs.name as org_name'])
      .orderBy('orgs.name')
      .orderBy('users.email')
      .execute(),
    ctx.db.selectFrom('account_assignments').selectAll().execute(),
  ]);
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    orgId: u.org_id,
    orgName: u.org_name,
    disabled: u.disabled_at !== null,
    assignedOrgIds: assignments.filter((a) => a.user_id === u.id).map((a) => a.org_id),
  }));
}

/**
 * Adds a user and its audit entry in one transaction. `source` says where an account made outside the app came
 * from (the CLI, the environment), whose `ctx.user` is null.
 */
export async function createUser(ctx: Pick<Context, 'db' | 'requestId' | 'user'>, input: NewUserInput, source?: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const user = await addUser(trx, input);
    await audit(trx, ctx, { action: 'user.create', entity: 'user', entityId: user.id, after: { email: user.email, role: user.role, orgId: user.orgId, ...(source ? { source } : {}) } });
    return user;
  });
}

export async function updateUser(ctx: Ctx, id: number, patch: { name?: string | undefined; role?: Role | undefined; disabled?: boolean | undefined }): Promise<void> {
  if (id === ctx.user.id && (patch.disabled || (patch.role && patch.role !== 'admin'))) {
    throw badRequest('You cannot disable your own account or remove your own admin role');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').select(['name', 'role', 'disabled_at']).where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound(`User ${id}`);
    await trx
      .updateTable('users')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.disabled !== undefined ? { disabled_at: patch.disabled ? new Date() : null } : {}),
      })
      .where('id', '=', id)
      .execute();
    // A disabled account or a changed role ends the user's sessions at once.
    if (patch.disabled || (patch.role !== undefined && patch.role !== before.role)) {
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    }
    await audit(trx, ctx, { action: 'user.update', entity: 'user', entityId: id, before, after: patch });
  });
}

export async function setAssignments(ctx: Ctx, userId: number, orgIds: number[]): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select(['role']).where('id', '=', userId).executeTakeFirst();
    if (!user) throw notFound(`User ${userId}`);
    if (user.role !== 'account_manager') throw badRequest('Only account managers are assigned to client organisations');
    const before = (await trx.selectFrom('account_assignments').select('org_id').where('user_id', '=', userId).execute()).map((r) => r.org_id);
    await trx.deleteFrom('account_assignments').where('user_id', '=', userId).execute();
    if (orgIds.length) await trx.insertInto('account_assignments').values([...new Set(orgIds)].map((org_id) => ({ user_id: userId, org_id }))).execute();
    await audit(trx, ctx, { action: 'user.assignments', entity: 'user', entityId: userId, before, after: orgIds });
  });
}

export interface OrgRow {
  id: number;
  slug: string;
  name: string;
  kind: 'consultancy' | 'client';
  watchlist: string[];
  users: number;
  sites: number;
}

/** Organisations this user may see (admins: all; account managers: theirs and their clients'; others: their own). */
export async function listOrgs(ctx: Ctx): Promise<OrgRow[]> {
  const visible = await visibleOrgIds(ctx.db, ctx.user);
  let q = ctx.db
    .selectFrom('orgs')
    .select((eb) => [
      'orgs.id',
      'orgs.slug',
      'orgs.name',
      'orgs.kind',
      'orgs.watchlist',
      eb.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).whereRef('users.org_id', '=', 'orgs.id').as('users'),
      eb.selectFrom('sites').select(sql<number>`count(*)::int`.as('n')).whereRef('sites.org_id', '=', 'orgs.id').as('sites'),
    ])
    .orderBy('orgs.kind')
    .orderBy('orgs.name');
  if (visible !== 'all') q = q.where('orgs.id', 'in', visible.length ? visible : [-1]);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, users: Number(r.users ?? 0), sites: Number(r.sites ?? 0) }));
}

export async function createOrg(ctx: Ctx, input: { slug: string; name: string; kind: 'consultancy' | 'client' }): Promise<{ id: number }> {
  const taken = await ctx.db.selectFrom('orgs').select('id').where('slug', '=', input.slug).executeTakeFirst();
  if (taken) throw conflict(`An organisation with the slug "${input.slug}" already exists`);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('orgs').values(input).returning('id').executeTakeFirstOrThrow();
    await audit(trx, ctx, { action: 'org.create', entity: 'org', entityId: row.id, after: input });
    return row;
  });
}

async function requireManaged(ctx: Ctx, orgId: number): Promise<void> {
  const org = await ctx.db.selectFrom('orgs').select('id').where('id', '=', orgId).executeTakeFirst();
  if (!org) throw notFound(`Organisation ${orgId}`);
  if (!(await canManageOrg(ctx.db, ctx.user, orgId))) throw forbidden('You do not manage this organisation.');
}

export async function setWatchlist(ctx: Ctx, orgId: number, states: string[]): Promise<void> {
  await requireManaged(ctx, orgId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('orgs').select('watchlist').where('id', '=', orgId).executeTakeFirstOrThrow();
    await trx.updateTable('orgs').set({ watchlist: [...new Set(states)] }).where('id', '=', orgId).execute();
    await audit(trx, ctx, { action: 'org.watchlist', entity: 'org', entityId: orgId, before: before.watchlist, after: states });
  });
}

export interface SiteRow {
  id: number;
  orgId: number;
  name: string;
  state: string;
  /** A gazetteer locality key ('MX-SIN/culiacan') within the state, or null. */
  locality: string | null;
  lat: number | null;
  lon: number | null;
  type: 'plant' | 'office' | 'warehouse' | 'route' | null;
}

export async function listSites(ctx: Ctx, orgId: number): Promise<SiteRow[]> {
  const visible = await visibleOrgIds(ctx.db, ctx.user);
  if (visible !== 'all' && !visible.includes(orgId)) throw notFound(`Organisation ${orgId}`);
  const rows = await ctx.db.selectFrom('sites').selectAll().where('org_id', '=', orgId).orderBy('state').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, orgId: r.org_id, name: r.name, state: r.state, locality: r.locality, lat: r.lat, lon: r.lon, type: r.type }));
}

export type SiteInput = Omit<SiteRow, 'id'>;

/** Adds or changes a site, refusing a locality outside its state or a point that lies in another state. */
export async function saveSite(ctx: Ctx, input: SiteInput & { id?: number | undefined }): Promise<{ id: number }> {
  await requireManaged(ctx, input.orgId);
  checkSite({ state: input.state as StateIso, locality: input.locality, lat: input.lat, lon: input.lon });
  return ctx.db.transaction().execute(async (trx) => {
    const values = { org_id: input.orgId, name: input.name, state: input.state, locality: input.locality, lat: input.lat, lon: input.lon, type: input.type };
    if (input.id === undefined) {
      const row = await trx.insertInto('sites').values({ ...values, created_by: ctx.user.id }).returning('id').executeTakeFirstOrThrow();
      await audit(trx, ctx, { action: 'site.create', entity: 'site', entityId: row.id, after: values });
      return row;
    }
    const before = await trx.selectFrom('sites').selectAll().where('id', '=', input.id).where('org_id', '=', input.orgId).executeTakeFirst();
    if (!before) throw notFound(`Site ${input.id}`);
    await trx.updateTable('sites').set(values).where('id', '=', input.id).execute();
    await audit(trx, ctx, { action: 'site.update', entity: 'site', entityId: input.id, before, after: values });
    return { id: input.id };
  });
}

export async function deleteSite(ctx: Ctx, id: number): Promise<void> {
  const site = await ctx.db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  if (!site) throw notFound(`Site ${id}`);
  await requireManaged(ctx, site.org_id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sites').where('id', '=', id).execute();
    await audit(trx, ctx, { action: 'site.delete', entity: 'site', entityId: id, before: site });
  });
}

export interface AuditRow {
  id: number;
  at: Date;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export async function listAudit(ctx: Ctx, options: { before?: number | undefined; limit?: number | undefined; action?: string | undefined } = {}): Promise<{ entries: AuditRow[]; nextBefore: number | null }> {
  const limit = options.limit ?? 100;
  let q = ctx.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit + 1);
  if (options.before) q = q.where('id', '<', options.before);
  if (options.action) q = q.where('action', 'like', `${options.action.replace(/[%_\\]/g, '\\$&')}%`);
  const rows = await q.execute();
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({ id: r.id, at: r.at, actor: r.actor_label, action: r.action, entity: r.entity, entityId: r.entity_id, before: r.before, after: r.after, requestId: r.request_id })),
    nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The signed-in user's organisation with its watchlist and sites (a client's dashboard opens on these). */
export async function myOrg(ctx: Ctx): Promise<{ id: number; name: string; kind: 'consultancy' | 'client'; watchlist: string[]; sites: SiteRow[] }> {
  const org = await ctx.db.selectFrom('orgs').select(['id', 'name', 'kind', 'watchlist']).where('id', '=', ctx.user.orgId).executeTakeFirstOrThrow();
  return { ...org, sites: await listSites(ctx, org.id) };
}
