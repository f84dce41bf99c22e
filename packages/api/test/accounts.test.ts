import { createTestDb, testBackends } from '@atalaya/db/testing';
import type { Db } from '@atalaya/db';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { resolveShareToken } from '../src/services/shares.ts';
import { addUser } from '../src/services/users.ts';
import { testContext } from './helpers.ts';

describe.each(testBackends())('views, share links, sites and admin on %s', (kind) => {
  let handle: Db;
  const u: Record<string, SessionUser> = {};
  let acme = 0;
  let globex = 0;

  beforeAll(async () => {
    handle = await createTestDb(kind);
    const make = async (key: string, role: SessionUser['role'], org?: string) => {
      const r = await addUser(handle.db, { email: `${key}@example.com`, password: 'long enough pw', role, org });
      u[key] = { id: r.id, email: r.email, name: key, role, orgId: r.orgId };
    };
    await make('admin', 'admin');
    await make('manager', 'account_manager');
    await make('otherManager', 'account_manager');
    await make('client', 'client', 'acme');
    await make('rival', 'client', 'globex');
    acme = u['client']?.orgId as number;
    globex = u['rival']?.orgId as number;
    await as('admin').admin.setAssignments({ userId: u['manager']?.id as number, orgIds: [acme] });
  });
  afterAll(() => handle.close());

  const as = (key: string) => createCaller(testContext(handle, u[key] ?? null));

  it('keeps saved views within the organisation, and lets the account manager manage them', async () => {
    const view = await as('client').views.create({ name: 'Sinaloa this year', filter: { ...EMPTY_FILTER, states: ['MX-SIN'], from: '2025-01-01' } });
    expect(view).toMatchObject({ name: 'Sinaloa this year', orgId: acme, canManage: true });
    expect((await as('rival').views.list()).map((v) => v.id)).not.toContain(view.id);
    expect((await as('manager').views.list()).map((v) => v.id)).toContain(view.id);
    expect((await as('otherManager').views.list()).map((v) => v.id)).not.toContain(view.id);
    await expect(as('rival').views.rename({ id: view.id, name: 'mine now' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await as('manager').views.rename({ id: view.id, name: 'Sinaloa 2025' });
    expect((await as('client').views.list())[0]?.name).toBe('Sinaloa 2025');
    await expect(as('client').views.create({ name: 'x', filter: EMPTY_FILTER, orgId: globex })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('client').views.create({ name: '  ', filter: EMPTY_FILTER })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('shares a view through a hashed, expiring, revocable link that grants exactly its filter', async () => {
    const view = await as('manager').views.create({ name: 'Border states', filter: { ...EMPTY_FILTER, states: ['MX-TAM', 'MX-SON'] }, orgId: acme });
    await expect(as('client').views.share({ viewId: view.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('otherManager').views.share({ viewId: view.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('manager').views.share({ viewId: view.id, expiresInDays: 91 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const link = await as('manager').views.share({ viewId: view.id, note: 'For the security lead' });
    expect(link.token.length).toBeGreaterThanOrEqual(43);
    expect(link.path).toBe(`/s/${link.token}`);
    const days = (link.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const stored = await handle.db.selectFrom('share_links').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(link.token);

    const grant = await resolveShareToken(handle.db, link.token);
    expect(grant?.filter.states).toEqual(['MX-SON', 'MX-TAM']);
    expect(await resolveShareToken(handle.db, `${link.token.slice(0, -2)}xx`)).toBeNull();

    const links = await as('manager').views.shareLinks({ viewId: view.id });
    expect(links).toMatchObject([{ state: 'active', note: 'For the security lead' }]);
    await as('manager').views.revokeShare({ id: link.id });
    expect(await resolveShareToken(handle.db, link.token)).toBeNull();
    expect((await as('manager').views.shareLinks({ viewId: view.id }))[0]?.state).toBe('revoked');

    const expiring = await as('admin').views.share({ viewId: view.id, expiresInDays: 1 });
    await handle.db.updateTable('share_links').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', expiring.id).execute();
    expect(await resolveShareToken(handle.db, expiring.token)).toBeNull();
  });

  it('manages sites and the watchlist of assigned client organisations only', async () => {
    const site = await as('manager').admin.saveSite({ orgId: acme, name: 'Culiacán warehouse', state: 'MX-SIN', lat: 24.8, lon: -107.39, type: 'warehouse' });
    await expect(as('otherManager').admin.saveSite({ orgId: acme, name: 'x', state: 'MX-SIN' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('client').admin.saveSite({ orgId: acme, name: 'x', state: 'MX-SIN' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('manager').admin.saveSite({ orgId: acme, name: 'x', state: 'MX-XXX' as 'MX-SIN' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as('manager').admin.saveSite({ orgId: acme, name: 'x', state: 'MX-SIN', lat: 20 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await as('client').admin.sites({ orgId: acme })).map((s) => s.id)).toEqual([site.id]);
    await expect(as('rival').admin.sites({ orgId: acme })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await as('manager').admin.setWatchlist({ orgId: acme, states: ['MX-SIN', 'MX-SON'] });
    expect((await as('client').admin.myOrg()).watchlist).toEqual(['MX-SIN', 'MX-SON']);
    await expect(as('manager').admin.setWatchlist({ orgId: globex, states: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets only admins manage users, and ends a disabled user’s sessions', async () => {
    await expect(as('manager').admin.users()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const created = await as('admin').admin.createUser({ email: 'new@example.com', password: 'long enough pw', role: 'client', org: 'acme' });
    await handle.db.insertInto('sessions').values({ id: 'h', user_id: created.id, expires_at: new Date(Date.now() + 3_600_000) }).execute();
    await as('admin').admin.updateUser({ id: created.id, disabled: true });
    expect(await handle.db.selectFrom('sessions').select('id').where('user_id', '=', created.id).execute()).toEqual([]);
    await expect(as('admin').admin.updateUser({ id: u['admin']?.id as number, disabled: true })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const audit = await as('admin').admin.audit();
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['user.create', 'user.update', 'view.create', 'share.create', 'share.revoke', 'site.create']));
    await expect(as('client').admin.audit()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
