import { createTestDb, testBackends } from '@atalaya/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@atalaya/db';
import { createCaller } from '../src/root.ts';
import { hashToken, sessionUser } from '../src/services/sessions.ts';
import { addUser } from '../src/services/users.ts';
import { testContext } from './helpers.ts';

describe.each(testBackends())('sign-in and sessions on %s', (kind) => {
  let handle: Db;
  beforeAll(async () => {
    handle = await createTestDb(kind);
    await addUser(handle.db, { email: 'ana@example.com', password: 'correct horse battery', role: 'analyst' });
    await addUser(handle.db, { email: 'bo@example.com', password: 'correct horse battery', role: 'client', org: 'acme' });
  });
  afterAll(() => handle.close());

  const signIn = async (email: string, password: string, sessionToken: string | null = null) => {
    const ctx = testContext(handle, null, sessionToken);
    const user = await createCaller(ctx).auth.signIn({ email, password });
    const token = ctx.cookieLog.at(-1)?.replace('set:', '') as string;
    return { user, token, ctx };
  };

  it('signs in with the right password, sets a session cookie and stores only its hash', async () => {
    const { user, token } = await signIn('ANA@example.com ', 'correct horse battery');
    expect(user).toMatchObject({ email: 'ana@example.com', role: 'analyst' });
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    const stored = await handle.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).toContain(hashToken(token));
    expect(stored.map((s) => s.id)).not.toContain(token);
    expect(await sessionUser(handle.db, token, { idleHours: 12 })).toMatchObject({ email: 'ana@example.com' });
    const entry = await handle.db.selectFrom('audit_log').select(['action', 'actor_label']).where('action', '=', 'auth.signIn').executeTakeFirst();
    expect(entry).toEqual({ action: 'auth.signIn', actor_label: 'ana@example.com' });
  });

  it('gives the same message for a wrong email and a wrong password', async () => {
    // Settled together, so neither rejection is left without a handler while the other runs.
    const [a, b] = await Promise.allSettled([signIn('bo@example.com', 'not the password'), signIn('nobody@example.com', 'not the password')]);
    expect(a).toMatchObject({ status: 'rejected', reason: { code: 'UNAUTHORIZED' } });
    expect(b).toMatchObject({ status: 'rejected', reason: { code: 'UNAUTHORIZED' } });
    expect((a as PromiseRejectedResult).reason.message).toBe((b as PromiseRejectedResult).reason.message);
  });

  it('issues a new session id at every sign-in and drops the one the browser had', async () => {
    const first = await signIn('ana@example.com', 'correct horse battery');
    const second = await signIn('ana@example.com', 'correct horse battery', first.token);
    expect(second.token).not.toBe(first.token);
    expect(await sessionUser(handle.db, first.token, { idleHours: 12 })).toBeNull();
    expect(await sessionUser(handle.db, second.token, { idleHours: 12 })).not.toBeNull();
  });

  it('signs out by deleting the session on the server', async () => {
    const { token } = await signIn('ana@example.com', 'correct horse battery');
    const ctx = testContext(handle, null, token);
    await createCaller(ctx).auth.signOut();
    expect(ctx.cookieLog).toEqual(['clear']);
    expect(await sessionUser(handle.db, token, { idleHours: 12 })).toBeNull();
  });

  it('ends a session after the idle timeout', async () => {
    const { token } = await signIn('ana@example.com', 'correct horse battery');
    await handle.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', hashToken(token))
      .execute();
    expect(await sessionUser(handle.db, token, { idleHours: 12 })).toBeNull();
  });

  it('limits sign-in attempts per account, even with the right password afterwards', async () => {
    await addUser(handle.db, { email: 'cy@example.com', password: 'correct horse battery', role: 'client', org: 'acme' });
    for (let i = 0; i < 5; i++) {
      await expect(signIn('cy@example.com', `wrong ${i}`)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await expect(signIn('cy@example.com', 'correct horse battery')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});
