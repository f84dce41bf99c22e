import { randomBytes } from 'node:crypto';
import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { normalizeFilter, zFilter, type Filter } from '@atalaya/domain';
import type { Context, SessionUser } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { canManageOrg, forbidden } from './access.ts';
import { audit } from './audit.ts';
import { hit, type RateLimit, type Verdict } from './rate-limit.ts';
import { hashIp, hashToken } from './sessions.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

export const DEFAULT_SHARE_DAYS = 14;
export const MAX_SHARE_DAYS = 90;

export interface ShareLinkSummary {
  id: number;
  viewId: number | null;
  note: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  createdBy: string;
  state: 'active' | 'expired' | 'revoked';
  openCount: number;
  lastOpenedAt: Date | null;
}

/** One recorded open of a share link; `id` is the cursor of the next page. */
export interface ShareOpen {
  id: number;
  at: Date;
  ipHash: string | null;
  userAgent: string | null;
}

export interface ShareOpenPage {
  opens: ShareOpen[];
  /** Pass as `cursor` for the next (older) page; null on the last one. */
  nextCursor: number | null;
}

/**
 * Opens of share links are limited per client IP (all links together) and per link, so nobody can fill a
 * creator's list of opens or keep the server busy with one link; a refused open is not recorded.
 */
export const SHARE_OPENS_PER_IP: RateLimit = { limit: 30, windowSeconds: 10 * 60 };
export const SHARE_OPENS_PER_LINK: RateLimit = { limit: 200, windowSeconds: 60 * 60 };
export const SHARE_OPENS_PAGE = 50;

/** What a valid share link grants: one frozen filter. */
export interface ShareGrant {
  linkId: number;
  filter: Filter;
  viewName: string | null;
  expiresAt: Date;
}

async function managedViewFor(ctx: Ctx, viewId: number) {
  const view = await ctx.db.selectFrom('saved_views').select(['id', 'org_id', 'filter', 'name']).where('id', '=', viewId).executeTakeFirst();
  if (!view) throw notFound(`View ${viewId}`);
  if (ctx.user.role !== 'admin' && ctx.user.role !== 'account_manager') throw forbidden('Only account managers and admins can share views.');
  if (!(await canManageOrg(ctx.db, ctx.user, view.org_id))) throw forbidden('You do not manage this client.');
  return view;
}

/** Creates a link to one view's filter; the token is shown once, only its hash is kept. */
export async function createShareLink(
  ctx: Ctx,
  input: { viewId: number; expiresInDays?: number | undefined; note?: string | null | undefined },
): Promise<{ id: number; token: string; path: string; expiresAt: Date }> {
  const view = await managedViewFor(ctx, input.viewId);
  const days = input.expiresInDays ?? DEFAULT_SHARE_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_SHARE_DAYS) throw badRequest(`A link must expire in 1 to ${MAX_SHARE_DAYS} days`);
  // 256 random bits: far beyond guessing, and the rate limit on opens makes trying pointless anyway.
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('share_links')
      .values({ view_id: view.id, token_hash: hashToken(token), filter: JSON.stringify(view.filter), note: input.note ?? null, expires_at: expiresAt, created_by: ctx.user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, { action: 'share.create', entity: 'share_link', entityId: row.id, after: { viewId: view.id, expiresAt, note: input.note ?? null } });
    return row.id;
  });
  return { id, token, path: `/s/${token}`, expiresAt };
}

export async function listShareLinks(ctx: Ctx, viewId: number): Promise<ShareLinkSummary[]> {
  await managedViewFor(ctx, viewId);
  const links = await ctx.db
    .selectFrom('share_links')
    .innerJoin('users', 'users.id', 'share_links.created_by')
    .select(['share_links.id', 'share_links.view_id', 'share_links.note', 'share_links.created_at', 'share_links.expires_at', 'share_links.revoked_at', 'users.name as created_by'])
    .where('share_links.view_id', '=', viewId)
    .orderBy('share_links.created_at', 'desc')
    .execute();
  const opens = links.length
    ? await ctx.db
        .selectFrom('share_link_opens')
        .select((eb) => ['link_id', eb.fn.countAll<string>().as('count'), eb.fn.max('at').as('last')])
        .where('link_id', 'in', links.map((l) => l.id))
        .groupBy('link_id')
        .execute()
    : [];
  const opensOf = new Map(opens.map((o) => [o.link_id, o]));
  const now = Date.now();
  return links.map((l) => ({
    id: l.id,
    viewId: l.view_id,
    note: l.note,
    createdAt: l.created_at,
    expiresAt: l.expires_at,
    revokedAt: l.revoked_at,
    createdBy: l.created_by,
    state: l.revoked_at ? 'revoked' : new Date(l.expires_at).getTime() <= now ? 'expired' : 'active',
    openCount: Number(opensOf.get(l.id)?.count ?? 0),
    lastOpenedAt: opensOf.get(l.id)?.last ?? null,
  }));
}

/** A share link whose view the caller manages. */
async function managedLink(ctx: Ctx, id: number) {
  const link = await ctx.db.selectFrom('share_links').select(['id', 'view_id', 'revoked_at']).where('id', '=', id).executeTakeFirst();
  if (!link || link.view_id === null) throw notFound(`Share link ${id}`);
  await managedViewFor(ctx, link.view_id);
  return link;
}

/** One page of a link's recorded opens, newest first, after `cursor` (keyset on the open's id). */
export async function listShareOpens(ctx: Ctx, input: { linkId: number; cursor?: number | null | undefined; limit?: number | undefined }): Promise<ShareOpenPage> {
  await managedLink(ctx, input.linkId);
  const limit = input.limit ?? SHARE_OPENS_PAGE;
  let query = ctx.db
    .selectFrom('share_link_opens')
    .select(['id', 'at', 'ip_hash', 'user_agent'])
    .where('link_id', '=', input.linkId)
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (input.cursor) query = query.where('id', '<', input.cursor);
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  return {
    opens: page.map((o) => ({ id: o.id, at: o.at, ipHash: o.ip_hash, userAgent: o.user_agent })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function revokeShareLink(ctx: Ctx, id: number): Promise<void> {
  const link = await managedLink(ctx, id);
  if (link.revoked_at) return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('share_links').set({ revoked_at: sql`now()` }).where('id', '=', id).execute();
    await audit(trx, ctx, { action: 'share.revoke', entity: 'share_link', entityId: id });
  });
}

/** The grant of a token that is known, unexpired and unrevoked; null otherwise (the caller answers 410). */
export async function resolveShareToken(db: Kysely<Database>, token: string): Promise<ShareGrant | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const row = await db
    .selectFrom('share_links')
    .leftJoin('saved_views', 'saved_views.id', 'share_links.view_id')
    .select(['share_links.id', 'share_links.filter', 'share_links.expires_at', 'saved_views.name'])
    .where('share_links.token_hash', '=', hashToken(token))
    .where('share_links.revoked_at', 'is', null)
    .where('share_links.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!row) return null;
  const parsed = zFilter.safeParse(row.filter);
  if (!parsed.success) return null;
  return { linkId: row.id, filter: normalizeFilter(parsed.data), viewName: row.name, expiresAt: row.expires_at };
}

/** Records an open of a link, unless the caller's IP or the link has been opened too often lately (then nothing is written). */
export async function recordShareOpen(db: Kysely<Database>, linkId: number, ip: string, userAgent: string | null): Promise<Verdict> {
  const ipHash = hashIp(ip);
  const byIp = await hit(db, `share-open:ip:${ipHash}`, SHARE_OPENS_PER_IP);
  if (!byIp.allowed) return byIp;
  const byLink = await hit(db, `share-open:link:${linkId}`, SHARE_OPENS_PER_LINK);
  if (!byLink.allowed) return byLink;
  await db.insertInto('share_link_opens').values({ link_id: linkId, ip_hash: ipHash, user_agent: userAgent?.slice(0, 300) ?? null }).execute();
  return byLink;
}
