import type { Database, Kysely } from '@atalaya/db';
import type { SessionUser } from '../context.ts';
import { DomainError } from '../errors.ts';

/** The organisations whose views, links and sites a user may manage (not just read). */
export async function managedOrgIds(db: Kysely<Database>, user: SessionUser): Promise<number[] | 'all'> {
  if (user.role === 'admin') return 'all';
  if (user.role !== 'account_manager') return [];
  const rows = await db.selectFrom('account_assignments').select('org_id').where('user_id', '=', user.id).execute();
  return rows.map((r) => r.org_id);
}

export async function canManageOrg(db: Kysely<Database>, user: SessionUser, orgId: number): Promise<boolean> {
  const orgs = await managedOrgIds(db, user);
  return orgs === 'all' || orgs.includes(orgId);
}

/** The organisations whose views and sites a user may see: their own, plus the ones they manage. */
export async function visibleOrgIds(db: Kysely<Database>, user: SessionUser): Promise<number[] | 'all'> {
  const managed = await managedOrgIds(db, user);
  if (managed === 'all') return 'all';
  return [...new Set([user.orgId, ...managed])];
}

export const forbidden = (message = 'You do not have access to this.') => new DomainError('FORBIDDEN', message);

/** Whether a user works for the consultancy (admin, analyst, account manager) rather than for a client. */
export const isStaff = (user: SessionUser | null | undefined): boolean => user != null && user.role !== 'client';
