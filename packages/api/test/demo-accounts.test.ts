import { testBackends } from '@atalaya/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context.ts';
import { DEMO_SITES } from '../src/demo/load.ts';
import { createCaller } from '../src/root.ts';
import { demoApi, testContext } from './helpers.ts';

describe.each(testBackends())('demo accounts on %s', (kind) => {
  let demo: Awaited<ReturnType<typeof demoApi>>;
  const users: Record<string, SessionUser> = {};
  beforeAll(async () => {
    demo = await demoApi(kind);
    const rows = await demo.db.selectFrom('users').select(['id', 'email', 'name', 'role', 'org_id']).execute();
    for (const r of rows) users[r.email] = { id: r.id, email: r.email, name: r.name, role: r.role, orgId: r.org_id };
  });
  afterAll(() => demo.handle.close());
  const as = (email: string) => createCaller(testContext(demo.handle, users[email] ?? null));

  it('assigns the demo account manager to Norte Logistics, with its sites and the "Northern corridor" view', async () => {
    const manager = as('manager@atalaya.demo');
    const client = (await manager.admin.orgs()).find((o) => o.slug === 'norte-logistics');
    expect(client).toMatchObject({ kind: 'client', sites: DEMO_SITES.length, watchlist: ['MX-SIN', 'MX-SON', 'MX-TAM', 'MX-NLE'] });
    const sites = await manager.admin.sites({ orgId: client!.id });
    expect(new Set(sites.map((s) => s.state))).toEqual(new Set(['MX-SIN', 'MX-SON', 'MX-TAM', 'MX-NLE']));
    expect(sites.every((s) => s.lat !== null && s.lon !== null && s.type !== null)).toBe(true);

    const view = (await as('client@atalaya.demo').views.list()).find((v) => v.name === 'Northern corridor');
    expect(view).toMatchObject({ ownerName: 'Carlos Client', filter: { states: ['MX-NLE', 'MX-SIN', 'MX-SON', 'MX-TAM'] } });
    const link = await manager.views.share({ viewId: view!.id });
    expect(link.path).toMatch(/^\/s\/[\w-]{43}$/);
  });
});
