import { addUser } from '@atalaya/api';
import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { fromPeer, setCookies, trpcError, trpcPost } from './support/requests.ts';

const ORIGIN = 'http://localhost';
const PASSWORD = 'correct horse battery';
const HOUR = 3_600_000;
const PROXY = '10.0.0.2';

describe.each(testBackends())('sign-in over HTTP on %s', (kind) => {
  let handle: Db;
  let now = Date.now();
  let app: ReturnType<typeof createApp>;
  const signIn = (email: string, password: string, peer: string, headers: Record<string, string> = {}) =>
    trpcPost(app, 'auth.signIn', { email, password }, { origin: ORIGIN, peer, headers });

  beforeAll(async () => {
    handle = await createTestDb(kind);
    for (const name of ['burst', 'renewal', 'behind-proxy', 'other-behind-proxy']) {
      await addUser(handle.db, { email: `${name}@example.com`, password: PASSWORD, role: 'client', org: 'acme' });
    }
    app = createApp({ db: handle, webDir: '/nonexistent', trustedProxies: [PROXY, 'fd00::/8'], clock: () => new Date(now) });
  });
  afterAll(() => handle.close());

  it('lets no burst of 25 parallel attempts check more than five passwords, so the right one last is refused', async () => {
    const attempts = Array.from({ length: 25 }, (_, i) => signIn('burst@example.com', i === 24 ? PASSWORD : `guess ${i}`, '192.0.2.1'));
    const answers = await Promise.all(attempts);
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    const last = answers[24] as Response;
    expect(last.status).toBe(429);
    expect(setCookies(last).size).toBe(0);
    // The refusal says when to try again, in the body and the standard header.
    expect(last.headers.get('retry-after')).toBe('1');
    expect(await trpcError(last)).toMatchObject({ message: 'Too many sign-in attempts. Try again in 1 second.', data: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 } });
    expect(await handle.db.selectFrom('sessions').select('id').execute()).toEqual([]);
    // Once the wait is over, the right password gets in.
    now += 1000;
    expect((await signIn('burst@example.com', PASSWORD, '192.0.2.1')).status).toBe(200);
  });

  it('renews the session cookie as the session is used, not on every request, and ends it at its absolute lifetime', async () => {
    const res = await signIn('renewal@example.com', PASSWORD, '192.0.2.2');
    expect(res.status).toBe(200);
    const cookies = setCookies(res);
    const session = cookies.get('atalaya_session');
    expect(session?.attributes).toMatch(/HttpOnly/);
    expect(session?.attributes).toContain(`Expires=${new Date(now + 12 * HOUR).toUTCString()}`);
    // The browser is remembered for sign-in limits: a long-lived cookie no other site's requests carry.
    expect(cookies.get('atalaya_device')?.attributes).toMatch(/HttpOnly.*SameSite=Strict/);
    const cookie = `atalaya_session=${session?.value}`;
    const me = () => app.request('/trpc/auth.me', { headers: { cookie } }, fromPeer('192.0.2.2'));
    const signedInAt = now;

    now += 30 * 60_000;
    const soon = await me();
    expect(await soon.json()).toMatchObject({ result: { data: { json: { email: 'renewal@example.com' } } } });
    expect(setCookies(soon).size).toBe(0);

    now += 2 * HOUR;
    const later = await me();
    expect(setCookies(later).get('atalaya_session')?.attributes).toContain(`Expires=${new Date(now + 12 * HOUR).toUTCString()}`);

    // Used every 10 hours, the session lasts until 30 days after sign-in, and the cookie never outlives that.
    const end = signedInAt + 30 * 24 * HOUR;
    while (now + 10 * HOUR < end) {
      now += 10 * HOUR;
      const res = await me();
      expect(await res.json(), new Date(now).toISOString()).toMatchObject({ result: { data: { json: { email: 'renewal@example.com' } } } });
      const expires = setCookies(res).get('atalaya_session')?.attributes.match(/Expires=([^;]+)/)?.[1];
      if (expires) expect(new Date(expires).getTime()).toBeLessThanOrEqual(end);
    }
    now = end + 1000;
    expect(await (await me()).json()).toMatchObject({ result: { data: { json: null } } });
  });

  it('takes the client’s address from X-Forwarded-For only when a trusted proxy sent it', async () => {
    // A stranger who connects directly cannot pose as many addresses: the spoofed header is ignored and the
    // per-address limit (30 attempts in 15 minutes) catches them.
    const spoofed = (i: number) => signIn(`nobody${i}@example.com`, 'x', '203.0.113.9', { 'x-forwarded-for': `198.51.100.${i}` });
    for (let i = 0; i < 30; i++) expect((await spoofed(i)).status).toBe(401);
    expect((await spoofed(30)).status).toBe(429);

    // Behind the proxy, one client that uses up the limit of its address does not block the others.
    const viaProxy = (client: string, email: string, password: string) => signIn(email, password, PROXY, { 'x-forwarded-for': client });
    for (let i = 0; i < 30; i++) expect((await viaProxy('192.0.2.50', `someone${i}@example.com`, 'x')).status).toBe(401);
    expect((await viaProxy('192.0.2.50', 'behind-proxy@example.com', PASSWORD)).status).toBe(429);
    expect((await viaProxy('192.0.2.51', 'other-behind-proxy@example.com', PASSWORD)).status).toBe(200);
    // Addresses the client wrote itself, left of what the proxy saw, are not believed; trusted hops on the right are skipped.
    expect((await viaProxy('198.51.100.77, 192.0.2.50', 'behind-proxy@example.com', PASSWORD)).status).toBe(429);
    expect((await viaProxy('192.0.2.50, 10.0.0.2', 'behind-proxy@example.com', PASSWORD)).status).toBe(429);
    // The proxy's own peer address may come IPv4-mapped from a dual-stack socket, or from a trusted IPv6 range.
    expect((await signIn('behind-proxy@example.com', PASSWORD, `::ffff:${PROXY}`, { 'x-forwarded-for': '192.0.2.50' })).status).toBe(429);
    expect((await signIn('behind-proxy@example.com', PASSWORD, 'fd00::1', { 'x-forwarded-for': '192.0.2.52' })).status).toBe(200);
  });
});
